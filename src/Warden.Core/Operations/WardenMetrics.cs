using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;

namespace Warden.Core.Operations;

/// <summary>
/// Warden's own instruments, on one <see cref="System.Diagnostics.Metrics.Meter"/> named <see cref="MeterName"/>. The
/// executable exports them (with ASP.NET Core's and Npgsql's meters) at /metrics in Prometheus format, where dots become
/// underscores and counters get a _total suffix: warden.tokens.issued is warden_tokens_issued_total. Recording is cheap
/// and never throws; with no listener (CLI verbs, tests without a server) it does nothing.
/// </summary>
public static class WardenMetrics
{
    public const string MeterName = "Warden";

    /// <summary>Seconds, from 0.5 ms to 10 s: store calls are usually well under a millisecond on SQLite.</summary>
    private static readonly double[] DurationBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    public static readonly Meter Meter = new(MeterName, typeof(WardenMetrics).Assembly.GetName().Version?.ToString());

    /// <summary>warden_tokens_issued_total{grant_type}: successful token responses (each carries one access token).</summary>
    public static readonly Counter<long> TokensIssued = Meter.CreateCounter<long>("warden.tokens.issued",
        description: "Token responses issued, by grant type");

    /// <summary>warden_store_operation_duration_seconds{backend,operation}: one store call, from connection to last row.</summary>
    public static readonly Histogram<double> StoreOperationDuration = Meter.CreateHistogram("warden.store.operation.duration", "s",
        "Duration of storage operations, by backend and operation",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });

    /// <summary>warden_cache_lookups_total{backend,result}: cache reads, result hit or miss.</summary>
    public static readonly Counter<long> CacheLookups = Meter.CreateCounter<long>("warden.cache.lookups",
        description: "Cache reads, by cache backend and result (hit or miss)");

    /// <summary>warden_cleanup_rows_deleted_total{table}: rows removed by the expired-data cleanup.</summary>
    public static readonly Counter<long> CleanupRowsDeleted = Meter.CreateCounter<long>("warden.cleanup.rows_deleted",
        description: "Rows deleted by the expired-data cleanup, by table");

    private static readonly ConcurrentDictionary<(string File, string Member), string> OperationNames = new(CallSiteComparer.Instance);

    /// <summary>Counts one successful token response of <paramref name="grantType"/>.</summary>
    public static void RecordTokenIssued(string grantType) =>
        TokensIssued.Add(1, new KeyValuePair<string, object?>("grant_type", grantType));

    /// <summary>Records how long one store operation took; <paramref name="backend"/> is sqlite, postgres or memory.</summary>
    public static void RecordStoreOperation(string backend, string operation, TimeSpan elapsed) =>
        StoreOperationDuration.Record(elapsed.TotalSeconds,
            new KeyValuePair<string, object?>("backend", backend), new KeyValuePair<string, object?>("operation", operation));

    /// <summary>Counts one cache read; <paramref name="backend"/> is memory or redis.</summary>
    public static void RecordCacheLookup(string backend, bool hit) =>
        CacheLookups.Add(1, new KeyValuePair<string, object?>("backend", backend), new KeyValuePair<string, object?>("result", hit ? "hit" : "miss"));

    /// <summary>Counts rows the cleanup deleted from <paramref name="table"/> (the unprefixed table name); zero is ignored.</summary>
    public static void RecordCleanupRowsDeleted(string table, long rows)
    {
        if (rows > 0)
            CleanupRowsDeleted.Add(rows, new KeyValuePair<string, object?>("table", table));
    }

    /// <summary>
    /// The operation label of a call site: the caller's file name without a "Sql" or "Memory" prefix, then its member
    /// ("ClientStore.FindAsync"). Caller-info strings are compile-time literals, so the lookup compares references.
    /// </summary>
    public static string OperationName(string callerFile, string callerMember) =>
        OperationNames.GetOrAdd((callerFile, callerMember), static site =>
        {
            var file = Path.GetFileNameWithoutExtension(site.File.Replace('\\', '/'));
            foreach (var prefix in (ReadOnlySpan<string>)["Sql", "Memory"])
            {
                if (file.Length > prefix.Length && file.StartsWith(prefix, StringComparison.Ordinal) && char.IsUpper(file[prefix.Length]))
                {
                    file = file[prefix.Length..];
                    break;
                }
            }
            return file.Length == 0 ? site.Member : $"{file}.{site.Member}";
        });

    private sealed class CallSiteComparer : IEqualityComparer<(string File, string Member)>
    {
        public static readonly CallSiteComparer Instance = new();

        public bool Equals((string File, string Member) x, (string File, string Member) y) =>
            ReferenceEquals(x.File, y.File) && ReferenceEquals(x.Member, y.Member);

        public int GetHashCode((string File, string Member) site) =>
            HashCode.Combine(RuntimeHelpers.GetHashCode(site.File), RuntimeHelpers.GetHashCode(site.Member));
    }
}

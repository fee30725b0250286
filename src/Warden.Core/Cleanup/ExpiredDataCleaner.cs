using System.Diagnostics;
using Warden.Core.Security;

namespace Warden.Core.Cleanup;

/// <param name="AuditRetention">How long audit rows are kept; null keeps them forever.</param>
/// <param name="BatchSize">Rows deleted per statement.</param>
public sealed record CleanupOptions(TimeSpan? AuditRetention, int BatchSize = 1000)
{
    /// <summary>How long an expired or revoked API key stays listed (so `warden api-keys list` still explains a refusal) before cleanup deletes it.</summary>
    public TimeSpan ApiKeyRetention { get; init; } = TimeSpan.FromDays(30);
}

/// <summary>What one pass removed, per kind, and how long it took.</summary>
public sealed record CleanupReport(IReadOnlyDictionary<ExpiredDataKind, long> Deleted, TimeSpan Duration)
{
    public long Total => Deleted.Values.Sum();
}

/// <summary>
/// One cleanup pass: under the shared lease (so one instance cleans at a time), every kind of expired row is deleted
/// in batches until none is left. Batches are short statements with a pause between them, so a table with millions
/// of expired rows is emptied without long locks or a stall in token issuance.
/// </summary>
public sealed class ExpiredDataCleaner(IExpiredDataStore store, CleanupOptions options, TimeProvider time)
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan PauseBetweenBatches = TimeSpan.FromMilliseconds(2);

    private readonly string _holder = $"{Environment.MachineName}:{Environment.ProcessId}:{RandomValues.Identifier()}";

    /// <summary>A pass over every tenant: the report, or null when another instance holds the lease.</summary>
    public Task<CleanupReport?> RunOnceAsync(CancellationToken cancellationToken = default) => RunAsync(null, cancellationToken);

    /// <summary>
    /// A pass over one tenant's rows (<c>warden cleanup --tenant</c>), under the same lease as a pass over all: the
    /// report, or null when another instance holds the lease.
    /// </summary>
    public Task<CleanupReport?> RunOnceForTenantAsync(string tenantId, CancellationToken cancellationToken = default) =>
        RunAsync(tenantId, cancellationToken);

    private async Task<CleanupReport?> RunAsync(string? tenantId, CancellationToken cancellationToken)
    {
        var started = Stopwatch.StartNew();
        if (!await store.TryAcquireLeaseAsync(_holder, time.GetUtcNow(), LeaseDuration, cancellationToken))
            return null;
        var deleted = new Dictionary<ExpiredDataKind, long>();
        try
        {
            foreach (var kind in Enum.GetValues<ExpiredDataKind>())
            {
                deleted[kind] = 0;
                var now = time.GetUtcNow();
                if (kind == ExpiredDataKind.AuditLogs && options.AuditRetention is null)
                    continue;
                var before = kind switch
                {
                    ExpiredDataKind.AuditLogs => now - options.AuditRetention!.Value,
                    ExpiredDataKind.ApiKeys => now - options.ApiKeyRetention,
                    _ => now,
                };
                var renewedAt = Stopwatch.StartNew();
                while (true)
                {
                    var count = await store.DeleteExpiredAsync(kind, before, options.BatchSize, tenantId, cancellationToken);
                    deleted[kind] += count;
                    Operations.WardenMetrics.RecordCleanupRowsDeleted(kind.TableName(), count);
                    if (count < options.BatchSize)
                        break;
                    if (renewedAt.Elapsed > LeaseDuration / 4)
                    {
                        if (!await store.TryAcquireLeaseAsync(_holder, time.GetUtcNow(), LeaseDuration, cancellationToken))
                            return new CleanupReport(deleted, started.Elapsed);
                        renewedAt.Restart();
                    }
                    await Task.Delay(PauseBetweenBatches, time, cancellationToken);
                }
            }
        }
        finally
        {
            await store.ReleaseLeaseAsync(_holder, CancellationToken.None);
        }
        return new CleanupReport(deleted, started.Elapsed);
    }
}

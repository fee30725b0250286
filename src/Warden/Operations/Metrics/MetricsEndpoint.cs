using System.Runtime.CompilerServices;
using OpenTelemetry.Metrics;
using Warden.Configuration;
using Warden.Core.Operations;

namespace Warden.Operations.Metrics;

/// <summary>
/// GET /metrics in the Prometheus text format, through OpenTelemetry's Prometheus exporter. It exports Warden's own
/// meter (tokens, store latency, cache lookups, cleanup), ASP.NET Core's request and connection meters, Npgsql's pool
/// and command meter and the .NET runtime's meter. Nothing is registered when <c>metrics.enabled</c> is off.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    /// <summary>The meters exported; anything else in the process (HttpClient, for example) is left out.</summary>
    public static readonly IReadOnlyList<string> Meters =
    [
        WardenMetrics.MeterName,
        "Microsoft.AspNetCore.Hosting",          // http.server.request.duration by http.route and status code
        "Microsoft.AspNetCore.Server.Kestrel",   // connections
        "Npgsql",                                // db.client.connections.usage and friends (PostgreSQL pool)
        "System.Runtime",                        // GC, thread pool, CPU
    ];

    /// <summary>
    /// Meters whose instruments have a few series fixed by the process (GC generations, listening endpoints, pool
    /// states), never one per route, client or tenant. OpenTelemetry allocates every instrument's storage for its
    /// cardinality limit up front, 2 000 series by default; at <see cref="FixedSeriesLimit"/> their 30-odd instruments
    /// hold about a twentieth of it (bench/README.md, "Footprint, fourth pass"). Warden's own meter and the request
    /// durations by route keep the default.
    /// </summary>
    private static readonly HashSet<string> FixedSeriesMeters = ["Microsoft.AspNetCore.Server.Kestrel", "Npgsql", "System.Runtime"];

    private const int FixedSeriesLimit = 100;

    // OpenTelemetry's types are named only in the out-of-line methods below, so that with metrics off compiling these
    // two loads none of its assemblies (bench/README.md, "Footprint, fourth pass").
    public static IServiceCollection AddWardenMetrics(this IServiceCollection services, MetricsOptions options)
    {
        if (options.Enabled)
            AddOpenTelemetryMetrics(services);
        return services;
    }

    public static void MapMetricsEndpoint(this WebApplication app, MetricsOptions options)
    {
        if (options.Enabled)
            MapPrometheusEndpoint(app);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOpenTelemetryMetrics(IServiceCollection services) =>
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter([.. Meters])
            .AddView(instrument => FixedSeriesMeters.Contains(instrument.Meter.Name) ? new MetricStreamConfiguration { CardinalityLimit = FixedSeriesLimit } : null)
            // A scrape always sees the current counts (the exporter would otherwise serve a copy up to 300 ms old).
            .AddPrometheusExporter(exporter => exporter.ScrapeResponseCacheDurationMilliseconds = 0));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void MapPrometheusEndpoint(WebApplication app) => app.MapPrometheusScrapingEndpoint(Path);
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Warden.Core.Storage;

namespace Warden.Operations.Health;

/// <summary>Healthy when a trivial query reaches the database; reports backend, server version and latency.</summary>
public sealed class DatabaseHealthCheck(IStorageBackend storage, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["backend"] = storage.Name };
        try
        {
            var probe = await storage.ProbeAsync(cancellationToken);
            data["server_version"] = probe.ServerVersion;
            data["latency_ms"] = Math.Round(probe.Latency.TotalMilliseconds, 2);
            return HealthCheckResult.Healthy("database reachable", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reason goes to the log; the public report says only what failed.
            logger.LogWarning("Database health check failed: {Reason}", exception.Message);
            return HealthCheckResult.Unhealthy("database unreachable", data: data);
        }
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Warden.Core.Caching;

namespace Warden.Operations.Health;

/// <summary>Healthy when the cache answers a ping; reports backend and latency.</summary>
public sealed class CacheHealthCheck(ICacheStore cache, ILogger<CacheHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["backend"] = cache.Name };
        try
        {
            var latency = await cache.PingAsync(cancellationToken);
            data["latency_ms"] = Math.Round(latency.TotalMilliseconds, 2);
            return HealthCheckResult.Healthy("cache reachable", data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The reason goes to the log; the public report says only what failed.
            logger.LogWarning("Cache health check failed: {Reason}", exception.Message);
            return HealthCheckResult.Unhealthy("cache unreachable", data: data);
        }
    }
}

using Microsoft.Extensions.Diagnostics.HealthChecks;
using Warden.Core.Storage;

namespace Warden.Operations.Health;

/// <summary>
/// Ready only when the database schema has every migration this binary knows (matters when auto-migration is off
/// and an operator still has to run `warden migrate`).
/// </summary>
public sealed class SchemaHealthCheck(IStorageBackend storage) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = (await storage.GetMigrationStatusAsync(cancellationToken)).Count(migration => !migration.IsApplied);
            var data = new Dictionary<string, object> { ["pending_migrations"] = pending };
            return pending == 0
                ? HealthCheckResult.Healthy("schema up to date", data)
                : HealthCheckResult.Unhealthy($"{pending} pending migration(s): run `warden migrate`", data: data);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}

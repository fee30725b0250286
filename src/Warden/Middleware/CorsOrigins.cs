using Warden.Core.Clients;
using Warden.Core.Protocol;

namespace Warden.Middleware;

/// <summary>
/// The origins of the registered redirect URIs of every client of a tenant, reloaded when older than the client cache
/// lifetime (at least a second, so a flood of preflights does not list all clients each time). Each tenant's clients
/// open its own endpoints only.
/// </summary>
public sealed class CorsOrigins(IClientStore clients, OAuthServerOptions options, TimeProvider time)
{
    /// <summary>Beyond this many tenants' snapshots it starts afresh, so memory stays bounded.</summary>
    private const int TenantCapacity = 1_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Snapshot> _snapshots = new(StringComparer.Ordinal);

    private sealed record Snapshot(HashSet<string> Origins, DateTimeOffset LoadedAt);

    public async Task<bool> IsAllowedAsync(string tenantId, string origin, CancellationToken cancellationToken)
    {
        var snapshot = _snapshots.GetValueOrDefault(tenantId);
        var lifetime = options.ClientCacheLifetime > TimeSpan.FromSeconds(1) ? options.ClientCacheLifetime : TimeSpan.FromSeconds(1);
        if (snapshot is null || time.GetUtcNow() - snapshot.LoadedAt >= lifetime)
        {
            var loadedAt = time.GetUtcNow();
            var all = await clients.ListAsync(tenantId, cancellationToken);
            var origins = all.SelectMany(client => client.RedirectUris)
                .Select(uri => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                    ? parsed.GetLeftPart(UriPartial.Authority)
                    : null)
                .OfType<string>()
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (_snapshots.Count >= TenantCapacity)
                _snapshots.Clear();
            _snapshots[tenantId] = snapshot = new Snapshot(origins, loadedAt);
        }
        return snapshot.Origins.Contains(origin);
    }
}

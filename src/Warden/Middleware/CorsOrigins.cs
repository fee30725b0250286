using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Tenants;

namespace Warden.Middleware;

/// <summary>
/// The origins of every client's registered redirect URIs, reloaded when older than the client cache lifetime (at
/// least a second, so a flood of preflights does not list all clients each time).
/// </summary>
public sealed class CorsOrigins(IClientStore clients, OAuthServerOptions options, TimeProvider time)
{
    private volatile Snapshot? _snapshot;

    private sealed record Snapshot(HashSet<string> Origins, DateTimeOffset LoadedAt);

    public async Task<bool> IsAllowedAsync(string origin, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        var lifetime = options.ClientCacheLifetime > TimeSpan.FromSeconds(1) ? options.ClientCacheLifetime : TimeSpan.FromSeconds(1);
        if (snapshot is null || time.GetUtcNow() - snapshot.LoadedAt >= lifetime)
        {
            var loadedAt = time.GetUtcNow();
            var all = await clients.ListAsync(Tenant.DefaultId, cancellationToken);
            var origins = all.SelectMany(client => client.RedirectUris)
                .Select(uri => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "http" or "https"
                    ? parsed.GetLeftPart(UriPartial.Authority)
                    : null)
                .OfType<string>()
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            _snapshot = snapshot = new Snapshot(origins, loadedAt);
        }
        return snapshot.Origins.Contains(origin);
    }
}

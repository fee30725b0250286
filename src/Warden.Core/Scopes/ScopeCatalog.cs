using Warden.Core.Caching;
using Warden.Core.Protocol;

namespace Warden.Core.Scopes;

/// <summary>
/// The tenant's scopes by name, read through a short cache: consent decisions, ID tokens, UserInfo and discovery all
/// need them on the hot path, and they change rarely. Like the client cache, an instance sees a change made by
/// another process within <see cref="OAuthServerOptions.ClientCacheLifetime"/> (zero reads the store every time).
/// </summary>
public sealed class ScopeCatalog(IScopeStore store, OAuthServerOptions options, TimeProvider time)
{
    private readonly ReadThroughCache<string, IReadOnlyDictionary<string, Scope>> _tenants = new(options.ClientCacheLifetime, time, capacity: 10_000);

    public ValueTask<IReadOnlyDictionary<string, Scope>> GetAsync(string tenantId, CancellationToken cancellationToken = default) =>
        _tenants.GetAsync(tenantId, LoadAsync, _ => true, cancellationToken);

    private async Task<IReadOnlyDictionary<string, Scope>> LoadAsync(string tenantId, CancellationToken cancellationToken) =>
        (await store.ListAsync(tenantId, cancellationToken)).ToDictionary(scope => scope.Name, StringComparer.Ordinal);
}

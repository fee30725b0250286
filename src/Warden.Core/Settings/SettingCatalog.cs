using Warden.Core.Caching;
using Warden.Core.Protocol;

namespace Warden.Core.Settings;

/// <summary>
/// The tenant's settings by key, read through a short cache: every page shows the site name. Like the client cache,
/// an instance sees a change made by another process within <see cref="OAuthServerOptions.ClientCacheLifetime"/>
/// (zero reads the store every time). An empty value counts as unset and is left out.
/// </summary>
public sealed class SettingCatalog(ISettingStore store, OAuthServerOptions options, TimeProvider time)
{
    private readonly ReadThroughCache<string, IReadOnlyDictionary<string, string>> _tenants = new(options.ClientCacheLifetime, time, capacity: 10_000);

    public ValueTask<IReadOnlyDictionary<string, string>> GetAsync(string tenantId, CancellationToken cancellationToken = default) =>
        _tenants.GetAsync(tenantId, LoadAsync, _ => true, cancellationToken);

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(string tenantId, CancellationToken cancellationToken) =>
        (await store.ListAsync(tenantId, cancellationToken)).Where(setting => setting.Value.Length > 0)
        .ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.Ordinal);
}

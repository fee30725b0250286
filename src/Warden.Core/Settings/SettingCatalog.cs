using System.Collections.Concurrent;
using Warden.Core.Protocol;

namespace Warden.Core.Settings;

/// <summary>
/// The tenant's settings by key, read through a short cache: every page shows the site name. Like the client cache,
/// an instance sees a change made by another process within <see cref="OAuthServerOptions.ClientCacheLifetime"/>
/// (zero reads the store every time). An empty value counts as unset and is left out.
/// </summary>
public sealed class SettingCatalog(ISettingStore store, OAuthServerOptions options, TimeProvider time)
{
    private sealed record Entry(IReadOnlyDictionary<string, string> Values, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<IReadOnlyDictionary<string, string>> GetAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (_entries.TryGetValue(tenantId, out var entry) && time.GetUtcNow() - entry.LoadedAt < options.ClientCacheLifetime)
            return entry.Values;
        var loadedAt = time.GetUtcNow();
        var values = (await store.ListAsync(tenantId, cancellationToken)).Where(setting => setting.Value.Length > 0)
            .ToDictionary(setting => setting.Key, setting => setting.Value, StringComparer.Ordinal);
        _entries[tenantId] = new Entry(values, loadedAt);
        return values;
    }
}

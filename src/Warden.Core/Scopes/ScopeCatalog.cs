using System.Collections.Concurrent;
using Warden.Core.Protocol;

namespace Warden.Core.Scopes;

/// <summary>
/// The tenant's scopes by name, read through a short cache: consent decisions, ID tokens, UserInfo and discovery all
/// need them on the hot path, and they change rarely. Like the client cache, an instance sees a change made by
/// another process within <see cref="OAuthServerOptions.ClientCacheLifetime"/> (zero reads the store every time).
/// </summary>
public sealed class ScopeCatalog(IScopeStore store, OAuthServerOptions options, TimeProvider time)
{
    private sealed record Entry(IReadOnlyDictionary<string, Scope> Scopes, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public async ValueTask<IReadOnlyDictionary<string, Scope>> GetAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (_entries.TryGetValue(tenantId, out var entry) && time.GetUtcNow() - entry.LoadedAt < options.ClientCacheLifetime)
            return entry.Scopes;
        var loadedAt = time.GetUtcNow();
        var scopes = (await store.ListAsync(tenantId, cancellationToken)).ToDictionary(scope => scope.Name, StringComparer.Ordinal);
        _entries[tenantId] = new Entry(scopes, loadedAt);
        return scopes;
    }
}

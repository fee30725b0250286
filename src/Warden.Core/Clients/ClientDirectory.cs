using System.Collections.Concurrent;
using Warden.Core.Protocol;

namespace Warden.Core.Clients;

/// <summary>A client together with its secrets, as the protocol engine needs them.</summary>
public sealed record RegisteredClient(Client Client, IReadOnlyList<ClientSecret> Secrets);

/// <summary>
/// Read-through cache of clients for the hot path: the token endpoint needs no database round trip for a client seen
/// within <see cref="OAuthServerOptions.ClientCacheLifetime"/>. Unknown clients are cached too, so a flood of
/// requests with made-up ids does not reach the database. Changes made in this process invalidate at once.
/// </summary>
public sealed class ClientDirectory(IClientStore store, OAuthServerOptions options, TimeProvider time)
{
    private sealed record Entry(RegisteredClient? Value, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<(string TenantId, string ClientId), Entry> _entries = new();

    /// <summary>
    /// The client, or null. An id no client can have (too long, not printable ASCII) is answered at once and not cached,
    /// so made-up ids of any size cost neither a query nor memory.
    /// </summary>
    public async ValueTask<RegisteredClient?> FindAsync(string tenantId, string clientId, CancellationToken cancellationToken = default)
    {
        if (!Client.IsValidId(clientId))
            return null;
        var key = (tenantId, clientId);
        if (_entries.TryGetValue(key, out var entry) && time.GetUtcNow() - entry.LoadedAt < options.ClientCacheLifetime)
            return entry.Value;

        var loadedAt = time.GetUtcNow();
        var client = await store.FindAsync(tenantId, clientId, cancellationToken);
        var value = client is null ? null : new RegisteredClient(client, await store.ListSecretsAsync(tenantId, clientId, cancellationToken));
        if (_entries.Count > 100_000)
            _entries.Clear();
        _entries[key] = new Entry(value, loadedAt);
        return value;
    }

    /// <summary>How many clients (known and unknown) this instance remembers.</summary>
    internal int CachedCount => _entries.Count;

    public void Invalidate(string tenantId, string clientId) => _entries.TryRemove((tenantId, clientId), out _);
}

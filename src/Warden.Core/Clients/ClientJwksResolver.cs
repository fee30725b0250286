using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Security;

namespace Warden.Core.Clients;

/// <summary>The keys a client signs with, or why there are none.</summary>
public sealed record ClientKeys(IReadOnlyList<SecurityKey> Keys, string? Failure);

/// <summary>
/// The public keys a client signs its assertions with (private_key_jwt): its registered JWK Set, or the one at its
/// jwks_uri, fetched through the <see cref="GuardedHttpFetcher"/> and kept for a few minutes so that key rotation on
/// the client's side is picked up. A failed fetch is remembered briefly, so a client whose jwks_uri is down or refused
/// does not make every one of its requests fetch again; the cache holds at most <see cref="MaxCachedUris"/> URIs.
/// </summary>
public sealed class ClientJwksResolver(GuardedHttpFetcher fetcher, TimeProvider time)
{
    public static readonly TimeSpan FetchedLifetime = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan FailureLifetime = TimeSpan.FromSeconds(30);
    public const int MaxCachedUris = 1000;

    private sealed record Entry(ClientKeys Keys, DateTimeOffset ExpiresAt);

    private readonly ConcurrentDictionary<string, Entry> _fetched = new(StringComparer.Ordinal);

    /// <summary>How many jwks_uri answers (keys or failures) are remembered.</summary>
    internal int CachedCount => _fetched.Count;

    /// <summary>The keys; an empty list with the reason when the client has none or they cannot be read.</summary>
    public async Task<ClientKeys> ResolveAsync(Client client, CancellationToken cancellationToken)
    {
        if (client.Jwks is not null)
            return Parse(client.Jwks, "the registered JWK Set");
        if (client.JwksUri is null)
            return new ClientKeys([], "the client has neither jwks nor jwks_uri");
        var now = time.GetUtcNow();
        if (_fetched.TryGetValue(client.JwksUri, out var cached) && now < cached.ExpiresAt)
            return cached.Keys;

        var fetched = await fetcher.GetStringAsync(client.JwksUri, cancellationToken);
        var keys = fetched is { Failure: null, Body: { } body } ? Parse(body, "jwks_uri") : new ClientKeys([], "jwks_uri: " + fetched.Failure);
        Remember(client.JwksUri, new Entry(keys, time.GetUtcNow() + (keys.Failure is null ? FetchedLifetime : FailureLifetime)));
        return keys;
    }

    private void Remember(string uri, Entry entry)
    {
        if (_fetched.Count >= MaxCachedUris)
        {
            var now = time.GetUtcNow();
            foreach (var (key, value) in _fetched)
                if (value.ExpiresAt <= now)
                    _fetched.TryRemove(key, out _);
            if (_fetched.Count >= MaxCachedUris)
                _fetched.Clear();
        }
        _fetched[uri] = entry;
    }

    private static ClientKeys Parse(string json, string source)
    {
        try
        {
            var keys = new JsonWebKeySet(json).GetSigningKeys().ToList();
            return keys.Count > 0 ? new ClientKeys(keys, null) : new ClientKeys([], source + " has no usable key");
        }
        catch (Exception exception) when (exception is ArgumentException or System.Text.Json.JsonException or InvalidOperationException
                                              or FormatException)
        {
            return new ClientKeys([], source + " is not a JWK Set");
        }
    }
}

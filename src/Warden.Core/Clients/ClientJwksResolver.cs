using System.Collections.Concurrent;
using Microsoft.IdentityModel.Tokens;

namespace Warden.Core.Clients;

/// <summary>
/// The public keys a client signs its assertions with (private_key_jwt): its registered JWK Set, or the one at its
/// jwks_uri, fetched and kept for a few minutes so that key rotation on the client's side is picked up.
/// </summary>
public sealed class ClientJwksResolver(HttpClient http, TimeProvider time)
{
    private static readonly TimeSpan FetchedLifetime = TimeSpan.FromMinutes(5);
    private readonly ConcurrentDictionary<string, (JsonWebKeySet Keys, DateTimeOffset FetchedAt)> _fetched = new(StringComparer.Ordinal);

    /// <summary>The keys, or null when the client has none or they cannot be read.</summary>
    public async Task<IReadOnlyList<SecurityKey>?> ResolveAsync(Client client, CancellationToken cancellationToken)
    {
        try
        {
            if (client.Jwks is not null)
                return new JsonWebKeySet(client.Jwks).GetSigningKeys().ToList();
            if (client.JwksUri is null)
                return null;
            if (_fetched.TryGetValue(client.JwksUri, out var cached) && time.GetUtcNow() - cached.FetchedAt < FetchedLifetime)
                return cached.Keys.GetSigningKeys().ToList();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            var keys = new JsonWebKeySet(await http.GetStringAsync(client.JwksUri, timeout.Token));
            _fetched[client.JwksUri] = (keys, time.GetUtcNow());
            return keys.GetSigningKeys().ToList();
        }
        catch (Exception exception) when (exception is ArgumentException or HttpRequestException or OperationCanceledException
                                              or System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

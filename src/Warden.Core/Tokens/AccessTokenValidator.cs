using System.Collections.Concurrent;
using System.Text.Json;
using Warden.Core.Caching;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>
/// Decides whether an access token this server issued is active, for introspection and revocation: signature, issuer
/// and expiry of a JWT plus the revocation list; the stored state of a reference token. Another tenant's token is
/// never active.
/// </summary>
public sealed class AccessTokenValidator(
    SignedJwtReader jwts,
    SigningKeyManager keys,
    ClientDirectory clients,
    IReferenceTokenStore referenceTokens,
    IRevocationStore revocations,
    ICacheStore cache,
    SecretHasher hasher,
    Tenants.TenantDirectory tenants,
    TimeProvider time)
{
    /// <summary>How long an instance may remember that a JWT was not revoked; revocation overwrites the entry.</summary>
    private static readonly TimeSpan RevocationStateLifetime = TimeSpan.FromSeconds(30);

    private const int MaxVerifiedJwts = 10_000;

    /// <summary>
    /// JWTs whose signature and claims were already checked: resource servers introspect the same token again and
    /// again, and an ECDSA verification costs more than the rest of the request. Expiry, revocation and whether the
    /// signing key is still published (a revoked key ends its tokens) are still checked every time.
    /// </summary>
    private readonly ConcurrentDictionary<string, (AccessTokenDescription Description, string KeyId)> _verifiedJwts = new(StringComparer.Ordinal);

    /// <summary>The token's description when it is valid and unexpired (revocation not yet considered), else null.</summary>
    public async Task<AccessTokenDescription?> ReadAsync(string tenantId, string token, CancellationToken cancellationToken)
    {
        AccessTokenDescription? description;
        if (token.Count(c => c == '.') != 2)
        {
            description = await ReadReferenceAsync(tenantId, token, cancellationToken);
        }
        else if (_verifiedJwts.TryGetValue(token, out var verified) && verified.Description.TenantId == tenantId)
        {
            description = await keys.FindPublishedAsync(tenantId, verified.KeyId, cancellationToken) is null ? null : verified.Description;
        }
        else
        {
            var jwt = await jwts.ReadTokenAsync(tenantId, token, "at+jwt", cancellationToken);
            description = jwt is null ? null : Describe(tenantId, (await tenants.ForAsync(tenantId, cancellationToken)).Issuer, jwt.Payload);
            if (description is not null)
            {
                if (_verifiedJwts.Count >= MaxVerifiedJwts)
                    _verifiedJwts.Clear();
                _verifiedJwts[token] = (description, jwt!.KeyId!);
            }
        }
        return description is not null && description.ExpiresAt > time.GetUtcNow() ? description : null;
    }

    /// <summary>
    /// The token's description when it is active: valid, unexpired, not revoked, and its client still exists (deleting
    /// a client ends its tokens).
    /// </summary>
    public async Task<AccessTokenDescription?> ValidateAsync(string tenantId, string token, CancellationToken cancellationToken)
    {
        var description = await ReadAsync(tenantId, token, cancellationToken);
        if (description is null || await clients.FindAsync(tenantId, description.ClientId, cancellationToken) is null)
            return null;
        // Reference tokens are revoked in their own row too; the jti list also ends those of a replayed authorization code.
        return await IsRevokedAsync(description, cancellationToken) ? null : description;
    }

    /// <summary>Remembers a JWT revocation in the shared cache so every instance sees it on its next introspection.</summary>
    public Task MarkRevokedAsync(AccessTokenDescription token, CancellationToken cancellationToken) =>
        MarkRevokedAsync(token.TenantId, token.JwtId, token.ExpiresAt, cancellationToken);

    public Task MarkRevokedAsync(string tenantId, string jwtId, DateTimeOffset expiresAt, CancellationToken cancellationToken) =>
        cache.SetAsync(RevocationKey(tenantId, jwtId), "revoked", Remaining(expiresAt), cancellationToken);

    private async Task<bool> IsRevokedAsync(AccessTokenDescription token, CancellationToken cancellationToken)
    {
        var key = RevocationKey(token.TenantId, token.JwtId);
        var state = await cache.GetAsync(key, cancellationToken);
        if (state is not null)
            return state == "revoked";
        var revoked = await revocations.IsRevokedAsync(token.TenantId, token.JwtId, cancellationToken);
        var remaining = Remaining(token.ExpiresAt);
        var lifetime = revoked ? remaining : TimeSpan.FromTicks(Math.Min(remaining.Ticks, RevocationStateLifetime.Ticks));
        await cache.SetIfAbsentAsync(key, revoked ? "revoked" : "active", lifetime, cancellationToken);
        return revoked;
    }

    private TimeSpan Remaining(DateTimeOffset expiresAt)
    {
        var remaining = expiresAt - time.GetUtcNow();
        return remaining > TimeSpan.FromSeconds(1) ? remaining : TimeSpan.FromSeconds(1);
    }

    private static string RevocationKey(string tenantId, string jwtId) => $"jwt-state:{tenantId}:{jwtId}";

    private async Task<AccessTokenDescription?> ReadReferenceAsync(string tenantId, string handle, CancellationToken cancellationToken)
    {
        if (hasher.HashPresented(handle) is not { } hash)
            return null;
        var stored = await referenceTokens.FindAsync(hash, cancellationToken);
        // A renewed security stamp (password changed or reset, user deactivated) ends the user's reference tokens.
        if (stored is null || stored.TenantId != tenantId || stored.RevokedAt is not null || stored.IsStale)
            return null;
        return new AccessTokenDescription(stored.TenantId, AccessTokenFormat.Reference, stored.JwtId, stored.ClientId, stored.Subject,
            stored.Scopes, stored.Audiences, stored.IssuedAt, stored.ExpiresAt);
    }

    private static AccessTokenDescription? Describe(string tenantId, string issuer, JsonElement claims)
    {
        try
        {
            if (claims.GetProperty("iss").GetString() != issuer)
                return null;
            var audiences = claims.GetProperty("aud") switch
            {
                { ValueKind: JsonValueKind.String } single => [single.GetString()!],
                { ValueKind: JsonValueKind.Array } many => many.EnumerateArray().Select(a => a.GetString()!).ToArray(),
                _ => Array.Empty<string>(),
            };
            var scopes = claims.TryGetProperty("scope", out var scope) ? scope.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            return new AccessTokenDescription(tenantId, AccessTokenFormat.Jwt, claims.GetProperty("jti").GetString()!,
                claims.GetProperty("client_id").GetString()!, claims.GetProperty("sub").GetString()!, scopes, audiences,
                DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("iat").GetInt64()),
                DateTimeOffset.FromUnixTimeSeconds(claims.GetProperty("exp").GetInt64()));
        }
        catch (Exception exception) when (exception is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}

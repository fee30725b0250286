namespace Warden.Core.Tokens;

/// <summary>
/// Revoked self-contained tokens (JWT access tokens), by tenant and jti. A row is needed only until the token's own
/// expiry, after which the token is invalid anyway; cleanup removes it then.
/// </summary>
public interface IRevocationStore
{
    /// <summary>Records the revocation. Idempotent: revoking twice keeps the first record and returns false.</summary>
    Task<bool> RevokeAsync(string tenantId, string jwtId, string clientId, DateTimeOffset tokenExpiresAt, DateTimeOffset revokedAt,
        CancellationToken cancellationToken = default);

    /// <summary>Whether the token with this jti has been revoked.</summary>
    Task<bool> IsRevokedAsync(string tenantId, string jwtId, CancellationToken cancellationToken = default);
}

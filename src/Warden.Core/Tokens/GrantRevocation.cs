using Warden.Core.Protocol;

namespace Warden.Core.Tokens;

/// <summary>
/// Ends a person's grant: its refresh token family (through <see cref="RefreshTokenService"/>, whose family record
/// also refuses a token of the family a concurrent rotation writes a moment later) and, when known, the access token
/// issued with it.
/// </summary>
public sealed class GrantRevocation(
    RefreshTokenService refreshTokens,
    IRevocationStore revocations,
    AccessTokenValidator validator)
{
    public async Task RevokeGrantAsync(string tenantId, string clientId, Guid familyId, string? accessTokenId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await refreshTokens.RevokeFamilyAsync(tenantId, clientId, familyId, now, cancellationToken);
        if (accessTokenId is null)
            return;
        // The token's own expiry is not known here; no access token outlives the longest lifetime a client may have.
        var expiresAt = now + OAuthServerOptions.MaxAccessTokenLifetime;
        await revocations.RevokeAsync(tenantId, accessTokenId, clientId, expiresAt, now, cancellationToken);
        await validator.MarkRevokedAsync(tenantId, accessTokenId, expiresAt, cancellationToken);
    }
}

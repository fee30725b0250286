using Warden.Core.Authorization;
using Warden.Core.Protocol;

namespace Warden.Core.Tokens;

/// <summary>
/// Ends a person's grant: its refresh token family and, when known, the access token issued with it. Besides marking
/// the family's rows, it records the family itself in the revocation list, so a token of the family written a moment
/// later by a concurrent rotation (which the row update cannot see) is refused on use as well.
/// </summary>
public sealed class GrantRevocation(
    IRefreshTokenStore refreshTokens,
    IRevocationStore revocations,
    AccessTokenValidator validator,
    AuthorizationOptions authorization)
{
    public async Task RevokeGrantAsync(string tenantId, string clientId, Guid familyId, string? accessTokenId, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        await revocations.RevokeAsync(tenantId, FamilyEntry(familyId), clientId, now + authorization.RefreshTokenLifetime, now, cancellationToken);
        await refreshTokens.RevokeFamilyAsync(tenantId, familyId, now, cancellationToken);
        if (accessTokenId is null)
            return;
        // The token's own expiry is not known here; no access token outlives the longest lifetime a client may have.
        var expiresAt = now + OAuthServerOptions.MaxAccessTokenLifetime;
        await revocations.RevokeAsync(tenantId, accessTokenId, clientId, expiresAt, now, cancellationToken);
        await validator.MarkRevokedAsync(tenantId, accessTokenId, expiresAt, cancellationToken);
    }

    public Task<bool> IsFamilyRevokedAsync(string tenantId, Guid familyId, CancellationToken cancellationToken) =>
        revocations.IsRevokedAsync(tenantId, FamilyEntry(familyId), cancellationToken);

    /// <summary>The revocation list's entry for a family; access token jtis are base64url and never contain ':'.</summary>
    private static string FamilyEntry(Guid familyId) => "family:" + familyId.ToString("N");
}

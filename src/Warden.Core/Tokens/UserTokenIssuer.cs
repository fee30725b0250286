using Warden.Core.Tenants;
using Warden.Core.Audit;
using Warden.Core.Authorization;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Operations;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Sessions;
using Warden.Core.Users;

namespace Warden.Core.Tokens;

/// <summary>
/// A grant made by a person, as the authorization code and refresh token grants continue it.
/// </summary>
/// <param name="FamilyId">The refresh token family every token of this grant belongs to.</param>
/// <param name="AccessTokenId">A jti fixed in advance (so a replayed authorization code can revoke it), or null for a random one.</param>
/// <param name="Evidence">How the person signed in (the ID token's <c>amr</c> and <c>acr</c>); null for grants made before it was recorded (a password).</param>
/// <param name="RotatedRefreshToken">The successor a refresh already wrote, answered instead of a family's first token.</param>
public sealed record UserGrant(
    Client Client,
    User User,
    IReadOnlyList<string> Scopes,
    DateTimeOffset AuthTime,
    string? Nonce,
    Guid FamilyId,
    string? AccessTokenId,
    string GrantType,
    string? SessionId,
    SignInEvidence? Evidence,
    string? RotatedRefreshToken = null);

/// <summary>
/// The token response for a person's grant: an access token, a refresh token when the client is registered for the
/// refresh_token grant, and an ID token when openid was granted.
/// </summary>
public sealed class UserTokenIssuer(
    AccessTokenIssuer accessTokens,
    RefreshTokenService refreshTokens,
    SigningKeyManager keys,
    UserClaims claims,
    AuthorizationOptions authorization,
    TenantDirectory tenants,
    AuditTrail audit)
{
    public async Task<TokenResponse> IssueAsync(UserGrant grant, string? ipAddress, CancellationToken cancellationToken)
    {
        var client = grant.Client;
        var server = await tenants.ForAsync(client.TenantId, cancellationToken);
        var (audiences, _) = ScopeRules.Audiences([], client.Resources, server.Issuer);
        var access = await accessTokens.IssueAsync(client, grant.User.Id.ToString(), grant.Scopes, audiences!, cancellationToken, grant.AccessTokenId,
            grant.User);
        var response = new TokenResponse(access.Value, "Bearer", (long)(access.Description.ExpiresAt - access.Description.IssuedAt).TotalSeconds,
            grant.Scopes.Count > 0 ? string.Join(' ', grant.Scopes) : null);

        // A refresh token is only useful to a client allowed the refresh_token grant; offline_access asks for nothing else.
        if (grant.RotatedRefreshToken is not null)
            response = response with { RefreshToken = grant.RotatedRefreshToken };
        else if (client.GrantTypes.Contains(OAuthNames.GrantTypes.RefreshToken, StringComparer.Ordinal))
            response = response with { RefreshToken = await refreshTokens.IssueFirstAsync(grant, cancellationToken) };

        if (grant.Scopes.Contains(OAuthNames.Scopes.OpenId, StringComparer.Ordinal))
        {
            var key = await keys.GetSigningCredentialAsync(client.TenantId, client.SigningAlgorithm ?? keys.Options.DefaultAlgorithm, cancellationToken);
            var issuedAt = access.Description.IssuedAt;
            var lifetimes = (await tenants.SettingsAsync(client.TenantId, cancellationToken)).AuthorizationOver(authorization);
            var description = new IdTokenDescription(client.ClientId, issuedAt, issuedAt + lifetimes.IdTokenLifetime, grant.AuthTime,
                grant.Nonce, access.Value, grant.Evidence ?? SignInEvidence.Password, grant.SessionId);
            response = response with
            {
                IdToken = IdTokenWriter.Write(key, server.Issuer, description, await claims.ReleaseAsync(grant.User, grant.Scopes, cancellationToken)),
            };
        }

        audit.RecordFrequent(client.TenantId, "token_issued", "success", client.ClientId, grant.User.Id.ToString(), ipAddress,
            new { grant_type = grant.GrantType, refresh_token = response.RefreshToken is not null, id_token = response.IdToken is not null },
            access.Description.JwtId);
        WardenMetrics.RecordTokenIssued(grant.GrantType);
        return response;
    }
}

using Warden.Core.Audit;
using Warden.Core.Authorization;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Core.Users;

namespace Warden.Core.Grants;

/// <summary>
/// RFC 6749 §6 with rotation on every use (RFC 9700 §4.14.2): the presented token is consumed and a new one of the same
/// family issued. A token presented again after rotation (a replay, or a race between two uses) revokes the whole
/// family. Tokens are bound to the client they were issued to, public clients included, and to the user's security
/// stamp: a password change, reset or deactivation since the grant ends the family.
/// </summary>
public sealed class RefreshTokenGrant(
    IRefreshTokenStore refreshTokens,
    IUserStore users,
    ConsentRules consent,
    UserTokenIssuer tokens,
    GrantRevocation revocation,
    SecretHasher hasher,
    AuditTrail audit,
    TimeProvider time) : IGrantHandler
{
    public string GrantType => OAuthNames.GrantTypes.RefreshToken;

    public async Task<TokenResult> HandleAsync(RegisteredClient registered, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken)
    {
        var client = registered.Client;
        var (token, hash, missing) = await PresentedCredentials.FindAsync(parameters, OAuthNames.Parameters.RefreshToken, client, hasher,
            found => refreshTokens.FindAsync(found, cancellationToken), stored => (stored.TenantId, stored.ClientId));
        if (missing is not null)
            return TokenResult.Failed(missing);
        if (token is null)
            return Refused(context, client.ClientId, "unknown token, or issued to another client");

        var now = time.GetUtcNow();
        if (token.RevokedAt is not null || await revocation.IsFamilyRevokedAsync(token.TenantId, token.FamilyId, cancellationToken))
            return Refused(context, client.ClientId, "revoked");
        if (token.ConsumedAt is not null)
            return await ReusedAsync(token, context, now, cancellationToken);
        if (token.ExpiresAt <= now)
            return Refused(context, client.ClientId, "expired");

        var scopes = token.Scopes;
        if (parameters[OAuthNames.Parameters.Scope] is { } requested)
        {
            var (narrowed, scopeError) = ScopeRules.Grant(requested, token.Scopes);
            if (scopeError is not null)
                return TokenResult.Failed(OAuthError.From(ErrorCatalog.Grant.ScopeWidened));
            scopes = narrowed!;
        }

        if (await refreshTokens.TryConsumeAsync(hash!, now, cancellationToken) is null)
            return await ReusedAsync(token, context, now, cancellationToken);

        var user = await users.FindByIdAsync(token.TenantId, token.UserId, cancellationToken);
        if (user is not { IsActive: true })
            return await EndFamilyAsync(token, context, now, "the user is deactivated or deleted; the family is revoked", cancellationToken);
        if (user.SecurityStamp != token.SecurityStamp)
            return await EndFamilyAsync(token, context, now, "the user's security stamp changed since the grant (password changed or reset); " +
                "the family is revoked", cancellationToken);
        if ((await consent.UnapprovedAsync(client, user.Id, scopes, cancellationToken)).Count > 0)
            return await EndFamilyAsync(token, context, now, "the user withdrew consent for a scope of the grant; the family is revoked",
                cancellationToken);

        var response = await tokens.IssueAsync(new UserGrant(client, user, scopes, token.AuthTime, null, token.FamilyId, null, GrantType, token.SessionId),
            context.IpAddress, cancellationToken);
        return new TokenResult(response, null);
    }

    private async Task<TokenResult> ReusedAsync(RefreshToken token, RequestContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        const string detail = "already used: a replay or a race after rotation; the family is revoked";
        audit.Record(token.TenantId, "refresh_token_reused", "failure", token.ClientId, token.UserId.ToString(), context.IpAddress,
            new { family = token.FamilyId, error_id = ErrorCatalog.Grant.RefreshTokenInvalid.Id, detail });
        return await EndFamilyAsync(token, context, now, detail, cancellationToken);
    }

    private async Task<TokenResult> EndFamilyAsync(RefreshToken token, RequestContext context, DateTimeOffset now, string reason,
        CancellationToken cancellationToken)
    {
        await revocation.RevokeGrantAsync(token.TenantId, token.ClientId, token.FamilyId, null, now, cancellationToken);
        return Refused(context, token.ClientId, reason);
    }

    /// <summary>Every refusal of a presented refresh token looks the same to the client; the reason is the detail.</summary>
    private TokenResult Refused(RequestContext context, string clientId, string detail)
    {
        var error = OAuthError.From(ErrorCatalog.Grant.RefreshTokenInvalid, detail);
        audit.Record(context.TenantId, "token_refused", "failure", clientId, null, context.IpAddress,
            new { grant_type = GrantType, error_id = error.Id, detail });
        return TokenResult.Failed(error);
    }
}

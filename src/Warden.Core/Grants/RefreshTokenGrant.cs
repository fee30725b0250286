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
/// family. Tokens are bound to the client they were issued to, public clients included.
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
    public string GrantType => UserTokenIssuer.RefreshTokenGrantType;

    public async Task<TokenResult> HandleAsync(RegisteredClient registered, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken)
    {
        var client = registered.Client;
        var (token, hash, missing) = await PresentedCredentials.FindAsync(parameters, "refresh_token", client, hasher,
            found => refreshTokens.FindAsync(found, cancellationToken), stored => (stored.TenantId, stored.ClientId));
        if (missing is not null)
            return TokenResult.Failed(missing);
        if (token is null)
            return Refused(context, client.ClientId, "the refresh token is invalid or was issued to another client");

        var now = time.GetUtcNow();
        if (token.RevokedAt is not null || await revocation.IsFamilyRevokedAsync(token.TenantId, token.FamilyId, cancellationToken))
            return Refused(context, client.ClientId, "the refresh token has been revoked");
        if (token.ConsumedAt is not null)
            return await ReusedAsync(token, context, now, cancellationToken);
        if (token.ExpiresAt <= now)
            return Refused(context, client.ClientId, "the refresh token has expired");

        var scopes = token.Scopes;
        if (parameters["scope"] is { } requested)
        {
            var (narrowed, scopeError) = ScopeRules.Grant(requested, token.Scopes);
            if (scopeError is not null)
                return TokenResult.Failed(OAuthError.InvalidScope("scope must be a subset of the original grant"));
            scopes = narrowed!;
        }

        if (await refreshTokens.TryConsumeAsync(hash!, now, cancellationToken) is null)
            return await ReusedAsync(token, context, now, cancellationToken);

        var user = await users.FindByIdAsync(token.TenantId, token.UserId, cancellationToken);
        if (user is not { IsActive: true })
            return await EndFamilyAsync(token, context, now, "the user is no longer active", cancellationToken);
        if ((await consent.UnapprovedAsync(client, user.Id, scopes, cancellationToken)).Count > 0)
            return await EndFamilyAsync(token, context, now, "the user has revoked this client's access", cancellationToken);

        var response = await tokens.IssueAsync(new UserGrant(client, user, scopes, token.AuthTime, null, token.FamilyId, null, GrantType),
            context.IpAddress, cancellationToken);
        return new TokenResult(response, null);
    }

    private async Task<TokenResult> ReusedAsync(RefreshToken token, RequestContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        audit.Record(token.TenantId, "refresh_token_reused", "failure", token.ClientId, token.UserId.ToString(), context.IpAddress,
            new { family = token.FamilyId });
        return await EndFamilyAsync(token, context, now, "the refresh token was already used; its grant is revoked", cancellationToken);
    }

    private async Task<TokenResult> EndFamilyAsync(RefreshToken token, RequestContext context, DateTimeOffset now, string reason,
        CancellationToken cancellationToken)
    {
        await revocation.RevokeGrantAsync(token.TenantId, token.ClientId, token.FamilyId, null, now, cancellationToken);
        return Refused(context, token.ClientId, reason);
    }

    private TokenResult Refused(RequestContext context, string clientId, string reason)
    {
        audit.Record(context.TenantId, "token_refused", "failure", clientId, null, context.IpAddress,
            new { grant_type = GrantType, reason });
        return TokenResult.Failed(OAuthError.InvalidGrant(reason));
    }
}

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
/// family written in one store transaction (<see cref="RefreshTokenService.RotateAsync"/>). A token presented again
/// after rotation revokes the whole family, unless it comes within the reuse grace window while its successor is still
/// unused: that is a client retrying a request whose response it lost, answered with a new successor. Tokens are bound to the client they were issued to, public clients included, and to the user's security
/// stamp: a password change, reset or deactivation since the grant ends the family (checked by the rotation itself).
/// In the steady state a rotation is two database transactions: finding the token and the rotation; the client, the
/// scopes, the user's profile and the consent come from caches.
/// </summary>
public sealed class RefreshTokenGrant(
    RefreshTokenService refreshTokens,
    UserDirectory users,
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
        var (token, _, missing) = await PresentedCredentials.FindAsync(parameters, OAuthNames.Parameters.RefreshToken, client, hasher,
            found => refreshTokens.FindAsync(found, cancellationToken), stored => (stored.TenantId, stored.ClientId));
        if (missing is not null)
            return TokenResult.Failed(missing);
        if (token is null)
            return Refused(context, client.ClientId, "unknown token, or issued to another client");

        var now = time.GetUtcNow();
        if (token.RevokedAt is not null)
            return Refused(context, client.ClientId, "revoked");
        if (token.ConsumedAt is null && token.ExpiresAt <= now)
            return Refused(context, client.ClientId, "expired");

        var scopes = token.Scopes;
        if (parameters[OAuthNames.Parameters.Scope] is { } requested)
        {
            var (narrowed, scopeError) = ScopeRules.Grant(requested, token.Scopes);
            if (scopeError is not null)
                return TokenResult.Failed(OAuthError.From(ErrorCatalog.Grant.ScopeWidened));
            scopes = narrowed!;
        }

        var rotation = await refreshTokens.RotateAsync(token, scopes, cancellationToken);
        switch (rotation.Outcome)
        {
            case RefreshRotationOutcome.NotFound:
                return Refused(context, client.ClientId, "unknown token, or issued to another client");
            case RefreshRotationOutcome.Revoked:
                return Refused(context, client.ClientId, "revoked");
            case RefreshRotationOutcome.Reused:
                return Reused(token, context);
            case RefreshRotationOutcome.UserChanged:
                return Refused(context, client.ClientId, "the user is deactivated or deleted, or the user's security stamp changed since " +
                    "the grant (password changed or reset); the family is revoked");
            case RefreshRotationOutcome.Retried:
                audit.Record(token.TenantId, "refresh_token_retried", "success", token.ClientId, token.UserId.ToString(), context.IpAddress,
                    new { family = token.FamilyId, detail = "presented again within the reuse grace window, its successor unused: " +
                        "the unused successor is revoked and a new one issued" });
                break;
        }

        // The rotation found the user active with the token's stamp; null here means it changed in the moment since.
        var user = await users.FindCurrentAsync(token.TenantId, token.UserId, token.SecurityStamp, cancellationToken);
        if (user is null)
            return await EndFamilyAsync(token, context, now, "the user changed during the rotation (deactivated, deleted or a new security " +
                "stamp); the family is revoked", cancellationToken);
        if ((await consent.UnapprovedCachedAsync(client, user.Id, scopes, cancellationToken)).Count > 0)
            return await EndFamilyAsync(token, context, now, "the user withdrew consent for a scope of the grant; the family is revoked",
                cancellationToken);

        var response = await tokens.IssueAsync(new UserGrant(client, user, scopes, token.AuthTime, null, token.FamilyId, null, GrantType, token.SessionId,
            token.Evidence, rotation.Successor), context.IpAddress, cancellationToken);
        return new TokenResult(response, null);
    }

    /// <summary>The store has revoked the family already, in the transaction that found the reuse.</summary>
    private TokenResult Reused(RefreshToken token, RequestContext context)
    {
        const string detail = "already used: a replay or a race after rotation; the family is revoked";
        audit.Record(token.TenantId, "refresh_token_reused", "failure", token.ClientId, token.UserId.ToString(), context.IpAddress,
            new { family = token.FamilyId, error_id = ErrorCatalog.Grant.RefreshTokenInvalid.Id, detail });
        return Refused(context, token.ClientId, detail);
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

using System.Buffers.Text;
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
/// RFC 6749 §4.1.3 with PKCE (RFC 7636 §4.6). A code is bound to its client, redirect URI, challenge and the user's
/// security stamp (a password change or reset before redemption makes it unredeemable), and is single
/// use: a second redemption fails and revokes what the first one issued (§4.1.2, RFC 9700 §4.4.1.1). The refresh token
/// family and the access token's jti are derived from the code's hash, so that revocation needs no extra record.
/// In the steady state a redemption is three database transactions: finding the code, consuming it (with the user's
/// state read in the same statement) and writing the family's first refresh token; the user's profile is cached.
/// </summary>
public sealed class AuthorizationCodeGrant(
    IAuthorizationCodeStore codes,
    UserDirectory users,
    UserTokenIssuer tokens,
    GrantRevocation revocation,
    SecretHasher hasher,
    AuditTrail audit,
    TimeProvider time) : IGrantHandler
{
    public string GrantType => OAuthNames.GrantTypes.AuthorizationCode;

    public async Task<TokenResult> HandleAsync(RegisteredClient registered, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken)
    {
        var client = registered.Client;
        var (code, hash, missing) = await PresentedCredentials.FindAsync(parameters, OAuthNames.Parameters.Code, client, hasher,
            found => codes.FindAsync(found, cancellationToken), stored => (stored.TenantId, stored.ClientId));
        if (missing is not null)
            return TokenResult.Failed(missing);
        if (code is null)
            return Refused(context, client, ErrorCatalog.Grant.AuthorizationCodeInvalid, "unknown code, or issued to another client");

        var now = time.GetUtcNow();
        if (code.ConsumedAt is not null)
            return await ReplayedAsync(code, context, now, cancellationToken);
        if (code.ExpiresAt <= now)
            return Refused(context, client, ErrorCatalog.Grant.AuthorizationCodeInvalid, "expired");
        // RFC 6749 §4.1.3: when the authorization request named redirect_uri the token request must repeat it; when it
        // left it out (a client with one redirect URI) the token request may too.
        var redirectUri = parameters[OAuthNames.Parameters.RedirectUri] ?? (code.RedirectUriInRequest ? null : code.RedirectUri);
        if (redirectUri != code.RedirectUri)
            return Refused(context, client, ErrorCatalog.Grant.RedirectUriMismatch);
        var verifier = parameters[OAuthNames.Parameters.CodeVerifier];
        if (code.CodeChallenge is null)
        {
            if (verifier is not null)
                return Refused(context, client, ErrorCatalog.Grant.UnexpectedCodeVerifier);
        }
        else if (verifier is null || !Pkce.Matches(verifier, code.CodeChallenge, code.CodeChallengeMethod!))
        {
            return Refused(context, client, ErrorCatalog.Grant.CodeVerifierMismatch);
        }

        if (await codes.TryConsumeAsync(hash!, now, cancellationToken) is not { } consumption)
            return await ReplayedAsync(code with { ConsumedAt = now }, context, now, cancellationToken);

        // The consuming statement read the user's state; null from the directory means it changed in the moment since.
        var user = consumption.UserCurrent ? await users.FindCurrentAsync(code.TenantId, code.UserId, code.SecurityStamp, cancellationToken) : null;
        if (user is null)
            return Refused(context, client, ErrorCatalog.Grant.AuthorizationCodeInvalid,
                "the user is deactivated or deleted, or the user's security stamp changed since the code was issued (password changed or reset)");

        var (familyId, accessTokenId) = DerivedIds(hash!);
        var response = await tokens.IssueAsync(new UserGrant(client, user, code.Scopes, code.AuthTime, code.Nonce, familyId, accessTokenId, GrantType, code.SessionId, code.Evidence),
            context.IpAddress, cancellationToken);
        return new TokenResult(response, null);
    }

    private async Task<TokenResult> ReplayedAsync(AuthorizationCode code, RequestContext context, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var (familyId, accessTokenId) = DerivedIds(code.Hash);
        await revocation.RevokeGrantAsync(code.TenantId, code.ClientId, familyId, accessTokenId, now, cancellationToken);
        var error = OAuthError.From(ErrorCatalog.Grant.AuthorizationCodeInvalid, "already used: a replay; the tokens it issued are revoked");
        audit.Record(code.TenantId, "authorization_code_replayed", "failure", code.ClientId, code.UserId.ToString(), context.IpAddress,
            new { error_id = error.Id, detail = error.Detail });
        return TokenResult.Failed(error);
    }

    private TokenResult Refused(RequestContext context, Client client, ErrorDefinition definition, string? detail = null)
    {
        var error = OAuthError.From(definition, detail);
        audit.Record(context.TenantId, "token_refused", "failure", client.ClientId, null, context.IpAddress,
            new { grant_type = GrantType, error_id = error.Id, detail = error.Detail ?? error.Description });
        return TokenResult.Failed(error);
    }

    private static (Guid FamilyId, string AccessTokenId) DerivedIds(byte[] codeHash) =>
        (new Guid(codeHash.AsSpan(0, 16)), Base64Url.EncodeToString(codeHash.AsSpan(16, 16)));
}

using Warden.Core.ApiKeys;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Operations;
using Warden.Core.Protocol;
using Warden.Core.Tokens;
using Warden.Core.Users;

namespace Warden.Core.Grants;

/// <summary>
/// RFC 8693 token exchange with an API key as the subject token: a confidential client of the tenant that may use the
/// grant presents the key (<c>subject_token_type</c> <see cref="OAuthNames.TokenTypes.ApiKey"/>) and gets a short-lived
/// access token issued to itself for the key's owner (<c>sub</c> is the owning user's id or client's id), with the key's
/// scopes or fewer. The token never outlives the key. Steps in order: client type, parameters, the key, scope, resource, issue.
/// </summary>
public sealed class TokenExchangeGrant(ApiKeyService apiKeys, IUserStore users, AccessTokenIssuer issuer, AuditTrail audit,
    Tenants.TenantDirectory tenants) : IGrantHandler
{
    public string GrantType => OAuthNames.GrantTypes.TokenExchange;

    public async Task<TokenResult> HandleAsync(RegisteredClient registered, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken)
    {
        var client = registered.Client;
        if (client.Type != ClientType.Confidential)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.ApiKey.PublicClient));
        if (parameters[OAuthNames.Parameters.SubjectToken] is not { } subjectToken)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Grant.CredentialMissing, arguments: [OAuthNames.Parameters.SubjectToken]));
        if (parameters[OAuthNames.Parameters.SubjectTokenType] is not { } subjectTokenType)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Grant.CredentialMissing, arguments: [OAuthNames.Parameters.SubjectTokenType]));
        if (subjectTokenType != OAuthNames.TokenTypes.ApiKey)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.ApiKey.SubjectTokenTypeUnsupported));
        if (parameters[OAuthNames.Parameters.ActorToken] is not null || parameters[OAuthNames.Parameters.ActorTokenType] is not null)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.ApiKey.ActorTokenUnsupported));
        if (parameters[OAuthNames.Parameters.RequestedTokenType] is { } requested && requested != OAuthNames.TokenTypes.AccessToken)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.ApiKey.RequestedTokenTypeUnsupported));
        // Note: ignoring audience would issue a token for more than was asked; resource (RFC 8707) is how to narrow it here.
        if (parameters[OAuthNames.Parameters.Audience] is not null)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.ApiKey.AudienceUnsupported));

        var check = await apiKeys.CheckAsync(context.TenantId, subjectToken, cancellationToken);
        if (check.Key is not { } key)
            return Refused(context, client, check.PublicId, OAuthError.From(ErrorCatalog.ApiKey.SubjectTokenInvalid, check.Refusal));

        var (scopes, scopeError) = ScopeRules.Grant(parameters[OAuthNames.Parameters.Scope], key.Scopes);
        if (scopeError is not null)
        {
            return Refused(context, client, key.PublicId, scopeError.Id == ErrorCatalog.Scope.NotAllowed.Id
                ? OAuthError.From(ErrorCatalog.ApiKey.ScopeWidened, scopeError.Description)
                : scopeError);
        }
        var (audiences, targetError) = ScopeRules.Audiences(parameters.All(OAuthNames.Parameters.Resource), client.Resources, (await tenants.ForAsync(client.TenantId, cancellationToken)).Issuer);
        if (targetError is not null)
            return Refused(context, client, key.PublicId, targetError);

        var user = key.UserId is { } userId ? await users.FindByIdAsync(context.TenantId, userId, cancellationToken) : null;
        var token = await issuer.IssueAsync(client, key.Subject, scopes!, audiences!, cancellationToken, user: user, notAfter: key.ExpiresAt);
        audit.Record(context.TenantId, "api_key_exchanged", "success", client.ClientId, key.UserId?.ToString(), context.IpAddress,
            new { api_key = key.PublicId, owner_client_id = key.ClientId, scopes, jti = token.Description.JwtId });
        WardenMetrics.RecordTokenIssued(GrantType);
        return new TokenResult(new TokenResponse(token.Value, "Bearer",
            (long)(token.Description.ExpiresAt - token.Description.IssuedAt).TotalSeconds,
            scopes!.Count > 0 ? string.Join(' ', scopes!) : null)
        {
            IssuedTokenType = OAuthNames.TokenTypes.AccessToken,
        }, null);
    }

    private TokenResult Refused(RequestContext context, Client client, string? publicId, OAuthError error)
    {
        audit.Record(context.TenantId, "api_key_refused", "failure", client.ClientId, null, context.IpAddress,
            new { api_key = publicId, error_id = error.Id, detail = error.Detail });
        return TokenResult.Failed(error);
    }
}

using Warden.Core.Tenants;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Operations;
using Warden.Core.Protocol;
using Warden.Core.Tokens;

namespace Warden.Core.Grants;

/// <summary>RFC 6749 §4.4: a confidential client obtains a token for itself.</summary>
public sealed class ClientCredentialsGrant(AccessTokenIssuer issuer, AuditTrail audit, TenantDirectory tenants) : IGrantHandler
{
    public string GrantType => OAuthNames.GrantTypes.ClientCredentials;

    public async Task<TokenResult> HandleAsync(RegisteredClient registered, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken)
    {
        var client = registered.Client;
        if (client.Type != ClientType.Confidential)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Grant.ClientCredentialsForPublicClient));

        var (scopes, scopeError) = ScopeRules.Grant(parameters[OAuthNames.Parameters.Scope], client.Scopes);
        if (scopeError is not null)
            return TokenResult.Failed(scopeError);
        var (audiences, targetError) = ScopeRules.Audiences(parameters.All(OAuthNames.Parameters.Resource), client.Resources, (await tenants.ForAsync(client.TenantId, cancellationToken)).Issuer);
        if (targetError is not null)
            return TokenResult.Failed(targetError);

        var token = await issuer.IssueAsync(client, client.ClientId, scopes!, audiences!, cancellationToken);
        audit.RecordFrequent(context.TenantId, "token_issued", "success", client.ClientId, null, context.IpAddress,
            new { grant_type = GrantType, format = token.Description.Format == AccessTokenFormat.Jwt ? "jwt" : "reference" },
            token.Description.JwtId);
        WardenMetrics.RecordTokenIssued(GrantType);
        return new TokenResult(new TokenResponse(token.Value, "Bearer",
            (long)(token.Description.ExpiresAt - token.Description.IssuedAt).TotalSeconds,
            scopes!.Count > 0 ? string.Join(' ', scopes!) : null), null);
    }
}

using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Grants;

namespace Warden.Core.Protocol;

/// <summary>
/// The token endpoint's rules in order: no repeated parameters, authenticate the client, a supported grant type
/// that the tenant accepts and the client may use, then the grant itself.
/// </summary>
public sealed class TokenEndpointHandler(ClientAuthenticator authenticator, IEnumerable<IGrantHandler> grants, Tenants.TenantDirectory tenants)
{
    /// <summary>RFC 8707 lets resource repeat; every other parameter may appear once.</summary>
    private static readonly IReadOnlySet<string> Repeatable = new HashSet<string> { OAuthNames.Parameters.Resource };

    private readonly Dictionary<string, IGrantHandler> _grants = grants.ToDictionary(grant => grant.GrantType, StringComparer.Ordinal);

    public IReadOnlyCollection<string> GrantTypes => _grants.Keys;

    public async Task<TokenResult> HandleAsync(ProtocolParameters parameters, ClientCredentialsInput credentials, RequestContext context,
        CancellationToken cancellationToken)
    {
        if (parameters.FirstRepeated(Repeatable) is { } repeated)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Request.RepeatedParameter, arguments: [repeated]));

        var authentication = await authenticator.AuthenticateAsync(credentials, context, cancellationToken);
        if (authentication.Error is not null)
            return TokenResult.Failed(authentication.Error) with { ChallengeBasic = credentials.UsedBasic };

        var grantType = parameters[OAuthNames.Parameters.GrantType];
        if (grantType is null)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Token.GrantTypeMissing));
        if (!_grants.TryGetValue(grantType, out var grant) || !await TenantAcceptsAsync(context.TenantId, grantType, cancellationToken))
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Token.GrantTypeUnsupported, arguments: [Truncate(grantType)]));
        if (!authentication.Client!.Client.GrantTypes.Contains(grantType, StringComparer.Ordinal))
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Token.GrantTypeNotAllowed, arguments: [grantType]));

        return await grant.HandleAsync(authentication.Client, parameters, context, cancellationToken);
    }

    /// <summary>The default tenant follows the configuration; another may narrow the grant types to some of them.</summary>
    private async ValueTask<bool> TenantAcceptsAsync(string tenantId, string grantType, CancellationToken cancellationToken) =>
        tenantId == Tenants.Tenant.DefaultId || (await tenants.FindAsync(tenantId, cancellationToken))?.Tenant.Settings.Allows(grantType) == true;

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";
}

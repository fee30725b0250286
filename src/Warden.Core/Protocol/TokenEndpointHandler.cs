using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Grants;

namespace Warden.Core.Protocol;

/// <summary>
/// The token endpoint's rules in order: no repeated parameters, authenticate the client, a supported grant type
/// that the client may use, then the grant itself.
/// </summary>
public sealed class TokenEndpointHandler(ClientAuthenticator authenticator, IEnumerable<IGrantHandler> grants)
{
    /// <summary>RFC 8707 lets resource repeat; every other parameter may appear once.</summary>
    private static readonly IReadOnlySet<string> Repeatable = new HashSet<string> { "resource" };

    private readonly Dictionary<string, IGrantHandler> _grants = grants.ToDictionary(grant => grant.GrantType, StringComparer.Ordinal);

    public IReadOnlyCollection<string> GrantTypes => _grants.Keys;

    public async Task<TokenResult> HandleAsync(ProtocolParameters parameters, ClientCredentialsInput credentials, RequestContext context,
        CancellationToken cancellationToken)
    {
        if (parameters.FirstRepeated(Repeatable) is { } repeated)
            return TokenResult.Failed(OAuthError.InvalidRequest($"parameter '{repeated}' was sent more than once"));

        var authentication = await authenticator.AuthenticateAsync(credentials, context, cancellationToken);
        if (authentication.Error is not null)
            return TokenResult.Failed(authentication.Error) with { ChallengeBasic = credentials.UsedBasic };

        var grantType = parameters["grant_type"];
        if (grantType is null)
            return TokenResult.Failed(OAuthError.InvalidRequest("grant_type is required"));
        if (!_grants.TryGetValue(grantType, out var grant))
            return TokenResult.Failed(OAuthError.UnsupportedGrantType($"grant_type '{Truncate(grantType)}' is not supported"));
        if (!authentication.Client!.Client.GrantTypes.Contains(grantType, StringComparer.Ordinal))
            return TokenResult.Failed(OAuthError.UnauthorizedClient($"this client may not use {grantType}"));

        return await grant.HandleAsync(authentication.Client, parameters, context, cancellationToken);
    }

    private static string Truncate(string value) => value.Length <= 60 ? value : value[..60] + "…";
}

using Warden.Core.Clients;
using Warden.Core.Protocol;

namespace Warden.Core.Registration;

public enum RegistrationPolicy
{
    /// <summary>POST /register is refused.</summary>
    Disabled,

    /// <summary>Anyone may register a client (RFC 7591 §3).</summary>
    Open,

    /// <summary>Registering needs an initial access token created by an operator.</summary>
    InitialAccessToken,
}

/// <param name="RotateAccessToken">Issue a new registration access token on every update (RFC 7592 §2.2 allows it).</param>
/// <param name="RequestsPerHour">Registrations accepted per client address per hour.</param>
/// <param name="DefaultScopes">Scopes a client for people gets when it is registered or created without any (those defined).</param>
/// <remarks>
/// The allow-lists bound what a client that registers itself may become, whichever the policy (open or initial access
/// token): RFC 7591 §5 leaves it to the server, and RFC 9700 §2.5 asks for least privilege. They apply to registrations
/// and RFC 7592 updates alike; clients an operator creates (<c>warden clients create</c>, config.yaml) are not bound.
/// </remarks>
public sealed record RegistrationOptions(RegistrationPolicy Policy, bool RotateAccessToken, int RequestsPerHour, IReadOnlyList<string> DefaultScopes)
{
    /// <summary>The grant types of <see cref="AllowedGrantTypes"/> by default: the ones for people, not client_credentials.</summary>
    public static readonly IReadOnlyList<string> PeopleGrantTypes =
        [OAuthNames.GrantTypes.AuthorizationCode, OAuthNames.GrantTypes.RefreshToken, OAuthNames.GrantTypes.DeviceCode];

    /// <summary>The OpenID Connect standard scope names, the default of <see cref="AllowedScopes"/>.</summary>
    public static readonly IReadOnlyList<string> StandardScopes = Scopes.Scope.Standard.Select(scope => scope.Name).ToArray();

    /// <summary>
    /// <c>registration.allowed_grant_types</c>: the grant types a registered client may list. Default: authorization_code,
    /// refresh_token and the device grant; client_credentials (a token without a user) only when the operator lists it.
    /// </summary>
    public IReadOnlyList<string> AllowedGrantTypes { get; init; } = PeopleGrantTypes;

    /// <summary>
    /// <c>registration.allowed_scopes</c>: the scopes a registered client may list, besides the scopes marked
    /// <see cref="Scopes.Scope.Registrable"/>. Default: the OpenID Connect standard scopes.
    /// </summary>
    public IReadOnlyList<string> AllowedScopes { get; init; } = StandardScopes;

    /// <summary><c>registration.allowed_auth_methods</c>: the token_endpoint_auth_method values a registered client may choose. Default: all supported.</summary>
    public IReadOnlyList<string> AllowedAuthMethods { get; init; } = ClientAuthenticator.SupportedMethods;
}

namespace Warden.Core.Protocol;

/// <param name="Issuer">The issuer identifier, without trailing slash.</param>
/// <param name="AccessTokenLifetime">For clients that set none of their own.</param>
/// <param name="ClientCacheLifetime">How long an instance trusts its cached copy of a client and its secrets; changes made
/// by another process take at most this long to be seen.</param>
public sealed record OAuthServerOptions(string Issuer, TimeSpan AccessTokenLifetime, TimeSpan ClientCacheLifetime)
{
    public const string TokenPath = "/token";
    public const string IntrospectionPath = "/introspect";
    public const string RevocationPath = "/revoke";
    public const string JwksPath = "/.well-known/jwks.json";
    public const string AuthorizationPath = "/authorize";
    public const string UserInfoPath = "/userinfo";
    public const string EndSessionPath = "/end_session";
    public const string DeviceAuthorizationPath = "/device_authorization";
    public const string DeviceVerificationPath = "/device";
    public const string RegistrationPath = "/register";

    /// <summary>The longest access token lifetime a client may be given.</summary>
    public static readonly TimeSpan MaxAccessTokenLifetime = TimeSpan.FromHours(24);

    public string TokenEndpoint => Issuer + TokenPath;
    public string IntrospectionEndpoint => Issuer + IntrospectionPath;
    public string RevocationEndpoint => Issuer + RevocationPath;
    public string JwksUri => Issuer + JwksPath;
    public string AuthorizationEndpoint => Issuer + AuthorizationPath;
    public string UserInfoEndpoint => Issuer + UserInfoPath;
    public string EndSessionEndpoint => Issuer + EndSessionPath;
    public string DeviceAuthorizationEndpoint => Issuer + DeviceAuthorizationPath;
    public string DeviceVerificationUri => Issuer + DeviceVerificationPath;
    public string RegistrationEndpoint => Issuer + RegistrationPath;
}

namespace Warden.Core.IdentityProviders;

/// <summary>
/// The common providers' fixed parts, so that an operator gives only a name, a client id and a secret. Apple is not a
/// preset: its client secret is a JWT the relying party signs with its own ES256 key for every request, and it answers
/// with <c>response_mode=form_post</c> when name or email are asked for, neither of which this client does.
/// </summary>
public static class IdentityProviderPresets
{
    public const string Generic = "oidc";
    public const string GenericOAuth2 = "oauth2";

    /// <summary>Every preset name the CLI and config.yaml accept, generic ones included.</summary>
    public static IReadOnlyList<string> Names { get; } = [Generic, GenericOAuth2, "google", "microsoft", "github", "gitlab", "keycloak"];

    /// <summary>The preset's starting point (kind, display name, issuer or endpoints, scopes, mapping), or null for an unknown name.</summary>
    internal static IdentityProvider? Start(string preset, IdentityProviderSpecification given, string tenantId, DateTimeOffset now)
    {
        IdentityProvider Oidc(string displayName, string? issuer, IReadOnlyList<string>? scopes = null) => new()
        {
            TenantId = tenantId, Name = given.Name, DisplayName = displayName, Kind = IdentityProviderKind.OpenIdConnect, Preset = preset, Issuer = issuer,
            ClientId = "", Scopes = scopes ?? ["openid", "email", "profile"], CreatedAt = now, UpdatedAt = now,
        };

        return preset switch
        {
            Generic => Oidc(given.Name, given.Issuer) with { Preset = null },
            "google" => Oidc("Google", "https://accounts.google.com"),
            // A single directory's issuer: the multi-tenant endpoints (common, organizations) issue ID tokens whose iss names
            // each user's own directory, which a fixed issuer check cannot accept.
            "microsoft" => Oidc("Microsoft", given.DirectoryTenant is { Length: > 0 } directory
                ? $"https://login.microsoftonline.com/{Uri.EscapeDataString(directory)}/v2.0"
                : throw new InvalidIdentityProviderException("the microsoft preset needs --directory-tenant (the Entra ID tenant id or domain)")),
            "gitlab" => Oidc("GitLab", given.Issuer ?? "https://gitlab.com", ["openid", "email", "profile"]),
            // Keycloak's issuer is a realm's: https://host/realms/{realm}.
            "keycloak" => Oidc("Keycloak", given.Issuer ?? throw new InvalidIdentityProviderException("the keycloak preset needs --issuer (https://host/realms/REALM)")),
            GenericOAuth2 => new IdentityProvider
            {
                TenantId = tenantId, Name = given.Name, DisplayName = given.Name, Kind = IdentityProviderKind.OAuth2, Issuer = given.Issuer,
                ClientId = "", Scopes = [], CreatedAt = now, UpdatedAt = now,
            },
            // GitHub is OAuth 2.0 without OpenID Connect: /user gives a numeric id and the public email, which GitHub does not
            // say is verified, so a GitHub account never links by email.
            "github" => new IdentityProvider
            {
                TenantId = tenantId, Name = given.Name, DisplayName = "GitHub", Kind = IdentityProviderKind.OAuth2, Preset = preset,
                Issuer = "https://github.com", AuthorizationEndpoint = "https://github.com/login/oauth/authorize",
                TokenEndpoint = "https://github.com/login/oauth/access_token", UserInfoEndpoint = "https://api.github.com/user",
                TokenEndpointAuthMethod = "client_secret_post", ClientId = "", Scopes = ["read:user", "user:email"],
                Claims = new ClaimMapping { Subject = "id", Email = "email", EmailVerified = null, Name = "name", Username = "login", Picture = "avatar_url" },
                CreatedAt = now, UpdatedAt = now,
            },
            _ => null,
        };
    }
}

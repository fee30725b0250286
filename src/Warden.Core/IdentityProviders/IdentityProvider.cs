namespace Warden.Core.IdentityProviders;

/// <summary>How Warden talks to an upstream provider.</summary>
public enum IdentityProviderKind
{
    /// <summary>OpenID Connect: endpoints from the issuer's discovery document, identity from a validated ID token.</summary>
    OpenIdConnect,

    /// <summary>Plain OAuth 2.0: explicit endpoints, identity from the userinfo endpoint through <see cref="ClaimMapping"/>.</summary>
    OAuth2,
}

/// <summary>What happens when someone signs in with an upstream account that is not linked to a local user yet.</summary>
public enum LinkPolicy
{
    /// <summary>A local user is created just in time and linked (the default).</summary>
    CreateUser,

    /// <summary>
    /// Linked to the local user with the same email address when the provider asserts that address verified (and the
    /// local address is verified too); otherwise a local user is created as with <see cref="CreateUser"/>.
    /// </summary>
    LinkVerifiedEmail,

    /// <summary>Refused: the person signs in locally first and links the account from the account page.</summary>
    AccountPage,
}

/// <summary>Where the provider's definition comes from, which decides who may change it.</summary>
public enum IdentityProviderSource
{
    /// <summary>Stored in the database by <c>warden providers add</c>: every instance sees it; the CLI changes it.</summary>
    Database,

    /// <summary>Declared in config.yaml (<c>identity_providers:</c>): read-only for the CLI; change the file.</summary>
    Configuration,
}

/// <summary>
/// The names of the upstream's claims (or, for OAuth 2.0, the userinfo JSON members) that become the local profile.
/// A member holding a number (GitHub's <c>id</c>) is read as its text.
/// </summary>
public sealed record ClaimMapping
{
    public string Subject { get; init; } = "sub";
    public string Email { get; init; } = "email";

    /// <summary>The claim saying the email was verified; null when the provider never asserts it (the email is then unverified).</summary>
    public string? EmailVerified { get; init; } = "email_verified";
    public string Name { get; init; } = "name";

    /// <summary>The claim proposed as the local username of a user created just in time.</summary>
    public string Username { get; init; } = "preferred_username";
    public string Picture { get; init; } = "picture";

    public static ClaimMapping OpenIdConnect { get; } = new();
}

/// <summary>
/// An upstream identity provider people may sign in with. The client secret is held encrypted under the master key
/// (<see cref="Security.KeyProtector"/>), as signing keys are, in the database and in memory alike.
/// </summary>
public sealed record IdentityProvider
{
    public required string TenantId { get; init; }

    /// <summary>The name in URLs and commands (<c>/login/external/{Name}</c>): lowercase letters, digits and hyphens.</summary>
    public required string Name { get; init; }

    /// <summary>What the button says after "Continue with".</summary>
    public required string DisplayName { get; init; }
    public required IdentityProviderKind Kind { get; init; }

    /// <summary>The preset the definition started from (google, microsoft, github, gitlab, keycloak), or null.</summary>
    public string? Preset { get; init; }

    /// <summary>The upstream's issuer identifier; for OpenID Connect the base of discovery and the expected <c>iss</c>.</summary>
    public string? Issuer { get; init; }

    /// <summary>Explicit endpoints (OAuth 2.0); for OpenID Connect they override what discovery says when set.</summary>
    public string? AuthorizationEndpoint { get; init; }
    public string? TokenEndpoint { get; init; }
    public string? UserInfoEndpoint { get; init; }
    public required string ClientId { get; init; }

    /// <summary>The client secret encrypted with <see cref="Security.KeyProtector"/>; null for a public client (PKCE only).</summary>
    public byte[]? EncryptedClientSecret { get; init; }

    /// <summary><c>client_secret_basic</c> (the default) or <c>client_secret_post</c>.</summary>
    public string TokenEndpointAuthMethod { get; init; } = "client_secret_basic";
    public required IReadOnlyList<string> Scopes { get; init; }
    public ClaimMapping Claims { get; init; } = ClaimMapping.OpenIdConnect;
    public LinkPolicy LinkPolicy { get; init; } = LinkPolicy.CreateUser;

    /// <summary>Whether the sign-in page shows "Continue with …" (a hidden provider can still be linked from the account page).</summary>
    public bool ShowButton { get; init; } = true;

    /// <summary>Whether the upstream's tokens are kept (encrypted) with the linked account; off by default.</summary>
    public bool StoreTokens { get; init; }
    public IdentityProviderSource Source { get; init; } = IdentityProviderSource.Database;
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public bool Equals(IdentityProvider? other) =>
        other is not null && TenantId == other.TenantId && Name == other.Name && DisplayName == other.DisplayName && Kind == other.Kind
        && Preset == other.Preset && Issuer == other.Issuer && AuthorizationEndpoint == other.AuthorizationEndpoint
        && TokenEndpoint == other.TokenEndpoint && UserInfoEndpoint == other.UserInfoEndpoint && ClientId == other.ClientId
        && (EncryptedClientSecret ?? []).AsSpan().SequenceEqual(other.EncryptedClientSecret ?? [])
        && TokenEndpointAuthMethod == other.TokenEndpointAuthMethod && Scopes.SequenceEqual(other.Scopes) && Claims == other.Claims
        && LinkPolicy == other.LinkPolicy && ShowButton == other.ShowButton && StoreTokens == other.StoreTokens && Source == other.Source
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, Name);
}

/// <summary>How the enumerations and the claim mapping are spelled in the database, config.yaml and the CLI.</summary>
public static class IdentityProviderText
{
    public static string Kind(IdentityProviderKind kind) => kind == IdentityProviderKind.OAuth2 ? "oauth2" : "oidc";

    public static IdentityProviderKind? ReadKind(string text) => text switch
    {
        "oidc" => IdentityProviderKind.OpenIdConnect,
        "oauth2" => IdentityProviderKind.OAuth2,
        _ => null,
    };

    public static string Policy(LinkPolicy policy) => policy switch
    {
        LinkPolicy.LinkVerifiedEmail => "link_verified_email",
        LinkPolicy.AccountPage => "account_page",
        _ => "create",
    };

    public static LinkPolicy? ReadPolicy(string text) => text switch
    {
        "create" => LinkPolicy.CreateUser,
        "link_verified_email" => LinkPolicy.LinkVerifiedEmail,
        "account_page" => LinkPolicy.AccountPage,
        _ => null,
    };

    /// <summary>The mapping as a JSON object with the members subject, email, email_verified, name, username and picture.</summary>
    public static string Mapping(ClaimMapping mapping) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["subject"] = mapping.Subject, ["email"] = mapping.Email, ["email_verified"] = mapping.EmailVerified, ["name"] = mapping.Name,
        ["username"] = mapping.Username, ["picture"] = mapping.Picture,
    });

    /// <summary>Reads <see cref="Mapping(ClaimMapping)"/>'s JSON; a member left out keeps the OpenID Connect name.</summary>
    public static ClaimMapping ReadMapping(string json)
    {
        var members = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string?>>(json) ?? [];
        var defaults = ClaimMapping.OpenIdConnect;
        return new ClaimMapping
        {
            Subject = members.GetValueOrDefault("subject") ?? defaults.Subject,
            Email = members.GetValueOrDefault("email") ?? defaults.Email,
            EmailVerified = members.TryGetValue("email_verified", out var verified) ? verified : defaults.EmailVerified,
            Name = members.GetValueOrDefault("name") ?? defaults.Name,
            Username = members.GetValueOrDefault("username") ?? defaults.Username,
            Picture = members.GetValueOrDefault("picture") ?? defaults.Picture,
        };
    }
}

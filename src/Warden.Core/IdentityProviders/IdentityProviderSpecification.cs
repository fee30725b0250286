namespace Warden.Core.IdentityProviders;

/// <summary>
/// What an operator gives for a provider (<c>warden providers add|update</c> or an <c>identity_providers:</c> entry); a
/// null member is not given: at creation it takes the preset's or the default value, at an update it keeps the stored one.
/// A class rather than a record so that no generated ToString can print the client secret.
/// </summary>
public sealed class IdentityProviderSpecification
{
    public required string Name { get; init; }
    public string? DisplayName { get; init; }

    /// <summary>google, microsoft, github, gitlab, keycloak, or oidc / oauth2 for a generic provider.</summary>
    public string? Preset { get; init; }
    public string? Issuer { get; init; }

    /// <summary>The Microsoft Entra ID tenant (a GUID or domain) the microsoft preset builds its issuer from.</summary>
    public string? DirectoryTenant { get; init; }
    public string? AuthorizationEndpoint { get; init; }
    public string? TokenEndpoint { get; init; }
    public string? UserInfoEndpoint { get; init; }
    public string? ClientId { get; init; }

    /// <summary>The plaintext secret, encrypted before it is stored; never printed.</summary>
    public string? ClientSecret { get; init; }
    public string? TokenEndpointAuthMethod { get; init; }
    public IReadOnlyList<string>? Scopes { get; init; }
    public ClaimMapping? Claims { get; init; }
    public LinkPolicy? LinkPolicy { get; init; }
    public bool? ShowButton { get; init; }
    public bool? StoreTokens { get; init; }

    public override string ToString() => $"identity provider {Name}";
}

/// <summary>A provider definition that breaks a rule; the message names the field and is safe to print (no secret in it).</summary>
public sealed class InvalidIdentityProviderException(string message) : Exception(message);

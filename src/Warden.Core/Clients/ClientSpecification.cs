namespace Warden.Core.Clients;

/// <summary>What an operator (or a registration request) asks a client to be; validated by <see cref="ClientAdministration"/>.</summary>
public sealed record ClientSpecification
{
    public required string Name { get; init; }
    public ClientType Type { get; init; } = ClientType.Confidential;
    public IReadOnlyList<string> GrantTypes { get; init; } = [Protocol.OAuthNames.GrantTypes.ClientCredentials];
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public IReadOnlyList<string> RedirectUris { get; init; } = [];
    public IReadOnlyList<string> PostLogoutRedirectUris { get; init; } = [];
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>Null: client_secret_basic for confidential clients, none for public ones.</summary>
    public string? TokenEndpointAuthMethod { get; init; }

    public AccessTokenFormat AccessTokenFormat { get; init; } = AccessTokenFormat.Jwt;
    public TimeSpan? AccessTokenLifetime { get; init; }
    public string? SigningAlgorithm { get; init; }
    public string? Jwks { get; init; }
    public string? JwksUri { get; init; }
    public bool FirstParty { get; init; }

    /// <summary>See <see cref="Client.IntrospectAll"/>: set by an operator (CLI or config.yaml), never by RFC 7591 registration.</summary>
    public bool IntrospectAll { get; init; }

    public string Origin { get; init; } = ClientOrigins.Cli;
    public string? RegistrationMetadata { get; init; }

    public static ClientSpecification From(Client client) => new()
    {
        Name = client.Name, Type = client.Type, GrantTypes = client.GrantTypes, Scopes = client.Scopes, RedirectUris = client.RedirectUris,
        PostLogoutRedirectUris = client.PostLogoutRedirectUris, Resources = client.Resources,
        TokenEndpointAuthMethod = client.TokenEndpointAuthMethod, AccessTokenFormat = client.AccessTokenFormat,
        AccessTokenLifetime = client.AccessTokenLifetime, SigningAlgorithm = client.SigningAlgorithm, Jwks = client.Jwks,
        JwksUri = client.JwksUri, FirstParty = client.FirstParty, IntrospectAll = client.IntrospectAll, Origin = client.Origin, RegistrationMetadata = client.RegistrationMetadata,
    };
}

/// <summary>A client specification that breaks a rule; the message says which, in one line.</summary>
public sealed class InvalidClientSpecificationException(string message) : Exception(message);

namespace Warden.Core.Clients;

/// <summary>A registered OAuth client. Secrets are not part of this record: they live hashed in their own store.</summary>
public sealed record Client
{
    /// <summary>The longest client_id there can be; every endpoint refuses a longer one before any lookup.</summary>
    public const int MaxIdLength = 200;

    /// <summary>Whether <paramref name="clientId"/> could name a client: 1 to <see cref="MaxIdLength"/> printable ASCII characters.</summary>
    public static bool IsValidId(string clientId) => clientId.Length is > 0 and <= MaxIdLength && clientId.All(c => c is > ' ' and < '\x7f');

    public required string TenantId { get; init; }
    public required string ClientId { get; init; }
    public required string Name { get; init; }
    public ClientType Type { get; init; } = ClientType.Confidential;
    public IReadOnlyList<string> RedirectUris { get; init; } = [];
    public IReadOnlyList<string> PostLogoutRedirectUris { get; init; } = [];
    public IReadOnlyList<string> GrantTypes { get; init; } = [];
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public string TokenEndpointAuthMethod { get; init; } = Protocol.OAuthNames.ClientAuthenticationMethods.SecretBasic;
    public bool FirstParty { get; init; }

    /// <summary>
    /// A resource server that may introspect every token of the tenant. Without it a client may introspect only tokens
    /// issued to it or whose audience names it (RFC 7662 §4). Set by an operator only, never by RFC 7591 registration.
    /// </summary>
    public bool IntrospectAll { get; init; }

    /// <summary>Self-contained signed JWTs, or opaque reference tokens checked by introspection.</summary>
    public AccessTokenFormat AccessTokenFormat { get; init; } = AccessTokenFormat.Jwt;

    /// <summary>Null: the server's default lifetime.</summary>
    public TimeSpan? AccessTokenLifetime { get; init; }

    /// <summary>JWS algorithm for this client's access tokens (ES256 or RS256); null: the server's default.</summary>
    public string? SigningAlgorithm { get; init; }

    /// <summary>RFC 8707 resource indicators this client may request tokens for; empty: only the default audience.</summary>
    public IReadOnlyList<string> Resources { get; init; } = [];

    /// <summary>The client's public keys as a JWK Set (JSON), for private_key_jwt; exclusive with <see cref="JwksUri"/>.</summary>
    public string? Jwks { get; init; }

    /// <summary>Where the client publishes its JWK Set, for private_key_jwt; exclusive with <see cref="Jwks"/>.</summary>
    public string? JwksUri { get; init; }

    /// <summary>How the client came to exist: <see cref="ClientOrigins.Cli"/> (an operator) or <see cref="ClientOrigins.Registration"/> (RFC 7591).</summary>
    public string Origin { get; init; } = ClientOrigins.Cli;

    /// <summary>
    /// RFC 7591 metadata kept for a dynamically registered client and returned on reads (client_uri, logo_uri, contacts,
    /// tos_uri, policy_uri, software_id, software_version), as a JSON object; null when there is none.
    /// </summary>
    public string? RegistrationMetadata { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Value equality including the list members, so round-trip tests can compare whole records.</summary>
    public bool Equals(Client? other) =>
        other is not null
        && TenantId == other.TenantId && ClientId == other.ClientId && Name == other.Name && Type == other.Type
        && RedirectUris.SequenceEqual(other.RedirectUris)
        && PostLogoutRedirectUris.SequenceEqual(other.PostLogoutRedirectUris)
        && GrantTypes.SequenceEqual(other.GrantTypes) && Scopes.SequenceEqual(other.Scopes)
        && TokenEndpointAuthMethod == other.TokenEndpointAuthMethod && FirstParty == other.FirstParty && IntrospectAll == other.IntrospectAll
        && AccessTokenFormat == other.AccessTokenFormat && AccessTokenLifetime == other.AccessTokenLifetime
        && SigningAlgorithm == other.SigningAlgorithm && Resources.SequenceEqual(other.Resources)
        && Jwks == other.Jwks && JwksUri == other.JwksUri
        && Origin == other.Origin && RegistrationMetadata == other.RegistrationMetadata
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, ClientId);
}

/// <summary>The values of <see cref="Client.Origin"/>.</summary>
public static class ClientOrigins
{
    public const string Cli = "cli";
    public const string Registration = "registration";
}

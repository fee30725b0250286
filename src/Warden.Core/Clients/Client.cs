namespace Warden.Core.Clients;

/// <summary>A registered OAuth client. Secrets are not part of this record: they live hashed in their own store.</summary>
public sealed record Client
{
    public required string TenantId { get; init; }
    public required string ClientId { get; init; }
    public required string Name { get; init; }
    public ClientType Type { get; init; } = ClientType.Confidential;
    public IReadOnlyList<string> RedirectUris { get; init; } = [];
    public IReadOnlyList<string> PostLogoutRedirectUris { get; init; } = [];
    public IReadOnlyList<string> GrantTypes { get; init; } = [];
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public string TokenEndpointAuthMethod { get; init; } = "client_secret_basic";
    public bool FirstParty { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Value equality including the list members, so round-trip tests can compare whole records.</summary>
    public bool Equals(Client? other) =>
        other is not null
        && TenantId == other.TenantId && ClientId == other.ClientId && Name == other.Name && Type == other.Type
        && RedirectUris.SequenceEqual(other.RedirectUris)
        && PostLogoutRedirectUris.SequenceEqual(other.PostLogoutRedirectUris)
        && GrantTypes.SequenceEqual(other.GrantTypes) && Scopes.SequenceEqual(other.Scopes)
        && TokenEndpointAuthMethod == other.TokenEndpointAuthMethod && FirstParty == other.FirstParty
        && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, ClientId);
}

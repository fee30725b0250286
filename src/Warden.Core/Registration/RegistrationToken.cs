namespace Warden.Core.Registration;

public enum RegistrationTokenKind
{
    /// <summary>Allows registering a client (RFC 7591 §3: the initial access token), created by an operator.</summary>
    InitialAccess,

    /// <summary>Allows reading, replacing and deleting one client's registration (RFC 7592 §3).</summary>
    RegistrationAccess,
}

/// <summary>
/// A bearer token of dynamic client registration as stored: only its keyed hash. Initial access tokens may be single
/// use and may expire; a registration access token belongs to one client and ends with it.
/// </summary>
public sealed record RegistrationToken
{
    public required string TenantId { get; init; }
    public required Guid Id { get; init; }
    public required byte[] Hash { get; init; }
    public required RegistrationTokenKind Kind { get; init; }

    /// <summary>The client a registration access token manages; null for initial access tokens.</summary>
    public string? ClientId { get; init; }

    public bool SingleUse { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the token was last used (for a single-use token: when it was used up).</summary>
    public DateTimeOffset? UsedAt { get; init; }

    public bool Equals(RegistrationToken? other) =>
        other is not null && TenantId == other.TenantId && Id == other.Id && Hash.AsSpan().SequenceEqual(other.Hash) && Kind == other.Kind
        && ClientId == other.ClientId && SingleUse == other.SingleUse && ExpiresAt == other.ExpiresAt && CreatedAt == other.CreatedAt
        && UsedAt == other.UsedAt;

    public override int GetHashCode() => Id.GetHashCode();
}

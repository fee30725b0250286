namespace Warden.Core.Clients;

/// <summary>
/// One secret of a client, kept only as a keyed hash. A client may hold several so that a secret can be rotated
/// without downtime: the new one works at once, the old one until it expires.
/// </summary>
public sealed record ClientSecret(
    string TenantId,
    string ClientId,
    Guid Id,
    byte[] Hash,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt)
{
    public bool IsValidAt(DateTimeOffset now) => ExpiresAt is null || ExpiresAt > now;

    public bool Equals(ClientSecret? other) =>
        other is not null && TenantId == other.TenantId && ClientId == other.ClientId && Id == other.Id
        && Hash.AsSpan().SequenceEqual(other.Hash) && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt;

    public override int GetHashCode() => Id.GetHashCode();
}

namespace Warden.Core.Tokens;

/// <summary>
/// A refresh token as stored: the keyed hash, the grant it continues, and its family (every token descended from
/// one authorization), so that presenting a rotated-away token can end the whole family (RFC 9700 §4.14.2).
/// </summary>
public sealed record RefreshToken
{
    public required string TenantId { get; init; }
    public required byte[] Hash { get; init; }
    public required Guid Id { get; init; }
    public required Guid FamilyId { get; init; }
    public required string ClientId { get; init; }
    public required Guid UserId { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public string? SessionId { get; init; }
    public required DateTimeOffset AuthTime { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ConsumedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public bool Equals(RefreshToken? other) =>
        other is not null && TenantId == other.TenantId && Hash.AsSpan().SequenceEqual(other.Hash) && Id == other.Id && FamilyId == other.FamilyId
        && ClientId == other.ClientId && UserId == other.UserId && Scopes.SequenceEqual(other.Scopes) && SessionId == other.SessionId
        && AuthTime == other.AuthTime && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt && ConsumedAt == other.ConsumedAt
        && RevokedAt == other.RevokedAt;

    public override int GetHashCode() => Id.GetHashCode();
}

/// <summary>Refresh tokens, found by the hash of the token.</summary>
public interface IRefreshTokenStore
{
    /// <summary>Throws <see cref="Storage.DuplicateEntityException"/> for a known hash or id, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task CreateAsync(RefreshToken token, CancellationToken cancellationToken = default);

    /// <summary>The token in whatever state, or null.</summary>
    Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the token consumed (rotated away) at <paramref name="now"/> atomically and returns it, only when this call
    /// consumed it and it was not revoked: null otherwise. Of concurrent callers exactly one wins. Expiry is the caller's rule.
    /// </summary>
    Task<RefreshToken?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Revokes every not-yet-revoked token of the family; returns how many.</summary>
    Task<int> RevokeFamilyAsync(string tenantId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken = default);
}

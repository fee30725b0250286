namespace Warden.Core.ApiKeys;

/// <summary>
/// A long-lived credential of one tenant, as stored: its public id (the visible part of the key), a name, the keyed hash
/// of the whole key (never the key), its owner (a user or a client of the tenant, exactly one), its scopes and its times.
/// </summary>
public sealed record ApiKey
{
    public required string TenantId { get; init; }

    /// <summary>The key's public part (<see cref="ApiKeyFormat.PublicIdLength"/> lowercase hex digits): how operators and the API name it.</summary>
    public required string PublicId { get; init; }

    public required string Name { get; init; }

    /// <summary>HMAC-SHA256 of the whole key under the master key's secret-hashing subkey (<see cref="Security.SecretHasher"/>).</summary>
    public required byte[] SecretHash { get; init; }

    /// <summary>The user the key acts for; null when a client owns it.</summary>
    public Guid? UserId { get; init; }

    /// <summary>The client the key acts for; null when a user owns it.</summary>
    public string? ClientId { get; init; }

    public required IReadOnlyList<string> Scopes { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Null when the key never expires (only where the tenant's policy allows it).</summary>
    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>The latest use written so far; uses are written in batches, so this may lag by the flush interval.</summary>
    public DateTimeOffset? LastUsedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    /// <summary>The token subject of what the key does: the user's id, or the client's id.</summary>
    public string Subject => UserId?.ToString() ?? ClientId!;

    /// <summary>Not revoked and not expired at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);

    public bool Equals(ApiKey? other) =>
        other is not null && TenantId == other.TenantId && PublicId == other.PublicId && Name == other.Name
        && SecretHash.AsSpan().SequenceEqual(other.SecretHash) && UserId == other.UserId && ClientId == other.ClientId
        && Scopes.SequenceEqual(other.Scopes) && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt
        && LastUsedAt == other.LastUsedAt && RevokedAt == other.RevokedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, PublicId);
}

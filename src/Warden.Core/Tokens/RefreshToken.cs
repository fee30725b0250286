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
    /// <summary>The token this one replaced by rotation; null for the first token of a family and for rows older than migration 0014.</summary>
    public Guid? ParentId { get; init; }
    public required string ClientId { get; init; }
    public required Guid UserId { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    /// <summary>The public identifier (<c>sid</c>) of the sign-in session that granted it; null for device grants and older rows.</summary>
    public string? SessionId { get; init; }
    /// <summary>The user's <see cref="Users.User.SecurityStamp"/> when the grant was made; a renewed stamp ends the grant.</summary>
    public required string SecurityStamp { get; init; }
    public required DateTimeOffset AuthTime { get; init; }
    /// <summary>How the person signed in to the session that made the grant; null for rows older than migration 0017 (a password).</summary>
    public Sessions.SignInEvidence? Evidence { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ConsumedAt { get; init; }
    public DateTimeOffset? RevokedAt { get; init; }

    public bool Equals(RefreshToken? other) =>
        other is not null && TenantId == other.TenantId && Hash.AsSpan().SequenceEqual(other.Hash) && Id == other.Id && FamilyId == other.FamilyId
        && ParentId == other.ParentId
        && ClientId == other.ClientId && UserId == other.UserId && Scopes.SequenceEqual(other.Scopes) && SessionId == other.SessionId
        && SecurityStamp == other.SecurityStamp
        && AuthTime == other.AuthTime && Equals(Evidence, other.Evidence) && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt && ConsumedAt == other.ConsumedAt
        && RevokedAt == other.RevokedAt;

    public override int GetHashCode() => Id.GetHashCode();
}

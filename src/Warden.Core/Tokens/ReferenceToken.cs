namespace Warden.Core.Tokens;

/// <summary>
/// An opaque access token as stored: only the keyed hash of the handle, never the handle itself. A token issued for a
/// person carries the user and the user's security stamp at issue; once the stamp is renewed (password changed or
/// reset, user deactivated) the token is no longer active.
/// </summary>
public sealed record ReferenceToken(
    string TenantId,
    byte[] Hash,
    string ClientId,
    string Subject,
    IReadOnlyList<string> Scopes,
    IReadOnlyList<string> Audiences,
    string JwtId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt)
{
    /// <summary>The user the token was issued for; null for a client's own token (client credentials).</summary>
    public Guid? UserId { get; init; }

    /// <summary>The user's <see cref="Users.User.SecurityStamp"/> when the token was issued; null without a user.</summary>
    public string? SecurityStamp { get; init; }

    /// <summary>
    /// Not stored: the user's security stamp now, which <see cref="IReferenceTokenStore.FindAsync"/> reads in the same
    /// statement as the token; null without a user or when the user no longer exists.
    /// </summary>
    public string? CurrentSecurityStamp { get; init; }

    /// <summary>True when the token was issued for a user whose stamp has since changed, or who no longer exists.</summary>
    public bool IsStale => UserId is not null && SecurityStamp != CurrentSecurityStamp;

    public bool Equals(ReferenceToken? other) =>
        other is not null && TenantId == other.TenantId && Hash.AsSpan().SequenceEqual(other.Hash) && ClientId == other.ClientId
        && Subject == other.Subject && Scopes.SequenceEqual(other.Scopes) && Audiences.SequenceEqual(other.Audiences)
        && JwtId == other.JwtId && IssuedAt == other.IssuedAt && ExpiresAt == other.ExpiresAt && RevokedAt == other.RevokedAt
        && UserId == other.UserId && SecurityStamp == other.SecurityStamp;

    public override int GetHashCode() => JwtId.GetHashCode();
}

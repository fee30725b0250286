namespace Warden.Core.Tokens;

/// <summary>
/// An opaque access token as stored: only the keyed hash of the handle, never the handle itself.
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
    public bool Equals(ReferenceToken? other) =>
        other is not null && TenantId == other.TenantId && Hash.AsSpan().SequenceEqual(other.Hash) && ClientId == other.ClientId
        && Subject == other.Subject && Scopes.SequenceEqual(other.Scopes) && Audiences.SequenceEqual(other.Audiences)
        && JwtId == other.JwtId && IssuedAt == other.IssuedAt && ExpiresAt == other.ExpiresAt && RevokedAt == other.RevokedAt;

    public override int GetHashCode() => JwtId.GetHashCode();
}

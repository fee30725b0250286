namespace Warden.Core.Keys;

/// <summary>
/// A token-signing key. The private part is stored only encrypted under the master key; the store never sees plaintext.
/// </summary>
/// <param name="ActivatesAt">From this moment the key may sign; before it, it is only published (so caches learn it first).</param>
/// <param name="RetiredAt">When it stopped signing, or null while it is current.</param>
/// <param name="ExpiresAt">When it leaves the JWKS because every token it signed has expired, or null while unknown.</param>
public sealed record SigningKey(
    string TenantId,
    string KeyId,
    string Algorithm,
    string PublicJwk,
    byte[] EncryptedPrivateKey,
    DateTimeOffset CreatedAt,
    DateTimeOffset ActivatesAt,
    DateTimeOffset? RetiredAt,
    DateTimeOffset? ExpiresAt)
{
    public bool Equals(SigningKey? other) =>
        other is not null
        && TenantId == other.TenantId && KeyId == other.KeyId && Algorithm == other.Algorithm
        && PublicJwk == other.PublicJwk && EncryptedPrivateKey.AsSpan().SequenceEqual(other.EncryptedPrivateKey)
        && CreatedAt == other.CreatedAt && ActivatesAt == other.ActivatesAt
        && RetiredAt == other.RetiredAt && ExpiresAt == other.ExpiresAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, KeyId);
}

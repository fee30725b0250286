namespace Warden.Core.Keys;

/// <summary>
/// Signing keys, unique by (tenant, key id). Shared by every instance using the same database, which is how
/// instances agree on the keys.
/// </summary>
public interface ISigningKeyStore
{
    /// <summary>
    /// Adds a key. Throws <see cref="Storage.DuplicateEntityException"/> when the key id is taken in this tenant,
    /// <see cref="Storage.MissingReferenceException"/> when the tenant does not exist.
    /// </summary>
    Task AddAsync(SigningKey key, CancellationToken cancellationToken = default);

    /// <summary>The key, or null.</summary>
    Task<SigningKey?> FindAsync(string tenantId, string keyId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The tenant's keys that have not expired at <paramref name="now"/> (expires_at null or later than now),
    /// ordered by activation time, newest first.
    /// </summary>
    Task<IReadOnlyList<SigningKey>> ListPublishedAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks a current key retired and sets when it leaves the JWKS. False when the key does not exist or is already retired.
    /// </summary>
    Task<bool> RetireAsync(string tenantId, string keyId, DateTimeOffset retiredAt, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Ends a compromised key at once: retired (if it was not) and expired at <paramref name="revokedAt"/>, so it leaves
    /// the JWKS and no longer verifies anything. False when the key does not exist or has already left the JWKS.
    /// </summary>
    Task<bool> RevokeAsync(string tenantId, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken = default);
}

namespace Warden.Core.Tokens;

/// <summary>Opaque access tokens, found by the hash of their handle.</summary>
public interface IReferenceTokenStore
{
    /// <summary>Stores a token. Throws <see cref="Storage.DuplicateEntityException"/> when the hash exists.</summary>
    Task CreateAsync(ReferenceToken token, CancellationToken cancellationToken = default);

    /// <summary>
    /// The token with this hash, whatever its state (expired or revoked included), or null. For a token with a user it
    /// also reports the user's current security stamp (<see cref="ReferenceToken.CurrentSecurityStamp"/>), read in the
    /// same statement.
    /// </summary>
    Task<ReferenceToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>Marks the token revoked at <paramref name="revokedAt"/>. False when unknown or already revoked.</summary>
    Task<bool> RevokeAsync(byte[] hash, DateTimeOffset revokedAt, CancellationToken cancellationToken = default);
}

namespace Warden.Core.Tokens;

/// <summary>What <see cref="IRefreshTokenStore.RotateAsync"/> did with a presented refresh token.</summary>
public enum RefreshRotationOutcome
{
    /// <summary>The token was live: it is consumed and the successor written.</summary>
    Rotated,

    /// <summary>
    /// The token was rotated away within the reuse grace window and its successor never used, so the client is taken to
    /// have lost the response: the unused successor is revoked and the new one written in its place.
    /// </summary>
    Retried,

    /// <summary>The token was rotated away before (outside the grace window, or its successor was used): the family is now revoked.</summary>
    Reused,

    /// <summary>The token or its family is revoked: nothing written.</summary>
    Revoked,

    /// <summary>
    /// The token's user is deleted or deactivated, or has a new security stamp since the grant (a password change or
    /// reset): the family is now revoked and no successor written.
    /// </summary>
    UserChanged,

    /// <summary>No token has the presented hash (any more): nothing written.</summary>
    NotFound,
}

/// <summary>
/// Refresh tokens, found by the hash of the token, and their families (every token descended from one authorization,
/// with the family's revocation). Only <see cref="RefreshTokenService"/> calls it.
/// </summary>
public interface IRefreshTokenStore
{
    /// <summary>
    /// Writes the token, one row: a family is recorded by its first rotation or revocation, and a family with no record
    /// is live. Throws <see cref="Storage.DuplicateEntityException"/> for a
    /// known hash or id, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.
    /// </summary>
    Task CreateAsync(RefreshToken token, CancellationToken cancellationToken = default);

    /// <summary>The token in whatever state, or null.</summary>
    Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction (one lock on memory), holding the family's row (recording the family when it has none yet):
    /// consumes <paramref name="presented"/> (by its hash, in its current stored state, not the state the caller read)
    /// and writes <paramref name="successor"/>, or decides it is a retry within <paramref name="reuseGrace"/>
    /// (<see cref="RefreshRotationOutcome.Retried"/>), or a reuse (and revokes the family), or refuses. The user's
    /// state is checked in the same transaction: a user no longer active with the token's security stamp revokes the
    /// family (<see cref="RefreshRotationOutcome.UserChanged"/>), so a deactivation or password change made anywhere
    /// takes effect at the next rotation. Of concurrent rotations of one token exactly one is
    /// <see cref="RefreshRotationOutcome.Rotated"/>; a zero grace turns retries off. Expiry is the caller's rule.
    /// </summary>
    Task<RefreshRotationOutcome> RotateAsync(RefreshToken presented, RefreshToken successor, DateTimeOffset now, TimeSpan reuseGrace,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the family revoked (recording it when no token of it was written yet, so a token written later is refused
    /// too) and every not-yet-revoked token of it; the family row is kept at least until <paramref name="keepUntil"/>.
    /// Returns how many tokens it revoked.
    /// </summary>
    Task<int> RevokeFamilyAsync(string tenantId, string clientId, Guid familyId, DateTimeOffset now, DateTimeOffset keepUntil,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Revokes, in one transaction, every not-yet-revoked family holding a token of the user (only those of
    /// <paramref name="clientId"/> when it is given) and every not-yet-revoked token of the user, as
    /// <see cref="RevokeFamilyAsync"/> does for one family. A family not recorded yet (not rotated since its first
    /// token) ends by its tokens. Returns how many families it ended: recorded ones revoked, or ones with a token revoked.
    /// </summary>
    Task<int> RevokeUserFamiliesAsync(string tenantId, Guid userId, string? clientId, DateTimeOffset now, CancellationToken cancellationToken = default);
}

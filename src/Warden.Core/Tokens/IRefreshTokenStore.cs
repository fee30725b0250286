namespace Warden.Core.Tokens;

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

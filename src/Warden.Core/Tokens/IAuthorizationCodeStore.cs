namespace Warden.Core.Tokens;

/// <summary>Authorization codes, found by the hash of the code.</summary>
public interface IAuthorizationCodeStore
{
    /// <summary>Throws <see cref="Storage.DuplicateEntityException"/> for a known hash, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task CreateAsync(AuthorizationCode code, CancellationToken cancellationToken = default);

    /// <summary>The code in whatever state (consumed and expired included), or null.</summary>
    Task<AuthorizationCode?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the code consumed at <paramref name="now"/> in one atomic step and returns it as it now is, only when this
    /// call consumed it: null when it is unknown or was already consumed. Of concurrent callers exactly one wins.
    /// Expiry is the caller's rule to check.
    /// </summary>
    Task<AuthorizationCode?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default);
}

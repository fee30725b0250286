namespace Warden.Core.Tokens;

/// <summary>
/// A code one call consumed, as it now is, and whether its user was at that moment still active with the code's
/// security stamp (read in the statement that consumed it, so a password change or deactivation on any instance counts).
/// </summary>
public sealed record CodeConsumption(AuthorizationCode Code, bool UserCurrent);

/// <summary>Authorization codes, found by the hash of the code.</summary>
public interface IAuthorizationCodeStore
{
    /// <summary>Throws <see cref="Storage.DuplicateEntityException"/> for a known hash, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task CreateAsync(AuthorizationCode code, CancellationToken cancellationToken = default);

    /// <summary>The code in whatever state (consumed and expired included), or null.</summary>
    Task<AuthorizationCode?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the code consumed at <paramref name="now"/> in one atomic step (one statement) and returns it as it now is
    /// with its user's state, only when this call consumed it: null when it is unknown or was already consumed. Of
    /// concurrent callers exactly one wins. Expiry is the caller's rule to check.
    /// </summary>
    Task<CodeConsumption?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default);
}

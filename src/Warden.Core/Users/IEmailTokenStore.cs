namespace Warden.Core.Users;

/// <summary>The links of sign-up verification and password reset, found by the hash of their secret.</summary>
public interface IEmailTokenStore
{
    /// <summary>
    /// Throws <see cref="Storage.DuplicateEntityException"/> for a known id or hash, <see cref="Storage.MissingReferenceException"/>
    /// for an unknown tenant or user. Deleting a user deletes their tokens.
    /// </summary>
    Task CreateAsync(EmailToken token, CancellationToken cancellationToken = default);

    /// <summary>The token with this hash in whatever state (used or expired included), or null.</summary>
    Task<EmailToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uses the token in one atomic step: the token, with <see cref="EmailToken.UsedAt"/> set to <paramref name="now"/>,
    /// when one with this hash and purpose exists, is unused and unexpired at <paramref name="now"/>; else null. Of
    /// concurrent callers exactly one gets the token.
    /// </summary>
    Task<EmailToken?> TryUseAsync(byte[] hash, EmailTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Marks every unused token of the user with this purpose used at <paramref name="now"/>; returns how many.</summary>
    Task<int> UseAllAsync(string tenantId, Guid userId, EmailTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken = default);
}

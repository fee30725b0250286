namespace Warden.Core.Users;

/// <summary>
/// User accounts. Lookups by username and email ignore the case of ASCII letters (as SQL lower() does without ICU;
/// usernames are ASCII anyway); another tenant's users are never returned.
/// </summary>
public interface IUserStore
{
    /// <summary>
    /// Adds a user. Throws <see cref="Storage.DuplicateEntityException"/> when the id, the username or the email
    /// (ignoring case) is taken in the tenant, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.
    /// </summary>
    Task CreateAsync(User user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds several users (of any tenants) atomically: either every one is added or, when any would break a rule of
    /// <see cref="CreateAsync"/> (a taken id, username or email, also between the users given; an unknown tenant), none
    /// is and the same exception is thrown. An empty list does nothing.
    /// </summary>
    Task CreateManyAsync(IReadOnlyList<User> users, CancellationToken cancellationToken = default);

    Task<User?> FindByIdAsync(string tenantId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>The user whose username equals <paramref name="username"/> ignoring case, or null.</summary>
    Task<User?> FindByUsernameAsync(string tenantId, string username, CancellationToken cancellationToken = default);

    /// <summary>The user whose email equals <paramref name="email"/> ignoring case, or null.</summary>
    Task<User?> FindByEmailAsync(string tenantId, string email, CancellationToken cancellationToken = default);

    /// <summary>The tenant's users ordered by username (ignoring case).</summary>
    Task<IReadOnlyList<User>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces every field but the keys and <see cref="User.CreatedAt"/>. False when the user does not exist; throws
    /// <see cref="Storage.DuplicateEntityException"/> when the new username or email is taken.
    /// </summary>
    Task<bool> UpdateAsync(User user, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts one failed password in one atomic step, so that concurrent failures never overwrite each other's count.
    /// While the account is locked at <paramref name="now"/> nothing changes and the result is null (null too for an
    /// unknown user). Otherwise the count goes up by one; when it reaches <paramref name="maxFailures"/> (0 never does)
    /// the account is locked until <paramref name="lockUntil"/> and the count starts again from 0. Sets
    /// <see cref="User.UpdatedAt"/> to <paramref name="now"/>.
    /// </summary>
    Task<FailedSignInCount?> RecordFailedSignInAsync(string tenantId, Guid id, int maxFailures, DateTimeOffset lockUntil, DateTimeOffset now,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// After a correct password: sets the failure count to 0 and clears a lock that has ended at <paramref name="now"/>,
    /// in one atomic step (a lock another request set meanwhile stays). False when there was nothing to clear.
    /// </summary>
    Task<bool> ClearFailedSignInsAsync(string tenantId, Guid id, DateTimeOffset now, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default);
}

/// <summary>An account's failure count after <see cref="IUserStore.RecordFailedSignInAsync"/>, and its lock if that failure locked it.</summary>
public sealed record FailedSignInCount(int FailedLoginCount, DateTimeOffset? LockedUntil);

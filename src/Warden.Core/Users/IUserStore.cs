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

    Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default);
}

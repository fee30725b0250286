namespace Warden.Core.ExternalLogins;

/// <summary>Linked upstream accounts (<c>external_logins</c>). Deleting a user deletes their links.</summary>
public interface IExternalLoginStore
{
    /// <summary>
    /// Throws <see cref="Storage.DuplicateEntityException"/> when the id is known or the provider and subject are linked
    /// already (to any user), <see cref="Storage.MissingReferenceException"/> for an unknown tenant or user.
    /// </summary>
    Task CreateAsync(ExternalLogin login, CancellationToken cancellationToken = default);

    /// <summary>The link of this upstream account, or null.</summary>
    Task<ExternalLogin?> FindAsync(string tenantId, string provider, string subject, CancellationToken cancellationToken = default);

    /// <summary>The user's links, oldest first.</summary>
    Task<IReadOnlyList<ExternalLogin>> ListByUserAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Records a sign-in through the link: its last use, and the (encrypted) tokens when given; false when the link is gone.</summary>
    Task<bool> RecordUseAsync(string tenantId, Guid id, DateTimeOffset usedAt, byte[]? encryptedTokens, CancellationToken cancellationToken = default);

    /// <summary>Deletes the link when it belongs to the user; false otherwise.</summary>
    Task<bool> DeleteAsync(string tenantId, Guid userId, Guid id, CancellationToken cancellationToken = default);
}

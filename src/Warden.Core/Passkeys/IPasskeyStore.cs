namespace Warden.Core.Passkeys;

/// <summary>The passkeys of users (<c>passkey_credentials</c>). Deleting a user deletes their passkeys.</summary>
public interface IPasskeyStore
{
    /// <summary>
    /// Throws <see cref="Storage.DuplicateEntityException"/> for a known id or a credential id already registered in the
    /// tenant, <see cref="Storage.MissingReferenceException"/> for an unknown tenant or user.
    /// </summary>
    Task CreateAsync(PasskeyCredential credential, CancellationToken cancellationToken = default);

    /// <summary>The passkey with this credential id in the tenant, or null.</summary>
    Task<PasskeyCredential?> FindByCredentialIdAsync(string tenantId, byte[] credentialId, CancellationToken cancellationToken = default);

    /// <summary>The user's passkeys, oldest first.</summary>
    Task<IReadOnlyList<PasskeyCredential>> ListAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>How many passkeys the user has.</summary>
    Task<int> CountAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Renames one of the user's passkeys; false when the user has none with this id.</summary>
    Task<bool> RenameAsync(string tenantId, Guid userId, Guid id, string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a successful assertion in one conditional update: the new counter, backup state and last-used time, only
    /// while the stored counter is still <paramref name="expectedSignCount"/>. False when the passkey is gone or another
    /// assertion with the same counter won (a replayed or cloned authenticator racing this one).
    /// </summary>
    Task<bool> RecordUseAsync(string tenantId, Guid id, long expectedSignCount, long signCount, bool backedUp, DateTimeOffset usedAt,
        CancellationToken cancellationToken = default);

    /// <summary>Deletes one of the user's passkeys; false when the user has none with this id.</summary>
    Task<bool> DeleteAsync(string tenantId, Guid userId, Guid id, CancellationToken cancellationToken = default);
}

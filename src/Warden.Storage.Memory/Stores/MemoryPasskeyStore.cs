using Warden.Core.Passkeys;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryPasskeyStore(MemoryState state) : IPasskeyStore
{
    public Task CreateAsync(PasskeyCredential credential, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(credential.TenantId);
            if (!state.Users.TryGetValue(credential.UserId, out var user) || user.TenantId != credential.TenantId)
                throw new MissingReferenceException($"user '{credential.UserId}' does not exist");
            if (state.Passkeys.ContainsKey(credential.Id) || Find(credential.TenantId, credential.CredentialId) is not null)
                throw new DuplicateEntityException("passkey", credential.Id.ToString());
            state.Passkeys[credential.Id] = credential with
            {
                CredentialId = credential.CredentialId.ToArray(), PublicKey = credential.PublicKey.ToArray(), Transports = credential.Transports.ToArray(),
                CreatedAt = StoredTime.Truncate(credential.CreatedAt), LastUsedAt = StoredTime.Truncate(credential.LastUsedAt),
            };
        }
        return Task.CompletedTask;
    }

    public Task<PasskeyCredential?> FindByCredentialIdAsync(string tenantId, byte[] credentialId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(Find(tenantId, credentialId));
    }

    public Task<IReadOnlyList<PasskeyCredential>> ListAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult<IReadOnlyList<PasskeyCredential>>(Of(tenantId, userId).OrderBy(passkey => passkey.CreatedAt).ThenBy(passkey => passkey.Id).ToList());
    }

    public Task<int> CountAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(Of(tenantId, userId).Count());
    }

    public Task<bool> RenameAsync(string tenantId, Guid userId, Guid id, string name, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Passkeys.TryGetValue(id, out var passkey) || passkey.TenantId != tenantId || passkey.UserId != userId)
                return Task.FromResult(false);
            state.Passkeys[id] = passkey with { Name = name };
            return Task.FromResult(true);
        }
    }

    public Task<bool> RecordUseAsync(string tenantId, Guid id, long expectedSignCount, long signCount, bool backedUp, DateTimeOffset usedAt,
        CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Passkeys.TryGetValue(id, out var passkey) || passkey.TenantId != tenantId || passkey.SignCount != expectedSignCount)
                return Task.FromResult(false);
            state.Passkeys[id] = passkey with { SignCount = signCount, BackedUp = backedUp, LastUsedAt = StoredTime.Truncate(usedAt) };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string tenantId, Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Passkeys.TryGetValue(id, out var passkey) || passkey.TenantId != tenantId || passkey.UserId != userId)
                return Task.FromResult(false);
            return Task.FromResult(state.Passkeys.Remove(id));
        }
    }

    /// <summary>Call while holding the lock.</summary>
    private PasskeyCredential? Find(string tenantId, byte[] credentialId) =>
        state.Passkeys.Values.FirstOrDefault(passkey => passkey.TenantId == tenantId && passkey.CredentialId.AsSpan().SequenceEqual(credentialId));

    private IEnumerable<PasskeyCredential> Of(string tenantId, Guid userId) =>
        state.Passkeys.Values.Where(passkey => passkey.TenantId == tenantId && passkey.UserId == userId);
}

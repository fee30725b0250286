using Warden.Core.ExternalLogins;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryExternalLoginStore(MemoryState state) : IExternalLoginStore
{
    public Task CreateAsync(ExternalLogin login, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(login.TenantId);
            if (!state.Users.ContainsKey(login.UserId))
                throw new MissingReferenceException($"user '{login.UserId}' does not exist");
            if (state.ExternalLogins.ContainsKey(login.Id) || Find(login.TenantId, login.Provider, login.Subject) is not null)
                throw new DuplicateEntityException("external login", $"{login.Provider}/{login.Subject}");
            state.ExternalLogins[login.Id] = login with
            {
                LinkedAt = StoredTime.Truncate(login.LinkedAt), LastUsedAt = StoredTime.Truncate(login.LastUsedAt),
                EncryptedTokens = login.EncryptedTokens?.ToArray(),
            };
        }
        return Task.CompletedTask;
    }

    public Task<ExternalLogin?> FindAsync(string tenantId, string provider, string subject, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(Find(tenantId, provider, subject));
    }

    public Task<IReadOnlyList<ExternalLogin>> ListByUserAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult<IReadOnlyList<ExternalLogin>>(state.ExternalLogins.Values
                .Where(login => login.TenantId == tenantId && login.UserId == userId).OrderBy(login => login.LinkedAt).ThenBy(login => login.Id).ToList());
    }

    public Task<bool> RecordUseAsync(string tenantId, Guid id, DateTimeOffset usedAt, byte[]? encryptedTokens, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.ExternalLogins.TryGetValue(id, out var login) || login.TenantId != tenantId)
                return Task.FromResult(false);
            state.ExternalLogins[id] = login with
            {
                LastUsedAt = StoredTime.Truncate(usedAt), EncryptedTokens = encryptedTokens?.ToArray() ?? login.EncryptedTokens,
            };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string tenantId, Guid userId, Guid id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.ExternalLogins.TryGetValue(id, out var login) || login.TenantId != tenantId || login.UserId != userId)
                return Task.FromResult(false);
            return Task.FromResult(state.ExternalLogins.Remove(id));
        }
    }

    /// <summary>Call while holding the lock.</summary>
    private ExternalLogin? Find(string tenantId, string provider, string subject) =>
        state.ExternalLogins.Values.FirstOrDefault(login => login.TenantId == tenantId && login.Provider == provider && login.Subject == subject);
}

using Warden.Core.Keys;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryDataProtectionKeyStore(MemoryState state) : IDataProtectionKeyStore
{
    public Task AddAsync(DataProtectionKey key, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(key.TenantId);
            state.DataProtectionKeys.TryAdd((key.TenantId, key.Name),
                key with { EncryptedXml = key.EncryptedXml.ToArray(), CreatedAt = StoredTime.Truncate(key.CreatedAt) });
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DataProtectionKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<DataProtectionKey>>(state.DataProtectionKeys.Values
                .Where(key => key.TenantId == tenantId)
                .OrderBy(key => key.CreatedAt).ThenBy(key => key.Name, StringComparer.Ordinal).ToList());
        }
    }
}

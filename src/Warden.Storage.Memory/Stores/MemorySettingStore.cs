using Warden.Core.Settings;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemorySettingStore(MemoryState state) : ISettingStore
{
    public Task<Setting?> FindAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Settings.GetValueOrDefault((tenantId, key)));
    }

    public Task<IReadOnlyList<Setting>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<Setting>>(state.Settings.Values.Where(setting => setting.TenantId == tenantId)
                .OrderBy(setting => setting.Key, StringComparer.Ordinal).ToList());
        }
    }

    public Task SetAsync(Setting setting, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(setting.TenantId);
            state.Settings[(setting.TenantId, setting.Key)] = Normalize(setting);
        }
        return Task.CompletedTask;
    }

    public Task<bool> AddIfAbsentAsync(Setting setting, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(setting.TenantId);
            return Task.FromResult(state.Settings.TryAdd((setting.TenantId, setting.Key), Normalize(setting)));
        }
    }

    public Task<bool> DeleteAsync(string tenantId, string key, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Settings.Remove((tenantId, key)));
    }

    private static Setting Normalize(Setting setting) => setting with { UpdatedAt = StoredTime.Truncate(setting.UpdatedAt) };
}

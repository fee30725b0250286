using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryTenantStore(MemoryState state) : ITenantStore
{
    public Task CreateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Tenants.TryAdd(tenant.Id, tenant with { CreatedAt = StoredTime.Truncate(tenant.CreatedAt) }))
                throw new DuplicateEntityException("tenant", tenant.Id);
        }
        return Task.CompletedTask;
    }

    public Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Tenants.GetValueOrDefault(id));
    }

    public Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult<IReadOnlyList<Tenant>>(state.Tenants.Values.OrderBy(t => t.Id, StringComparer.Ordinal).ToList());
    }
}

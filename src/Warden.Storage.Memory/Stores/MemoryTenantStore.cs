using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryTenantStore(MemoryState state) : ITenantStore
{
    public Task CreateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            RequireFreeHost(tenant);
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

    public Task<bool> UpdateAsync(Tenant tenant, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Tenants.TryGetValue(tenant.Id, out var stored))
                return Task.FromResult(false);
            RequireFreeHost(tenant);
            state.Tenants[tenant.Id] = tenant with { CreatedAt = stored.CreatedAt };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Tenants.ContainsKey(id))
                return Task.FromResult(false);
            state.RemoveTenant(id);
            return Task.FromResult(true);
        }
    }

    /// <summary>The unique index on tenants (host).</summary>
    private void RequireFreeHost(Tenant tenant)
    {
        if (tenant.Host is { } host && state.Tenants.Values.Any(other => other.Id != tenant.Id && other.Host == host))
            throw new DuplicateEntityException("tenant host", host);
    }
}

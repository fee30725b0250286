using Warden.Core.Scopes;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryScopeStore(MemoryState state) : IScopeStore
{
    public Task CreateAsync(Scope scope, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(scope.TenantId);
            if (!state.Scopes.TryAdd((scope.TenantId, scope.Name), Normalize(scope)))
                throw new DuplicateEntityException("scope", scope.Name);
        }
        return Task.CompletedTask;
    }

    public Task<Scope?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Scopes.GetValueOrDefault((tenantId, name)));
    }

    public Task<IReadOnlyList<Scope>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<Scope>>(state.Scopes.Values.Where(scope => scope.TenantId == tenantId)
                .OrderBy(scope => scope.Name, StringComparer.Ordinal).ToList());
        }
    }

    public Task<bool> UpdateAsync(Scope scope, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Scopes.TryGetValue((scope.TenantId, scope.Name), out var existing))
                return Task.FromResult(false);
            state.Scopes[(scope.TenantId, scope.Name)] = Normalize(scope) with { CreatedAt = existing.CreatedAt };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Scopes.Remove((tenantId, name)));
    }

    private static Scope Normalize(Scope scope) => scope with
    {
        Claims = scope.Claims.ToArray(),
        CreatedAt = StoredTime.Truncate(scope.CreatedAt),
        UpdatedAt = StoredTime.Truncate(scope.UpdatedAt),
    };
}

using Warden.Core.IdentityProviders;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryIdentityProviderStore(MemoryState state) : IIdentityProviderStore
{
    public Task<IReadOnlyList<IdentityProvider>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult<IReadOnlyList<IdentityProvider>>(state.IdentityProviders.Values.Where(provider => provider.TenantId == tenantId)
                .OrderBy(provider => provider.Name, StringComparer.Ordinal).ToList());
    }

    public Task<IdentityProvider?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.IdentityProviders.GetValueOrDefault((tenantId, name)));
    }

    public Task CreateAsync(IdentityProvider provider, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(provider.TenantId);
            if (state.IdentityProviders.ContainsKey((provider.TenantId, provider.Name)))
                throw new DuplicateEntityException("identity provider", provider.Name);
            state.IdentityProviders[(provider.TenantId, provider.Name)] = Normalize(provider);
        }
        return Task.CompletedTask;
    }

    public Task<bool> UpdateAsync(IdentityProvider provider, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.IdentityProviders.TryGetValue((provider.TenantId, provider.Name), out var stored))
                return Task.FromResult(false);
            state.IdentityProviders[(provider.TenantId, provider.Name)] = Normalize(provider with { CreatedAt = stored.CreatedAt });
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.IdentityProviders.Remove((tenantId, name)))
                return Task.FromResult(false);
            foreach (var login in state.ExternalLogins.Values.Where(login => login.TenantId == tenantId && login.Provider == name).ToList())
                state.ExternalLogins.Remove(login.Id);
            return Task.FromResult(true);
        }
    }

    private static IdentityProvider Normalize(IdentityProvider provider) => provider with
    {
        Scopes = provider.Scopes.ToArray(), EncryptedClientSecret = provider.EncryptedClientSecret?.ToArray(),
        Source = IdentityProviderSource.Database, CreatedAt = StoredTime.Truncate(provider.CreatedAt), UpdatedAt = StoredTime.Truncate(provider.UpdatedAt),
    };
}

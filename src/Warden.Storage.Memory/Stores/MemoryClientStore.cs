using Warden.Core.Clients;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryClientStore(MemoryState state) : IClientStore
{
    public Task CreateAsync(Client client, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(client.TenantId);
            if (!state.Clients.TryAdd((client.TenantId, client.ClientId), Normalize(client)))
                throw new DuplicateEntityException("client", client.ClientId);
        }
        return Task.CompletedTask;
    }

    public Task<Client?> FindAsync(string tenantId, string clientId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Clients.GetValueOrDefault((tenantId, clientId)));
    }

    public Task<IReadOnlyList<Client>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<Client>>(state.Clients.Values
                .Where(client => client.TenantId == tenantId)
                .OrderBy(client => client.ClientId, StringComparer.Ordinal)
                .ToList());
        }
    }

    public Task<bool> UpdateAsync(Client client, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            var key = (client.TenantId, client.ClientId);
            if (!state.Clients.TryGetValue(key, out var existing))
                return Task.FromResult(false);
            state.Clients[key] = Normalize(client) with { CreatedAt = existing.CreatedAt };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string tenantId, string clientId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Clients.Remove((tenantId, clientId)));
    }

    /// <summary>Copies the lists so that a caller mutating its own list cannot change stored state.</summary>
    private static Client Normalize(Client client) => client with
    {
        RedirectUris = client.RedirectUris.ToArray(),
        PostLogoutRedirectUris = client.PostLogoutRedirectUris.ToArray(),
        GrantTypes = client.GrantTypes.ToArray(),
        Scopes = client.Scopes.ToArray(),
        CreatedAt = StoredTime.Truncate(client.CreatedAt),
        UpdatedAt = StoredTime.Truncate(client.UpdatedAt),
    };
}

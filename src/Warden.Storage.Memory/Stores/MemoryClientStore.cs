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
        {
            if (!state.Clients.Remove((tenantId, clientId)))
                return Task.FromResult(false);
            foreach (var secret in SecretsOf(tenantId, clientId).ToList())
                state.ClientSecrets.Remove(secret.Id);
            state.RemoveDeviceAuthorizations(authorization => authorization.TenantId == tenantId && authorization.ClientId == clientId);
            state.RemoveRegistrationTokens(token => token.TenantId == tenantId && token.ClientId == clientId);
            foreach (var key in state.ApiKeys.Values.Where(key => key.TenantId == tenantId && key.ClientId == clientId).ToList())
                state.ApiKeys.Remove(key.PublicId);
            return Task.FromResult(true);
        }
    }

    public Task AddSecretAsync(ClientSecret secret, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Clients.ContainsKey((secret.TenantId, secret.ClientId)))
                throw new MissingReferenceException($"client '{secret.ClientId}' does not exist");
            var stored = secret with
            {
                Hash = secret.Hash.ToArray(),
                CreatedAt = StoredTime.Truncate(secret.CreatedAt),
                ExpiresAt = StoredTime.Truncate(secret.ExpiresAt),
            };
            if (!state.ClientSecrets.TryAdd(secret.Id, stored))
                throw new DuplicateEntityException("client secret", secret.Id.ToString());
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ClientSecret>> ListSecretsAsync(string tenantId, string clientId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<ClientSecret>>(SecretsOf(tenantId, clientId)
                .OrderByDescending(secret => secret.CreatedAt)
                .ThenBy(secret => secret.Id.ToString("D"), StringComparer.Ordinal)
                .ToList());
        }
    }

    public Task<int> ExpireOtherSecretsAsync(string tenantId, string clientId, Guid keepId, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default)
    {
        var truncated = StoredTime.Truncate(expiresAt);
        lock (state.Sync)
        {
            var shortened = SecretsOf(tenantId, clientId)
                .Where(secret => secret.Id != keepId && (secret.ExpiresAt is null || secret.ExpiresAt > truncated))
                .ToList();
            foreach (var secret in shortened)
                state.ClientSecrets[secret.Id] = secret with { ExpiresAt = truncated };
            return Task.FromResult(shortened.Count);
        }
    }

    private IEnumerable<ClientSecret> SecretsOf(string tenantId, string clientId) =>
        state.ClientSecrets.Values.Where(secret => secret.TenantId == tenantId && secret.ClientId == clientId);

    /// <summary>Copies the lists so that a caller mutating its own list cannot change stored state.</summary>
    private static Client Normalize(Client client) => client with
    {
        RedirectUris = client.RedirectUris.ToArray(),
        Resources = client.Resources.ToArray(),
        AccessTokenLifetime = client.AccessTokenLifetime is { } lifetime ? TimeSpan.FromSeconds((int)lifetime.TotalSeconds) : null,
        PostLogoutRedirectUris = client.PostLogoutRedirectUris.ToArray(),
        GrantTypes = client.GrantTypes.ToArray(),
        Scopes = client.Scopes.ToArray(),
        CreatedAt = StoredTime.Truncate(client.CreatedAt),
        UpdatedAt = StoredTime.Truncate(client.UpdatedAt),
    };
}

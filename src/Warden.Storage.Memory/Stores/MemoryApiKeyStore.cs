using Warden.Core.ApiKeys;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryApiKeyStore(MemoryState state) : IApiKeyStore
{
    public Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(key.TenantId);
            if (key.UserId is { } userId && !state.Users.ContainsKey(userId))
                throw new MissingReferenceException($"user '{userId}' does not exist");
            if (key.ClientId is { } clientId && !state.Clients.ContainsKey((key.TenantId, clientId)))
                throw new MissingReferenceException($"client '{clientId}' does not exist");
            if (state.ApiKeys.ContainsKey(key.PublicId))
                throw new DuplicateEntityException("API key", key.PublicId);
            state.ApiKeys[key.PublicId] = key with
            {
                SecretHash = key.SecretHash.ToArray(), Scopes = key.Scopes.ToArray(), CreatedAt = StoredTime.Truncate(key.CreatedAt),
                ExpiresAt = StoredTime.Truncate(key.ExpiresAt), LastUsedAt = StoredTime.Truncate(key.LastUsedAt),
                RevokedAt = StoredTime.Truncate(key.RevokedAt),
            };
        }
        return Task.CompletedTask;
    }

    public Task<ApiKey?> FindAsync(string tenantId, string publicId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.ApiKeys.TryGetValue(publicId, out var key) && key.TenantId == tenantId ? key : null);
    }

    public Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<ApiKey>>(state.ApiKeys.Values.Where(key => key.TenantId == tenantId)
                .OrderBy(key => key.CreatedAt).ThenBy(key => key.PublicId, StringComparer.Ordinal).ToList());
        }
    }

    public Task<bool> RevokeAsync(string tenantId, string publicId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.ApiKeys.TryGetValue(publicId, out var key) || key.TenantId != tenantId || key.RevokedAt is not null)
                return Task.FromResult(false);
            state.ApiKeys[publicId] = key with { RevokedAt = StoredTime.Truncate(now) };
            return Task.FromResult(true);
        }
    }

    public Task RecordUsesAsync(IReadOnlyList<ApiKeyUse> uses, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            foreach (var use in uses)
            {
                var usedAt = StoredTime.Truncate(use.UsedAt);
                if (state.ApiKeys.TryGetValue(use.PublicId, out var key) && key.TenantId == use.TenantId
                    && (key.LastUsedAt is null || key.LastUsedAt < usedAt))
                    state.ApiKeys[use.PublicId] = key with { LastUsedAt = usedAt };
            }
        }
        return Task.CompletedTask;
    }
}

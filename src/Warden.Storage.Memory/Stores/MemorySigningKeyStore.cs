using Warden.Core.Keys;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemorySigningKeyStore(MemoryState state) : ISigningKeyStore
{
    public Task AddAsync(SigningKey key, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(key.TenantId);
            var stored = key with
            {
                EncryptedPrivateKey = key.EncryptedPrivateKey.ToArray(),
                CreatedAt = StoredTime.Truncate(key.CreatedAt),
                ActivatesAt = StoredTime.Truncate(key.ActivatesAt),
                RetiredAt = StoredTime.Truncate(key.RetiredAt),
                ExpiresAt = StoredTime.Truncate(key.ExpiresAt),
            };
            if (!state.SigningKeys.TryAdd((key.TenantId, key.KeyId), stored))
                throw new DuplicateEntityException("signing key", key.KeyId);
        }
        return Task.CompletedTask;
    }

    public Task<SigningKey?> FindAsync(string tenantId, string keyId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.SigningKeys.GetValueOrDefault((tenantId, keyId)));
    }

    public Task<IReadOnlyList<SigningKey>> ListPublishedAsync(string tenantId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<SigningKey>>(state.SigningKeys.Values
                .Where(key => key.TenantId == tenantId && (key.ExpiresAt is null || key.ExpiresAt > now))
                .OrderByDescending(key => key.ActivatesAt)
                .ThenBy(key => key.KeyId, StringComparer.Ordinal)
                .ToList());
        }
    }

    public Task<bool> RetireAsync(string tenantId, string keyId, DateTimeOffset retiredAt, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.SigningKeys.TryGetValue((tenantId, keyId), out var key) || key.RetiredAt is not null)
                return Task.FromResult(false);
            state.SigningKeys[(tenantId, keyId)] = key with
            {
                RetiredAt = StoredTime.Truncate(retiredAt),
                ExpiresAt = StoredTime.Truncate(expiresAt),
            };
            return Task.FromResult(true);
        }
    }

    public Task<bool> RevokeAsync(string tenantId, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            var at = StoredTime.Truncate(revokedAt);
            if (!state.SigningKeys.TryGetValue((tenantId, keyId), out var key) || key.ExpiresAt <= at)
                return Task.FromResult(false);
            state.SigningKeys[(tenantId, keyId)] = key with { RetiredAt = key.RetiredAt ?? at, ExpiresAt = at };
            return Task.FromResult(true);
        }
    }
}

using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryRefreshTokenStore(MemoryState state) : IRefreshTokenStore
{
    public Task CreateAsync(RefreshToken token, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(token.TenantId);
            var key = Convert.ToHexString(token.Hash);
            if (state.RefreshTokens.ContainsKey(key) || state.RefreshTokens.Values.Any(existing => existing.Id == token.Id))
                throw new DuplicateEntityException("refresh token", token.Id.ToString());
            state.RefreshTokens[key] = token with
            {
                Hash = token.Hash.ToArray(), Scopes = token.Scopes.ToArray(), AuthTime = StoredTime.Truncate(token.AuthTime),
                CreatedAt = StoredTime.Truncate(token.CreatedAt), ExpiresAt = StoredTime.Truncate(token.ExpiresAt),
                ConsumedAt = StoredTime.Truncate(token.ConsumedAt), RevokedAt = StoredTime.Truncate(token.RevokedAt),
            };
        }
        return Task.CompletedTask;
    }

    public Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.RefreshTokens.GetValueOrDefault(Convert.ToHexString(hash)));
    }

    public Task<RefreshToken?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var key = Convert.ToHexString(hash);
        lock (state.Sync)
        {
            if (!state.RefreshTokens.TryGetValue(key, out var token) || token.ConsumedAt is not null || token.RevokedAt is not null)
                return Task.FromResult<RefreshToken?>(null);
            var consumed = token with { ConsumedAt = StoredTime.Truncate(now) };
            state.RefreshTokens[key] = consumed;
            return Task.FromResult<RefreshToken?>(consumed);
        }
    }

    public Task<int> RevokeFamilyAsync(string tenantId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            var family = state.RefreshTokens
                .Where(pair => pair.Value.TenantId == tenantId && pair.Value.FamilyId == familyId && pair.Value.RevokedAt is null)
                .ToList();
            foreach (var (key, token) in family)
                state.RefreshTokens[key] = token with { RevokedAt = StoredTime.Truncate(now) };
            return Task.FromResult(family.Count);
        }
    }
}

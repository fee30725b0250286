using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryReferenceTokenStore(MemoryState state) : IReferenceTokenStore
{
    public Task CreateAsync(ReferenceToken token, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(token.TenantId);
            var stored = token with
            {
                Hash = token.Hash.ToArray(),
                Scopes = token.Scopes.ToArray(),
                Audiences = token.Audiences.ToArray(),
                IssuedAt = StoredTime.Truncate(token.IssuedAt),
                ExpiresAt = StoredTime.Truncate(token.ExpiresAt),
                RevokedAt = StoredTime.Truncate(token.RevokedAt),
                CurrentSecurityStamp = null,
            };
            if (!state.ReferenceTokens.TryAdd(Convert.ToHexString(token.Hash), stored))
                throw new DuplicateEntityException("reference token", token.JwtId);
        }
        return Task.CompletedTask;
    }

    public Task<ReferenceToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.ReferenceTokens.TryGetValue(Convert.ToHexString(hash), out var token))
                return Task.FromResult<ReferenceToken?>(null);
            var user = token.UserId is { } userId ? state.Users.GetValueOrDefault(userId) : null;
            return Task.FromResult<ReferenceToken?>(token with { CurrentSecurityStamp = user?.SecurityStamp });
        }
    }

    public Task<bool> RevokeAsync(byte[] hash, DateTimeOffset revokedAt, CancellationToken cancellationToken = default)
    {
        var key = Convert.ToHexString(hash);
        lock (state.Sync)
        {
            if (!state.ReferenceTokens.TryGetValue(key, out var token) || token.RevokedAt is not null)
                return Task.FromResult(false);
            state.ReferenceTokens[key] = token with { RevokedAt = StoredTime.Truncate(revokedAt) };
            return Task.FromResult(true);
        }
    }
}

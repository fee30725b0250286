using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryRevocationStore(MemoryState state) : IRevocationStore
{
    public Task<bool> RevokeAsync(string tenantId, string jwtId, string clientId, DateTimeOffset tokenExpiresAt,
        DateTimeOffset revokedAt, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(tenantId);
            return Task.FromResult(state.RevokedTokens.TryAdd((tenantId, jwtId),
                new RevokedJwt(clientId, StoredTime.Truncate(tokenExpiresAt), StoredTime.Truncate(revokedAt))));
        }
    }

    public Task<bool> IsRevokedAsync(string tenantId, string jwtId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.RevokedTokens.ContainsKey((tenantId, jwtId)));
    }
}

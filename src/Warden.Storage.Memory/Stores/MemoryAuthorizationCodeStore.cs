using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryAuthorizationCodeStore(MemoryState state) : IAuthorizationCodeStore
{
    public Task CreateAsync(AuthorizationCode code, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(code.TenantId);
            var stored = code with
            {
                Hash = code.Hash.ToArray(), Scopes = code.Scopes.ToArray(), AuthTime = StoredTime.Truncate(code.AuthTime),
                CreatedAt = StoredTime.Truncate(code.CreatedAt), ExpiresAt = StoredTime.Truncate(code.ExpiresAt),
                ConsumedAt = StoredTime.Truncate(code.ConsumedAt),
            };
            if (!state.AuthorizationCodes.TryAdd(Convert.ToHexString(code.Hash), stored))
                throw new DuplicateEntityException("authorization code", code.ClientId);
        }
        return Task.CompletedTask;
    }

    public Task<AuthorizationCode?> FindAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.AuthorizationCodes.GetValueOrDefault(Convert.ToHexString(hash)));
    }

    public Task<CodeConsumption?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var key = Convert.ToHexString(hash);
        lock (state.Sync)
        {
            if (!state.AuthorizationCodes.TryGetValue(key, out var code) || code.ConsumedAt is not null)
                return Task.FromResult<CodeConsumption?>(null);
            var consumed = code with { ConsumedAt = StoredTime.Truncate(now) };
            state.AuthorizationCodes[key] = consumed;
            var userCurrent = state.Users.GetValueOrDefault(code.UserId) is { IsActive: true } user && user.TenantId == code.TenantId
                && user.SecurityStamp == code.SecurityStamp;
            return Task.FromResult<CodeConsumption?>(new CodeConsumption(consumed, userCurrent));
        }
    }
}

using Warden.Core.Devices;
using Warden.Core.Sessions;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryDeviceAuthorizationStore(MemoryState state) : IDeviceAuthorizationStore
{
    public Task CreateAsync(DeviceAuthorization authorization, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(authorization.TenantId);
            if (!state.Clients.ContainsKey((authorization.TenantId, authorization.ClientId)))
                throw new MissingReferenceException($"client '{authorization.ClientId}' does not exist");
            if (authorization.UserId is { } userId)
                RequireUser(userId);
            var key = Convert.ToHexString(authorization.DeviceCodeHash);
            var userCode = (authorization.TenantId, Convert.ToHexString(authorization.UserCodeHash));
            if (state.DeviceAuthorizations.ContainsKey(key) || state.DeviceUserCodes.ContainsKey(userCode))
                throw new DuplicateEntityException("device authorization", authorization.ClientId);
            state.DeviceAuthorizations[key] = authorization with
            {
                DeviceCodeHash = authorization.DeviceCodeHash.ToArray(), UserCodeHash = authorization.UserCodeHash.ToArray(),
                Scopes = authorization.Scopes.ToArray(), AuthTime = StoredTime.Truncate(authorization.AuthTime),
                CreatedAt = StoredTime.Truncate(authorization.CreatedAt), ExpiresAt = StoredTime.Truncate(authorization.ExpiresAt),
                DecidedAt = StoredTime.Truncate(authorization.DecidedAt), ConsumedAt = StoredTime.Truncate(authorization.ConsumedAt),
            };
            state.DeviceUserCodes[userCode] = key;
        }
        return Task.CompletedTask;
    }

    public Task<DeviceAuthorization?> FindByDeviceCodeAsync(byte[] deviceCodeHash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.DeviceAuthorizations.GetValueOrDefault(Convert.ToHexString(deviceCodeHash)));
    }

    public Task<DeviceAuthorization?> FindByUserCodeAsync(string tenantId, byte[] userCodeHash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(KeyOf(tenantId, userCodeHash) is { } key ? state.DeviceAuthorizations[key] : null);
    }

    public Task<bool> DecideAsync(string tenantId, byte[] userCodeHash, bool approved, Guid userId, string securityStamp,
        DateTimeOffset authTime, SignInEvidence evidence, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var truncatedNow = StoredTime.Truncate(now);
        lock (state.Sync)
        {
            if (KeyOf(tenantId, userCodeHash) is not { } key)
                return Task.FromResult(false);
            var authorization = state.DeviceAuthorizations[key];
            if (authorization.Status != DeviceAuthorizationStatus.Pending || authorization.ExpiresAt <= truncatedNow)
                return Task.FromResult(false);
            RequireUser(userId);
            state.DeviceAuthorizations[key] = authorization with
            {
                Status = approved ? DeviceAuthorizationStatus.Approved : DeviceAuthorizationStatus.Denied, UserId = userId,
                AuthTime = StoredTime.Truncate(authTime), Evidence = evidence, DecidedAt = truncatedNow, SecurityStamp = approved ? securityStamp : null,
            };
            return Task.FromResult(true);
        }
    }

    public Task<DeviceAuthorization?> TryConsumeAsync(byte[] deviceCodeHash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var key = Convert.ToHexString(deviceCodeHash);
        lock (state.Sync)
        {
            if (!state.DeviceAuthorizations.TryGetValue(key, out var authorization)
                || authorization.Status != DeviceAuthorizationStatus.Approved || authorization.ConsumedAt is not null)
                return Task.FromResult<DeviceAuthorization?>(null);
            var consumed = authorization with { ConsumedAt = StoredTime.Truncate(now) };
            state.DeviceAuthorizations[key] = consumed;
            return Task.FromResult<DeviceAuthorization?>(consumed);
        }
    }

    /// <summary>Call while holding the lock.</summary>
    private string? KeyOf(string tenantId, byte[] userCodeHash) =>
        state.DeviceUserCodes.GetValueOrDefault((tenantId, Convert.ToHexString(userCodeHash)));

    /// <summary>The foreign key on user_id (users.id, whatever the tenant). Call while holding the lock.</summary>
    private void RequireUser(Guid userId)
    {
        if (!state.Users.ContainsKey(userId))
            throw new MissingReferenceException($"user {userId} does not exist");
    }
}

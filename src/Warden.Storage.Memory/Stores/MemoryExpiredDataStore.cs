using Warden.Core.Cleanup;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryExpiredDataStore(MemoryState state) : IExpiredDataStore
{
    private (string Holder, DateTimeOffset ExpiresAt) _lease = ("", DateTimeOffset.MinValue);

    public Task<int> DeleteExpiredAsync(ExpiredDataKind kind, DateTimeOffset before, int limit, string? tenantId = null,
        CancellationToken cancellationToken = default)
    {
        bool InScope(string rowTenant) => tenantId is null || rowTenant == tenantId;
        lock (state.Sync)
        {
            return Task.FromResult(kind switch
            {
                ExpiredDataKind.AuthorizationCodes => Remove(state.AuthorizationCodes, (_, code) => InScope(code.TenantId) && code.ExpiresAt < before, limit),
                ExpiredDataKind.RefreshTokens => Remove(state.RefreshTokens, (_, token) => InScope(token.TenantId) && token.ExpiresAt < before, limit),
                ExpiredDataKind.RefreshTokenFamilies => Remove(state.RefreshTokenFamilies, (key, family) => InScope(key.TenantId) && family.ExpiresAt < before, limit),
                ExpiredDataKind.ReferenceTokens => Remove(state.ReferenceTokens, (_, token) => InScope(token.TenantId) && token.ExpiresAt < before, limit),
                ExpiredDataKind.RevokedTokens => Remove(state.RevokedTokens, (key, entry) => InScope(key.TenantId) && entry.ExpiresAt < before, limit),
                ExpiredDataKind.ApiKeys => Remove(state.ApiKeys, (_, key) => InScope(key.TenantId) && (key.ExpiresAt < before || key.RevokedAt < before), limit),
                ExpiredDataKind.AuditLogs => Remove(state.AuditEvents, (_, audit) => InScope(audit.TenantId) && audit.OccurredAt < before, limit),
                ExpiredDataKind.DeviceCodes => RemoveLimited(state.DeviceAuthorizations.Values.Where(device => InScope(device.TenantId) && device.ExpiresAt < before), limit,
                    chosen => state.RemoveDeviceAuthorizations(chosen.Contains)),
                ExpiredDataKind.RegistrationTokens => RemoveLimited(state.RegistrationTokens.Values.Where(token => InScope(token.TenantId) && token.ExpiresAt < before), limit,
                    chosen => state.RemoveRegistrationTokens(chosen.Contains)),
                ExpiredDataKind.EmailTokens => RemoveLimited(state.EmailTokens.Values.Where(token => InScope(token.TenantId) && token.ExpiresAt < before), limit,
                    chosen => state.RemoveEmailTokens(chosen.Contains)),
                _ => throw new ArgumentOutOfRangeException(nameof(kind)),
            });
        }
    }

    public Task<bool> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (_lease.ExpiresAt >= now && _lease.Holder != holder)
                return Task.FromResult(false);
            _lease = (holder, now + duration);
            return Task.FromResult(true);
        }
    }

    public Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (_lease.Holder == holder)
                _lease = ("", DateTimeOffset.MinValue);
        }
        return Task.CompletedTask;
    }

    private static int Remove<TKey, TValue>(Dictionary<TKey, TValue> rows, Func<TKey, TValue, bool> expired, int limit) where TKey : notnull
    {
        var keys = rows.Where(pair => expired(pair.Key, pair.Value)).Take(limit).Select(pair => pair.Key).ToList();
        foreach (var key in keys)
            rows.Remove(key);
        return keys.Count;
    }

    private static int RemoveLimited<T>(IEnumerable<T> expired, int limit, Action<HashSet<T>> remove)
    {
        var chosen = expired.Take(limit).ToHashSet();
        remove(chosen);
        return chosen.Count;
    }
}

using Warden.Core.Cleanup;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryExpiredDataStore(MemoryState state) : IExpiredDataStore
{
    private (string Holder, DateTimeOffset ExpiresAt) _lease = ("", DateTimeOffset.MinValue);

    public Task<int> DeleteExpiredAsync(ExpiredDataKind kind, DateTimeOffset before, int limit, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult(kind switch
            {
                ExpiredDataKind.AuthorizationCodes => Remove(state.AuthorizationCodes, code => code.ExpiresAt < before, limit),
                ExpiredDataKind.RefreshTokens => Remove(state.RefreshTokens, token => token.ExpiresAt < before, limit),
                ExpiredDataKind.RefreshTokenFamilies => Remove(state.RefreshTokenFamilies, family => family.ExpiresAt < before, limit),
                ExpiredDataKind.ReferenceTokens => Remove(state.ReferenceTokens, token => token.ExpiresAt < before, limit),
                ExpiredDataKind.RevokedTokens => Remove(state.RevokedTokens, expiresAt => expiresAt < before, limit),
                ExpiredDataKind.ApiKeys => Remove(state.ApiKeys, key => key.ExpiresAt < before || key.RevokedAt < before, limit),
                ExpiredDataKind.AuditLogs => Remove(state.AuditEvents, audit => audit.OccurredAt < before, limit),
                ExpiredDataKind.DeviceCodes => RemoveLimited(state.DeviceAuthorizations.Values.Where(device => device.ExpiresAt < before), limit,
                    chosen => state.RemoveDeviceAuthorizations(chosen.Contains)),
                ExpiredDataKind.RegistrationTokens => RemoveLimited(state.RegistrationTokens.Values.Where(token => token.ExpiresAt < before), limit,
                    chosen => state.RemoveRegistrationTokens(chosen.Contains)),
                ExpiredDataKind.EmailTokens => RemoveLimited(state.EmailTokens.Values.Where(token => token.ExpiresAt < before), limit,
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

    private static int Remove<TKey, TValue>(Dictionary<TKey, TValue> rows, Func<TValue, bool> expired, int limit) where TKey : notnull
    {
        var keys = rows.Where(pair => expired(pair.Value)).Take(limit).Select(pair => pair.Key).ToList();
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

using System.Collections.Concurrent;
using System.Diagnostics;
using Warden.Core.Operations;

namespace Warden.Core.Caching;

/// <summary>
/// The in-process cache: right for one instance; several instances need the Redis cache to share state.
/// Expired entries are dropped when read and swept periodically so that abandoned keys do not accumulate.
/// </summary>
public sealed class MemoryCacheStore : ICacheStore
{
    private sealed record Entry(string Value, DateTimeOffset ExpiresAt);

    /// <summary>A set's members; replaced whole under <see cref="_setLock"/>, so readers see one consistent version.</summary>
    private sealed record SetEntry(IReadOnlySet<string> Members, DateTimeOffset ExpiresAt);

    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SetEntry> _sets = new(StringComparer.Ordinal);
    private readonly Lock _counterLock = new();
    private readonly Lock _setLock = new();
    private readonly TimeProvider _time;
    private readonly ITimer _sweeper;

    public MemoryCacheStore(TimeProvider? time = null)
    {
        _time = time ?? TimeProvider.System;
        _sweeper = _time.CreateTimer(_ => Sweep(), null, SweepInterval, SweepInterval);
    }

    public string Name => "memory";

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var hit = TryGetLive(key, out var entry);
        WardenMetrics.RecordCacheLookup(Name, hit);
        return Task.FromResult(hit ? entry.Value : null);
    }

    public Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        _entries[key] = new Entry(value, ExpiryFor(timeToLive));
        return Task.CompletedTask;
    }

    public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var fresh = new Entry(value, ExpiryFor(timeToLive));
        while (true)
        {
            if (_entries.TryAdd(key, fresh))
                return Task.FromResult(true);
            if (_entries.TryGetValue(key, out var existing))
            {
                if (!IsExpired(existing))
                    return Task.FromResult(false);
                if (_entries.TryUpdate(key, fresh, existing))
                    return Task.FromResult(true);
            }
        }
    }

    public Task<long> IncrementAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        lock (_counterLock)
        {
            var count = TryGetLive(key, out var entry) ? long.Parse(entry.Value) + 1 : 1;
            var expiresAt = count == 1 ? ExpiryFor(timeToLive) : entry!.ExpiresAt;
            _entries[key] = new Entry(count.ToString(), expiresAt);
            return Task.FromResult(count);
        }
    }

    public Task AddToSetAsync(string key, string member, TimeSpan timeToLive, CancellationToken cancellationToken = default)
    {
        var expiresAt = ExpiryFor(timeToLive);
        lock (_setLock)
        {
            var live = _sets.TryGetValue(key, out var set) && set.ExpiresAt > _time.GetUtcNow() ? set : null;
            var members = live is null ? new HashSet<string>(StringComparer.Ordinal) { member }
                : new HashSet<string>(live.Members, StringComparer.Ordinal) { member };
            _sets[key] = new SetEntry(members, live is not null && live.ExpiresAt > expiresAt ? live.ExpiresAt : expiresAt);
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<string>> SetMembersAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>(_sets.TryGetValue(key, out var set) && set.ExpiresAt > _time.GetUtcNow() ? [.. set.Members] : []);

    public Task<bool> RemoveFromSetAsync(string key, string member, CancellationToken cancellationToken = default)
    {
        lock (_setLock)
        {
            if (!_sets.TryGetValue(key, out var set) || set.ExpiresAt <= _time.GetUtcNow() || !set.Members.Contains(member))
                return Task.FromResult(false);
            var members = new HashSet<string>(set.Members, StringComparer.Ordinal);
            members.Remove(member);
            if (members.Count == 0)
                _sets.TryRemove(key, out _);
            else
                _sets[key] = set with { Members = members };
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var value = _entries.TryRemove(key, out var entry) && !IsExpired(entry);
        bool set;
        lock (_setLock)
            set = _sets.TryRemove(key, out var removed) && removed.ExpiresAt > now;
        return Task.FromResult(value || set);
    }

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        return Task.FromResult(Stopwatch.GetElapsedTime(started));
    }

    public ValueTask DisposeAsync()
    {
        _sweeper.Dispose();
        return ValueTask.CompletedTask;
    }

    private bool TryGetLive(string key, out Entry entry)
    {
        if (_entries.TryGetValue(key, out entry!) && !IsExpired(entry))
            return true;
        if (entry is not null)
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
        return false;
    }

    private DateTimeOffset ExpiryFor(TimeSpan timeToLive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return _time.GetUtcNow() + timeToLive;
    }

    private bool IsExpired(Entry entry) => entry.ExpiresAt <= _time.GetUtcNow();

    private void Sweep()
    {
        foreach (var pair in _entries)
        {
            if (IsExpired(pair.Value))
                _entries.TryRemove(pair);
        }
        foreach (var pair in _sets)
        {
            if (pair.Value.ExpiresAt <= _time.GetUtcNow())
                _sets.TryRemove(pair);
        }
    }
}

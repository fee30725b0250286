using System.Collections.Concurrent;

namespace Warden.Core.Caching;

/// <summary>
/// Values read from a store and kept in process memory for the hot path, each for at most <paramref name="lifetime"/>
/// from when it was read (zero reads the store every time), so a change made by another instance is seen within that
/// bound. Absent values (null) are cached too. Beyond <paramref name="capacity"/> entries it starts afresh, as the
/// client cache does, so a flood of distinct keys costs bounded memory.
/// </summary>
public sealed class ReadThroughCache<TKey, TValue>(TimeSpan lifetime, TimeProvider time, int capacity) where TKey : notnull
{
    private sealed record Entry(TValue Value, DateTimeOffset LoadedAt);

    private readonly ConcurrentDictionary<TKey, Entry> _entries = new();

    /// <summary>
    /// The cached value when it is young enough and <paramref name="accept"/> takes it, otherwise what
    /// <paramref name="load"/> reads now (cached from then on, accepted or not).
    /// </summary>
    public async ValueTask<TValue> GetAsync(TKey key, Func<TKey, CancellationToken, Task<TValue>> load, Func<TValue, bool> accept,
        CancellationToken cancellationToken)
    {
        if (_entries.TryGetValue(key, out var entry) && time.GetUtcNow() - entry.LoadedAt < lifetime && accept(entry.Value))
            return entry.Value;
        var loadedAt = time.GetUtcNow();
        var value = await load(key, cancellationToken);
        if (_entries.Count >= capacity)
            _entries.Clear();
        _entries[key] = new Entry(value, loadedAt);
        return value;
    }

    /// <summary>Forgets the key, so the next read goes to the store (for a change made through this instance).</summary>
    public void Invalidate(TKey key) => _entries.TryRemove(key, out _);
}

namespace Warden.Core.Caching;

/// <summary>
/// Ephemeral shared state: sessions, challenges, rate counters, replay caches. Every entry expires; keys are plain
/// strings that callers namespace ("session:…", "rate:…"). Implementations: in-process memory, Redis.
/// Throws <see cref="Storage.StorageUnavailableException"/> when the cache server cannot be reached.
/// </summary>
public interface ICacheStore : IAsyncDisposable
{
    /// <summary>"memory" or "redis".</summary>
    string Name { get; }

    /// <summary>The value, or null when absent or expired.</summary>
    Task<string?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Stores the value, replacing any existing one, for <paramref name="timeToLive"/>.</summary>
    Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores the value only when the key is absent (or expired). True when this call stored it; of many concurrent
    /// callers exactly one gets true.
    /// </summary>
    Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Atomically adds one to a counter and returns the new value. A counter that did not exist starts at 1 and
    /// expires after <paramref name="timeToLive"/>; later increments keep its original expiry (a fixed window).
    /// </summary>
    Task<long> IncrementAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="member"/> to the set of strings at <paramref name="key"/> (creating it). The set expires after
    /// <paramref name="timeToLive"/> unless it already lives longer: adding never shortens it. A set key is only ever used
    /// with the set operations and <see cref="DeleteAsync"/>.
    /// </summary>
    Task AddToSetAsync(string key, string member, TimeSpan timeToLive, CancellationToken cancellationToken = default);

    /// <summary>The members of the set at <paramref name="key"/> in no particular order; empty when it is absent or expired.</summary>
    Task<IReadOnlyList<string>> SetMembersAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Removes <paramref name="member"/> from the set. True when it was a member.</summary>
    Task<bool> RemoveFromSetAsync(string key, string member, CancellationToken cancellationToken = default);

    /// <summary>Removes the key (a value, a counter or a set). True when it existed.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A round trip to the cache server; the time it took.</summary>
    Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default);
}

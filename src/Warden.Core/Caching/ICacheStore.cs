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

    /// <summary>Removes the key. True when it existed.</summary>
    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>A round trip to the cache server; the time it took.</summary>
    Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default);
}

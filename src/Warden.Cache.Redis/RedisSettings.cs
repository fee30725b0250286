namespace Warden.Cache.Redis;

/// <summary>Where Redis is, as parsed from CACHE_URL / REDIS_URL / cache.url.</summary>
public sealed record RedisSettings
{
    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 6379;
    public string? User { get; init; }
    public string? Password { get; init; }
    public int Database { get; init; }
    public bool UseTls { get; init; }

    /// <summary>
    /// What every key of this deployment starts with (cache.key_prefix), so that deployments sharing one Redis server
    /// and database do not share sessions, counters or challenges.
    /// </summary>
    public string KeyPrefix { get; init; } = DefaultKeyPrefix;

    public const string DefaultKeyPrefix = "warden:";

    /// <summary>Whether a prefix is usable: 1 to 64 printable ASCII characters without spaces.</summary>
    public static bool IsValidKeyPrefix(string prefix) => prefix.Length is > 0 and <= 64 && prefix.All(c => c is > ' ' and <= '~');

    public string Redacted =>
        $"{(UseTls ? "rediss" : "redis")}://{(User is null && Password is null ? "" : $"{User}{(Password is null ? "" : ":***")}@")}{Host}:{Port}/{Database}";
}

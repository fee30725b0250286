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

    public string Redacted =>
        $"{(UseTls ? "rediss" : "redis")}://{(User is null && Password is null ? "" : $"{User}{(Password is null ? "" : ":***")}@")}{Host}:{Port}/{Database}";
}

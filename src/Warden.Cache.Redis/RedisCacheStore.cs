using StackExchange.Redis;
using Warden.Core.Caching;
using Warden.Core.Operations;
using Warden.Core.Storage;

namespace Warden.Cache.Redis;

/// <summary>
/// The cache in Redis, shared by every instance pointed at the same server. Keys are namespaced under the configured
/// prefix (cache.key_prefix, "warden:" by default). The multiplexer reconnects by itself, so the cache recovers without a restart when Redis returns.
/// </summary>
public sealed class RedisCacheStore : ICacheStore
{
    // INCR and the expiry of a new counter must happen together, or a crash in between leaves a counter that never expires.
    private static readonly LuaScript IncrementScript = LuaScript.Prepare(
        "local value = redis.call('INCR', @key) if value == 1 then redis.call('PEXPIRE', @key, @ttl) end return value");

    // SADD and the expiry together, and the expiry only ever lengthened (PTTL is -2 for a new key, below any time to live).
    private static readonly LuaScript AddToSetScript = LuaScript.Prepare(
        "redis.call('SADD', @key, @member) if redis.call('PTTL', @key) < tonumber(@ttl) then redis.call('PEXPIRE', @key, @ttl) end return 1");

    private readonly ConnectionMultiplexer _connection;
    private readonly IDatabase _database;
    private readonly string _keyPrefix;

    private RedisCacheStore(ConnectionMultiplexer connection, string keyPrefix)
    {
        _connection = connection;
        _database = connection.GetDatabase();
        _keyPrefix = keyPrefix;
    }

    public string Name => "redis";

    /// <summary>
    /// Connects to a redis:// or rediss:// URL (redis://[:password@]host[:port][/db]). Does not fail when the server
    /// is down: operations fail with <see cref="StorageUnavailableException"/> until it is reachable.
    /// </summary>
    public static async Task<RedisCacheStore> ConnectAsync(RedisSettings settings)
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { { settings.Host, settings.Port } },
            Password = settings.Password,
            User = settings.User,
            Ssl = settings.UseTls,
            DefaultDatabase = settings.Database,
            AbortOnConnectFail = false,
            ConnectTimeout = 3000,
            SyncTimeout = 3000,
            AsyncTimeout = 3000,
            ConnectRetry = 1,
            ClientName = "warden",
        };
        var connection = await ConnectionMultiplexer.ConnectAsync(options);
        return new RedisCacheStore(connection, settings.KeyPrefix);
    }

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Run(async () =>
        {
            var value = (string?)await _database.StringGetAsync(_keyPrefix + key);
            WardenMetrics.RecordCacheLookup(Name, value is not null);
            return value;
        }, cancellationToken);

    public Task SetAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Run(() => _database.StringSetAsync(_keyPrefix + key, value, RequirePositive(timeToLive)), cancellationToken);

    public Task<bool> SetIfAbsentAsync(string key, string value, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Run(() => _database.StringSetAsync(_keyPrefix + key, value, RequirePositive(timeToLive), When.NotExists), cancellationToken);

    public Task<long> IncrementAsync(string key, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Run(async () => (long)await _database.ScriptEvaluateAsync(IncrementScript,
            new { key = (RedisKey)(_keyPrefix + key), ttl = (long)RequirePositive(timeToLive).TotalMilliseconds }), cancellationToken);

    public Task AddToSetAsync(string key, string member, TimeSpan timeToLive, CancellationToken cancellationToken = default) =>
        Run(() => _database.ScriptEvaluateAsync(AddToSetScript,
            new { key = (RedisKey)(_keyPrefix + key), member = (RedisValue)member, ttl = (long)RequirePositive(timeToLive).TotalMilliseconds }),
            cancellationToken);

    public Task<IReadOnlyList<string>> SetMembersAsync(string key, CancellationToken cancellationToken = default) =>
        Run(async () => (IReadOnlyList<string>)[.. (await _database.SetMembersAsync(_keyPrefix + key)).Select(member => (string)member!)],
            cancellationToken);

    public Task<bool> RemoveFromSetAsync(string key, string member, CancellationToken cancellationToken = default) =>
        Run(() => _database.SetRemoveAsync(_keyPrefix + key, member), cancellationToken);

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        Run(() => _database.KeyDeleteAsync(_keyPrefix + key), cancellationToken);

    public Task<TimeSpan> PingAsync(CancellationToken cancellationToken = default) => Run(() => _database.PingAsync(), cancellationToken);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private static TimeSpan RequirePositive(TimeSpan timeToLive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeToLive, TimeSpan.Zero);
        return timeToLive;
    }

    /// <summary>
    /// Runs a Redis call; the client library takes no cancellation token, so the caller stops waiting on cancellation
    /// (the command itself still completes or times out in the background).
    /// </summary>
    private static async Task<T> Run<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation().WaitAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            throw new StorageUnavailableException("Redis is unreachable: " + exception.Message, exception);
        }
    }
}

using Microsoft.Extensions.Logging;
using Warden.Cache.Redis;
using Warden.Configuration;
using Warden.Core.Caching;
using Warden.Core.Storage;
using Warden.Storage.Memory;
using Warden.Storage.Postgres;
using Warden.Storage.Sqlite;

namespace Warden.Hosting;

/// <summary>Creates the storage backend and the cache that the configuration names.</summary>
public static class BackendFactory
{
    public static IStorageBackend CreateStorage(DatabaseOptions options, ILoggerFactory loggerFactory, TimeProvider time) => options.Type switch
    {
        DatabaseType.Memory => new MemoryBackend(time),
        DatabaseType.Sqlite => new SqliteBackend(options.SqlitePath, options.TablePrefix, options.Echo, loggerFactory, time),
        DatabaseType.Postgres => new PostgresBackend(options.Postgres, options.TablePrefix, options.Echo, loggerFactory, time),
        _ => throw new ArgumentOutOfRangeException(nameof(options)),
    };

    public static async Task<ICacheStore> CreateCacheAsync(CacheOptions options, TimeProvider time) => options.Type switch
    {
        CacheType.Redis => await RedisCacheStore.ConnectAsync(options.Redis!),
        _ => new MemoryCacheStore(time),
    };

    /// <summary>Where the cache is, safe to print.</summary>
    public static string Describe(CacheOptions options) => options.Redis?.Redacted ?? "memory (this process only)";
}

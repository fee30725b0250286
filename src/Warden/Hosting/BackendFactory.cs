using System.Runtime.CompilerServices;
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
/// <remarks>
/// Each backend is created in a method of its own, kept out of line: compiling a method that names a backend's type
/// loads that backend's assembly and its driver's, so a server on SQLite never loads Npgsql's or Redis's
/// (bench/README.md, "Footprint, fourth pass").
/// </remarks>
public static class BackendFactory
{
    public static IStorageBackend CreateStorage(DatabaseOptions options, ILoggerFactory loggerFactory, TimeProvider time) => options.Type switch
    {
        DatabaseType.Memory => CreateMemory(time),
        DatabaseType.Sqlite => CreateSqlite(options, loggerFactory, time),
        DatabaseType.Postgres => CreatePostgres(options, loggerFactory, time),
        _ => throw new ArgumentOutOfRangeException(nameof(options)),
    };

    public static Task<ICacheStore> CreateCacheAsync(CacheOptions options, TimeProvider time) => options.Type switch
    {
        CacheType.Redis => ConnectRedisAsync(options.Redis!),
        _ => Task.FromResult(CreateMemoryCache(time)),
    };

    /// <summary>Where the cache is, safe to print.</summary>
    public static string Describe(CacheOptions options) => options.Redis?.Redacted ?? "memory (this process only)";

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IStorageBackend CreateMemory(TimeProvider time) => new MemoryBackend(time);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IStorageBackend CreateSqlite(DatabaseOptions options, ILoggerFactory loggerFactory, TimeProvider time) =>
        new SqliteBackend(options.SqlitePath, options.TablePrefix, options.Echo, loggerFactory, time);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static IStorageBackend CreatePostgres(DatabaseOptions options, ILoggerFactory loggerFactory, TimeProvider time) =>
        new PostgresBackend(options.Postgres, options.TablePrefix, options.Echo, loggerFactory, time);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ICacheStore CreateMemoryCache(TimeProvider time) => new MemoryCacheStore(time);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<ICacheStore> ConnectRedisAsync(RedisSettings settings) => await RedisCacheStore.ConnectAsync(settings);
}

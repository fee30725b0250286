using Microsoft.Extensions.Logging;
using Warden.Cache.Redis;
using Warden.Storage.Postgres;

namespace Warden.Configuration;

public enum DatabaseType
{
    Memory,
    Sqlite,
    Postgres,
}

public enum CacheType
{
    Memory,
    Redis,
}

public enum LogFormat
{
    Text,
    Json,
}

/// <summary>The resolved, validated configuration. Built only by <see cref="WardenOptionsResolver"/>.</summary>
public sealed record WardenOptions(DatabaseOptions Database, CacheOptions Cache, ServerOptions Server, LoggingOptions Logging)
{
    /// <summary>The built-in defaults: SQLite in ./data/warden.db, memory cache, http://localhost:8080.</summary>
    public static WardenOptions Defaults { get; } = new(
        new DatabaseOptions(DatabaseType.Sqlite, "./data/warden.db", new PostgresSettings(), Echo: false, TablePrefix: "",
            CleanupInterval: TimeSpan.FromSeconds(60), AutoMigrate: true),
        new CacheOptions(CacheType.Memory, null),
        new ServerOptions("http://localhost:8080", "http://localhost:8080"),
        new LoggingOptions(LogLevel.Information, LogFormat.Text));
}

/// <param name="SqlitePath">A file path, or ":memory:" for an in-memory SQLite database.</param>
/// <param name="CleanupInterval">Zero turns the expired-data cleanup off.</param>
public sealed record DatabaseOptions(
    DatabaseType Type,
    string SqlitePath,
    PostgresSettings Postgres,
    bool Echo,
    string TablePrefix,
    TimeSpan CleanupInterval,
    bool AutoMigrate);

public sealed record CacheOptions(CacheType Type, RedisSettings? Redis);

/// <param name="Urls">Kestrel listen addresses, ';'-separated.</param>
/// <param name="Issuer">The issuer identifier published in metadata and tokens.</param>
public sealed record ServerOptions(string Urls, string Issuer);

public sealed record LoggingOptions(LogLevel Level, LogFormat Format);

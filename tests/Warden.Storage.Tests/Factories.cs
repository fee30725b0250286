using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Warden.Cache.Redis;
using Warden.Core.Caching;
using Warden.Core.Storage;
using Warden.Storage.Contract;
using Warden.Storage.Memory;
using Warden.Storage.Postgres;
using Warden.Storage.Sqlite;
using Warden.Testing;

namespace Warden.Storage.Tests;

public sealed class MemoryFactory : IBackendFactory
{
    public Task<IStorageBackend> CreateAsync() => Task.FromResult<IStorageBackend>(new MemoryBackend());
}

/// <summary>Each database is a new file in a temporary directory.</summary>
public sealed class SqliteFactory : ISqlBackendFactory
{
    private static readonly TemporaryDirectory Directory = new();

    public async Task<IStorageBackend> CreateAsync()
    {
        var storage = Open(await NewDatabaseAsync());
        await storage.MigrateAsync();
        return storage;
    }

    public Task<string> NewDatabaseAsync() => Task.FromResult(Directory.File(Guid.NewGuid().ToString("N") + ".db"));

    public IStorageBackend Open(string database, string tablePrefix = "") =>
        new SqliteBackend(database, tablePrefix, echo: false, NullLoggerFactory.Instance, TimeProvider.System);

    public string Dialect => "sqlite";

    public async Task<object?> ExecuteScalarAsync(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<string>> ListSchemaObjectsAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type IN ('table', 'index') AND name NOT LIKE 'sqlite_%'";
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }
}

/// <summary>Each database is a new PostgreSQL database on the shared test server.</summary>
public sealed class PostgresFactory : ISqlBackendFactory
{
    public async Task<IStorageBackend> CreateAsync()
    {
        var storage = Open(await NewDatabaseAsync());
        await storage.MigrateAsync();
        return storage;
    }

    public async Task<string> NewDatabaseAsync() => (await (await PostgresServer.SharedAsync()).CreateDatabaseAsync()).Database;

    public IStorageBackend Open(string database, string tablePrefix = "") =>
        new PostgresBackend(Settings(database), tablePrefix, echo: false, NullLoggerFactory.Instance, TimeProvider.System);

    public string Dialect => "postgres";

    public async Task<object?> ExecuteScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(Settings(database)));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public async Task<IReadOnlyList<string>> ListSchemaObjectsAsync(string database)
    {
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(Settings(database)));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace " +
            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i')", connection);
        var names = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            names.Add(reader.GetString(0));
        return names;
    }

    private static PostgresSettings Settings(string database) =>
        PostgresServer.SharedAsync().GetAwaiter().GetResult().Admin with { Database = database };
}

/// <summary>PostgreSQL reached through PgBouncer in transaction pooling mode, as many production deployments do.</summary>
public sealed class PgBouncerFactory : IBackendFactory
{
    public async Task<IStorageBackend> CreateAsync()
    {
        var direct = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var storage = new PostgresBackend((await PgBouncerServer.SharedAsync()).Through(direct), "", echo: false,
            NullLoggerFactory.Instance, TimeProvider.System);
        await storage.MigrateAsync();
        return storage;
    }
}

public sealed class MemoryCacheFactory : ICacheFactory
{
    public Task<ICacheStore> CreateAsync() => Task.FromResult<ICacheStore>(new MemoryCacheStore());
}

public sealed class RedisCacheFactory : ICacheFactory
{
    public async Task<ICacheStore> CreateAsync() => await RedisCacheStore.ConnectAsync((await RedisServer.SharedAsync()).Settings);
}

using Warden.Configuration;
using Warden.Testing;

namespace Warden.Tests.OAuth;

/// <summary>The database a test server runs on; bindings pick one per backend.</summary>
public interface IServerBackend
{
    Task<DatabaseOptions> CreateAsync(TemporaryDirectory directory);
}

public sealed class MemoryServerBackend : IServerBackend
{
    public Task<DatabaseOptions> CreateAsync(TemporaryDirectory directory) =>
        Task.FromResult(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
}

public sealed class SqliteServerBackend : IServerBackend
{
    public Task<DatabaseOptions> CreateAsync(TemporaryDirectory directory) =>
        Task.FromResult(WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = directory.File("warden.db") });
}

public sealed class PostgresServerBackend : IServerBackend
{
    public async Task<DatabaseOptions> CreateAsync(TemporaryDirectory directory) =>
        WardenOptions.Defaults.Database with
        {
            Type = DatabaseType.Postgres,
            Postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(),
        };
}

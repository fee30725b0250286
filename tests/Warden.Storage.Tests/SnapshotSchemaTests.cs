using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Warden.Core.Transfer;
using Warden.Storage.Postgres;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>
/// Issue #7: a snapshot is complete only if <see cref="SnapshotSchema"/> names every table and column the migrations
/// create. A migration that adds one fails here until the snapshot schema is extended.
/// </summary>
public sealed class SnapshotSchemaTests
{
    private static readonly string[] Expected = SnapshotSchema.Tables
        .SelectMany(table => table.Columns.Select(column => $"{table.Name}.{column.Name}"))
        .Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public void Every_table_of_a_snapshot_has_the_tenant_column_a_one_tenant_transfer_selects_by()
    {
        // #19: export, import, db copy and cleanup of one tenant select rows by this column; a table without it could
        // not be moved per tenant.
        Assert.All(SnapshotSchema.Tables, table => Assert.True(table.IndexOf(table.TenantColumn) >= 0, table.Name));
        Assert.Equal("id", SnapshotSchema.Find("tenants")!.TenantColumn);
        Assert.All(SnapshotSchema.Tables.Where(table => table.Name != "tenants"), table => Assert.Equal("tenant_id", table.TenantColumn));
    }

    [Fact]
    public async Task Snapshot_schema_version_is_the_latest_migration()
    {
        // A migration that changes no data table still raises the schema version snapshots carry, and the memory
        // backend accepts only versions up to this one.
        using var directory = new TemporaryDirectory();
        await using var backend = new SqliteBackend(directory.File("version.db"), "", echo: false, NullLoggerFactory.Instance, TimeProvider.System);
        var latest = (await backend.GetMigrationStatusAsync()).Max(migration => migration.Version);

        Assert.Equal(SnapshotSchema.Version, latest);
    }

    [Fact]
    public async Task Snapshot_schema_names_every_column_of_a_migrated_sqlite_database()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("schema.db");
        await using (var backend = new SqliteBackend(path, "", echo: false, NullLoggerFactory.Instance, TimeProvider.System))
            await backend.MigrateAsync();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT m.name || '.' || p.name FROM sqlite_master m JOIN pragma_table_info(m.name) p " +
                              "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'";
        Assert.Equal(Expected, await ColumnsAsync(command));
    }

    [Fact]
    public async Task Snapshot_schema_names_every_column_of_a_migrated_postgres_database()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await using (var backend = new PostgresBackend(settings, "", echo: false, NullLoggerFactory.Instance, TimeProvider.System))
            await backend.MigrateAsync();
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(settings));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_name || '.' || column_name FROM information_schema.columns WHERE table_schema = 'public'", connection);
        Assert.Equal(Expected, await ColumnsAsync(command));
    }

    private static async Task<string[]> ColumnsAsync(System.Data.Common.DbCommand command)
    {
        var columns = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var column = reader.GetString(0);
            if (!SnapshotSchema.NotExported.Contains(column.Split('.')[0]))
                columns.Add(column);
        }
        return columns.Order(StringComparer.Ordinal).ToArray();
    }
}

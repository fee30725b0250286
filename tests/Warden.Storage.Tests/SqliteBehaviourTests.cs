using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Warden.Core.Audit;
using Warden.Core.Tenants;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>What only SQLite needs: write-ahead logging, and writers from several processes never seeing SQLITE_BUSY.</summary>
public sealed class SqliteBehaviourTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task A_file_created_elsewhere_is_switched_to_write_ahead_logging_on_first_use()
    {
        var path = _directory.File("wal.db");
        Assert.Equal("delete", await JournalModeAsync(path));

        await using (var storage = new SqliteBackend(path, "", false, NullLoggerFactory.Instance, TimeProvider.System))
            await storage.ProbeAsync();

        Assert.Equal("wal", await JournalModeAsync(path));
    }

    private static async Task<object?> JournalModeAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task The_database_directory_is_created_when_missing()
    {
        var path = Path.Combine(_directory.Path, "nested", "deeper", "warden.db");
        await using var storage = new SqliteBackend(path, "", false, NullLoggerFactory.Instance, TimeProvider.System);

        await storage.MigrateAsync();

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task Writers_in_separate_backends_on_one_file_never_see_busy_errors()
    {
        // Two backends have separate write queues, so they contend through SQLite's own locks, as two processes would.
        var path = _directory.File("contended.db");
        await using var first = new SqliteBackend(path, "", false, NullLoggerFactory.Instance, TimeProvider.System);
        await using var second = new SqliteBackend(path, "", false, NullLoggerFactory.Instance, TimeProvider.System);
        await first.MigrateAsync();

        var writes = Enumerable.Range(0, 400).Select(index => Task.Run(() => (index % 2 == 0 ? first : second).AuditLog.AppendAsync(
            new AuditEvent(Guid.NewGuid(), Tenant.DefaultId, DateTimeOffset.UtcNow, "load", "success", null, null, null, "{}"))));
        await Task.WhenAll(writes);

        var stored = await first.AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { Limit = 1000 });
        Assert.Equal(400, stored.Count);
    }

    [Fact]
    public async Task An_in_memory_database_lives_as_long_as_its_backend()
    {
        await using var storage = new SqliteBackend(SqliteBackend.InMemoryPath, "", false, NullLoggerFactory.Instance, TimeProvider.System);
        await storage.MigrateAsync();

        await storage.Tenants.CreateAsync(new Tenant("mem", "Mem", DateTimeOffset.UnixEpoch));

        Assert.NotNull(await storage.Tenants.FindAsync("mem"));
        Assert.Equal("sqlite::memory:", storage.Location);
    }

    public void Dispose() => _directory.Dispose();
}

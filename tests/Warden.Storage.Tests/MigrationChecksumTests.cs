using System.Security.Cryptography;
using System.Text;
using Warden.Core.Storage;
using Warden.Storage.Contract;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>
/// schema_migrations.checksum: recorded for every applied file, compared at every migrate, filled in for rows that an
/// earlier release recorded without one. The expected digest is computed here from its definition (SHA-256 of the file
/// with LF line endings, lowercase hex), independently of MigrationCatalog.
/// </summary>
public abstract class MigrationChecksumTests<TFactory> where TFactory : ISqlBackendFactory, new()
{
    private readonly TFactory _factory = new();

    [Theory]
    [InlineData("")]
    [InlineData("acme_")]
    public async Task A_fresh_database_records_the_checksum_of_every_file(string prefix)
    {
        var database = await _factory.NewDatabaseAsync();
        await using (var storage = _factory.Open(database, prefix))
            await storage.MigrateAsync();

        var files = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "migrations", _factory.Dialect), "*.sql");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var version = int.Parse(Path.GetFileName(file)[..4]);
            Assert.Equal(Digest(file), await _factory.ExecuteScalarAsync(database, $"SELECT checksum FROM {prefix}schema_migrations WHERE version = {version}"));
        }
    }

    [Fact]
    public async Task A_changed_released_file_stops_migrating_with_one_line_naming_the_file()
    {
        var database = await _factory.NewDatabaseAsync();
        await using (var first = _factory.Open(database))
            await first.MigrateAsync();
        await _factory.ExecuteScalarAsync(database, $"UPDATE schema_migrations SET checksum = '{new string('0', 64)}' WHERE version = 3");

        await using var second = _factory.Open(database);
        var refusal = await Assert.ThrowsAnyAsync<StorageException>(() => second.MigrateAsync());

        Assert.Contains($"migrations/{_factory.Dialect}/0003_users.sql", refusal.Message);
        Assert.Contains("000000000000", refusal.Message);
        Assert.DoesNotContain('\n', refusal.Message);
        Assert.Equal(new string('0', 64), await _factory.ExecuteScalarAsync(database, "SELECT checksum FROM schema_migrations WHERE version = 3"));
    }

    [Fact]
    public async Task Rows_without_a_checksum_are_accepted_and_filled_in()
    {
        var database = await _factory.NewDatabaseAsync();
        await using (var first = _factory.Open(database))
            await first.MigrateAsync();
        await _factory.ExecuteScalarAsync(database, "UPDATE schema_migrations SET checksum = NULL WHERE version IN (1, 5)");

        await using var second = _factory.Open(database);
        Assert.Empty(await second.MigrateAsync());

        Assert.Equal(0L, Convert.ToInt64(await _factory.ExecuteScalarAsync(database, "SELECT COUNT(*) FROM schema_migrations WHERE checksum IS NULL")));
        Assert.Equal(Digest(FilePath(5)), await _factory.ExecuteScalarAsync(database, "SELECT checksum FROM schema_migrations WHERE version = 5"));
    }

    [Fact]
    public async Task A_ledger_of_a_release_without_checksums_gains_the_column_and_keeps_its_rows()
    {
        var database = await _factory.NewDatabaseAsync();
        await using (var first = _factory.Open(database))
            await first.MigrateAsync();
        // The ledger as releases before migration 0011 left it. Only 0011's row goes: later migrations stay recorded, as
        // SQLite cannot add a column twice and their schema changes are already in the database.
        await _factory.ExecuteScalarAsync(database, "DELETE FROM schema_migrations WHERE version = 11");
        await _factory.ExecuteScalarAsync(database, "ALTER TABLE schema_migrations DROP COLUMN checksum");
        var appliedAt = await _factory.ExecuteScalarAsync(database, "SELECT applied_at FROM schema_migrations WHERE version = 1");

        await using var second = _factory.Open(database);
        var applied = await second.MigrateAsync();

        Assert.Equal(11, Assert.Single(applied).Version);
        Assert.Equal(appliedAt, await _factory.ExecuteScalarAsync(database, "SELECT applied_at FROM schema_migrations WHERE version = 1"));
        Assert.Equal(0L, Convert.ToInt64(await _factory.ExecuteScalarAsync(database, "SELECT COUNT(*) FROM schema_migrations WHERE checksum IS NULL")));
        Assert.Equal(Digest(FilePath(1)), await _factory.ExecuteScalarAsync(database, "SELECT checksum FROM schema_migrations WHERE version = 1"));
    }

    private string FilePath(int version) =>
        Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "migrations", _factory.Dialect), $"{version:D4}_*.sql").Single();

    private static string Digest(string file) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(File.ReadAllText(file).Replace("\r\n", "\n"))));
}

public sealed class SqliteMigrationChecksumTests : MigrationChecksumTests<SqliteFactory>;

public sealed class PostgresMigrationChecksumTests : MigrationChecksumTests<PostgresFactory>;

using System.Data.Common;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Migrations;

/// <summary>
/// Applies embedded migrations. Each runs in its own transaction that first takes the dialect's migration lock
/// (a PostgreSQL advisory lock; SQLite's single write lock), re-reads schema_migrations, applies the next pending
/// script and records it, so processes starting together apply every migration exactly once.
/// </summary>
public sealed class SqlMigrator(SqlDatabase database, SqlDialect dialect, TableNames tables, IReadOnlyList<MigrationScript> scripts)
{
    private readonly string _createLedger =
        $"CREATE TABLE IF NOT EXISTS {tables.SchemaMigrations} (version integer PRIMARY KEY, name text NOT NULL, " +
        $"applied_at {dialect.TimestampColumnType} NOT NULL)";

    private readonly string _readLedger = $"SELECT version, name, applied_at FROM {tables.SchemaMigrations} ORDER BY version";

    private readonly string _record =
        $"INSERT INTO {tables.SchemaMigrations} (version, name, applied_at) VALUES (@version, @name, @applied_at)";

    /// <summary>One lock per table prefix: applications sharing a database under different prefixes do not wait on each other.</summary>
    private long LockKey => Fnv1a("warden.migrations:" + tables.Prefix);

    public Task<IReadOnlyList<MigrationStatus>> GetStatusAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(async connection =>
        {
            await using var exists = database.CreateCommand(connection, dialect.TableExistsSql, [new("name", tables.SchemaMigrations)]);
            var applied = await exists.ExecuteScalarAsync(cancellationToken) is not null
                ? await ReadLedgerAsync(connection, null, cancellationToken)
                : [];
            return MigrationLedger.Combine(scripts, applied);
        }, cancellationToken);

    public Task<IReadOnlyList<MigrationStatus>> MigrateAsync(TimeProvider time, CancellationToken cancellationToken) =>
        database.WithWriteConnectionAsync<IReadOnlyList<MigrationStatus>>(async connection =>
        {
            var appliedNow = new List<MigrationStatus>();
            while (true)
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                if (dialect.MigrationLockSql is { } lockSql)
                    await ExecuteAsync(connection, transaction, lockSql, [new("key", LockKey)], cancellationToken);
                await ExecuteAsync(connection, transaction, _createLedger, [], cancellationToken);

                var applied = await ReadLedgerAsync(connection, transaction, cancellationToken);
                var next = scripts.FirstOrDefault(script => applied.All(row => row.Version != script.Version));
                if (next is null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    return appliedNow;
                }

                var appliedAt = StoredTime.Truncate(time.GetUtcNow());
                await ExecuteAsync(connection, transaction, next.Sql, [], cancellationToken);
                await ExecuteAsync(connection, transaction, _record,
                    [new("version", next.Version), new("name", next.Name), new("applied_at", dialect.Time(appliedAt))], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                appliedNow.Add(new MigrationStatus(next.Version, next.Name, appliedAt));
            }
        }, cancellationToken);

    private async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<SqlParameter> parameters,
        CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, sql, parameters, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<List<MigrationStatus>> ReadLedgerAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, _readLedger, null, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<MigrationStatus>();
        while (await reader.ReadAsync(cancellationToken))
            rows.Add(new MigrationStatus(Convert.ToInt32(reader.GetValue(0)), reader.GetString(1), dialect.ReadTime(reader, 2)));
        return rows;
    }

    private static long Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in text)
            hash = (hash ^ character) * 1099511628211UL;
        return unchecked((long)hash);
    }
}

using System.Data.Common;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Migrations;

/// <summary>
/// Applies embedded migrations. Each runs in its own transaction that first takes the dialect's migration lock
/// (a PostgreSQL advisory lock; SQLite's single write lock), re-reads schema_migrations, applies the next pending
/// script and records it, so processes starting together apply every migration exactly once.
/// Every applied migration's recorded checksum is compared with this build's file first: an edited released file stops
/// migrating with <see cref="MigrationChecksumException"/>. Rows without a checksum (recorded before migration 0011
/// added the column, by an earlier release or earlier in the same run) are filled in from this build's files once
/// nothing is pending.
/// </summary>
public sealed class SqlMigrator(SqlDatabase database, SqlDialect dialect, TableNames tables, IReadOnlyList<MigrationScript> scripts)
{
    // The ledger as the first releases created it; migration 0011 adds its checksum column.
    private readonly string _createLedger =
        $"CREATE TABLE IF NOT EXISTS {tables.SchemaMigrations} (version integer PRIMARY KEY, name text NOT NULL, " +
        $"applied_at {dialect.TimestampColumnType} NOT NULL)";

    // SELECT * because a ledger made by an earlier release has no checksum column.
    private readonly string _readLedger = $"SELECT * FROM {tables.SchemaMigrations} ORDER BY version";

    private readonly string _probeLedgerColumns = $"SELECT * FROM {tables.SchemaMigrations} WHERE 1 = 0";

    private readonly string _record =
        $"INSERT INTO {tables.SchemaMigrations} (version, name, applied_at) VALUES (@version, @name, @applied_at)";

    private readonly string _recordWithChecksum =
        $"INSERT INTO {tables.SchemaMigrations} (version, name, applied_at, checksum) VALUES (@version, @name, @applied_at, @checksum)";

    private readonly string _fillChecksum =
        $"UPDATE {tables.SchemaMigrations} SET checksum = @checksum WHERE version = @version AND checksum IS NULL";

    /// <summary>One lock per table prefix: applications sharing a database under different prefixes do not wait on each other.</summary>
    private long LockKey => Fnv1a("warden.migrations:" + tables.Prefix);

    public Task<IReadOnlyList<MigrationStatus>> GetStatusAsync(CancellationToken cancellationToken) =>
        database.WithConnectionAsync(async connection =>
        {
            await using var exists = database.CreateCommand(connection, dialect.TableExistsSql, [new("name", tables.SchemaMigrations)]);
            var applied = await exists.ExecuteScalarAsync(cancellationToken) is not null
                ? (await ReadLedgerAsync(connection, null, cancellationToken)).Rows.Select(row => row.Status).ToList()
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

                var ledger = await ReadLedgerAsync(connection, transaction, cancellationToken);
                VerifyChecksums(ledger.Rows);
                var next = scripts.FirstOrDefault(script => ledger.Rows.All(row => row.Status.Version != script.Version));
                if (next is null)
                {
                    if (ledger.HasChecksumColumn)
                        await FillMissingChecksumsAsync(connection, transaction, ledger.Rows, cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                    return appliedNow;
                }

                var appliedAt = StoredTime.Truncate(time.GetUtcNow());
                await ExecuteAsync(connection, transaction, next.Sql, [], cancellationToken);
                // The script may be the one that adds the column.
                if (ledger.HasChecksumColumn || await HasChecksumColumnAsync(connection, transaction, cancellationToken))
                {
                    await ExecuteAsync(connection, transaction, _recordWithChecksum,
                        [new("version", next.Version), new("name", next.Name), new("applied_at", dialect.Time(appliedAt)), new("checksum", next.Checksum)],
                        cancellationToken);
                }
                else
                {
                    await ExecuteAsync(connection, transaction, _record,
                        [new("version", next.Version), new("name", next.Name), new("applied_at", dialect.Time(appliedAt))], cancellationToken);
                }
                await transaction.CommitAsync(cancellationToken);
                appliedNow.Add(new MigrationStatus(next.Version, next.Name, appliedAt));
            }
        }, cancellationToken);

    private void VerifyChecksums(IReadOnlyList<LedgerRow> rows)
    {
        foreach (var row in rows)
        {
            if (row.Checksum is not { } recorded)
                continue;
            var script = scripts.FirstOrDefault(candidate => candidate.Version == row.Status.Version);
            if (script is not null && !string.Equals(script.Checksum, recorded, StringComparison.OrdinalIgnoreCase))
                throw new MigrationChecksumException(script, recorded, tables.SchemaMigrations);
        }
    }

    /// <summary>
    /// Trusts this build's files for rows recorded without a checksum: they were applied by a release that kept none
    /// (or earlier in this run, before the column existed), and from now on a change to them is detected.
    /// </summary>
    private async Task FillMissingChecksumsAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<LedgerRow> rows,
        CancellationToken cancellationToken)
    {
        foreach (var row in rows.Where(row => row.Checksum is null))
        {
            if (scripts.FirstOrDefault(script => script.Version == row.Status.Version) is { } script)
                await ExecuteAsync(connection, transaction, _fillChecksum, [new("version", script.Version), new("checksum", script.Checksum)],
                    cancellationToken);
        }
    }

    private async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<SqlParameter> parameters,
        CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, sql, parameters, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> HasChecksumColumnAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, _probeLedgerColumns, null, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return ChecksumOrdinal(reader) is not null;
    }

    private async Task<(List<LedgerRow> Rows, bool HasChecksumColumn)> ReadLedgerAsync(DbConnection connection, DbTransaction? transaction,
        CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(connection, _readLedger, null, transaction);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var version = reader.GetOrdinal("version");
        var name = reader.GetOrdinal("name");
        var appliedAt = reader.GetOrdinal("applied_at");
        var checksum = ChecksumOrdinal(reader);
        var rows = new List<LedgerRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new LedgerRow(
                new MigrationStatus(Convert.ToInt32(reader.GetValue(version)), reader.GetString(name), dialect.ReadTime(reader, appliedAt)),
                checksum is { } ordinal && !reader.IsDBNull(ordinal) ? reader.GetString(ordinal) : null));
        }
        return (rows, checksum is not null);
    }

    private static int? ChecksumOrdinal(DbDataReader reader) =>
        Enumerable.Range(0, reader.FieldCount).Where(ordinal => reader.GetName(ordinal) == "checksum").Select(ordinal => (int?)ordinal).FirstOrDefault();

    private static long Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var character in text)
            hash = (hash ^ character) * 1099511628211UL;
        return unchecked((long)hash);
    }

    /// <summary>One schema_migrations row; <see cref="Checksum"/> is null when it was recorded without one.</summary>
    private sealed record LedgerRow(MigrationStatus Status, string? Checksum);
}

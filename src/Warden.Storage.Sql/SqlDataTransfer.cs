using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using Warden.Core.Transfer;

namespace Warden.Storage.Sql;

/// <summary>
/// <see cref="IDataTransfer"/> for both SQL backends: plain SELECT and multi-row INSERT over the snapshot schema's
/// columns, with each value converted by the <see cref="SqlDialect"/> (times, lists, booleans, UUIDs, JSON).
/// </summary>
public sealed class SqlDataTransfer(SqlDatabase database, SqlDialect dialect, TableNames tables) : IDataTransfer
{
    /// <summary>Parameters per INSERT statement, well below the limits of both databases.</summary>
    private const int ParametersPerStatement = 2000;

    public async IAsyncEnumerable<object?[]> ReadAsync(SnapshotTable table, string? tenantId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sql = $"SELECT {string.Join(", ", table.Columns.Select(column => column.Name))} FROM {tables.Prefix}{table.Name} " +
                  $"{TenantCondition(table, tenantId)}ORDER BY {string.Join(", ", table.Key)}";
        // Rows stream through a bounded channel from a reader that runs inside WithConnectionAsync, so the connection
        // is released and driver errors are translated as for every other statement.
        var channel = Channel.CreateBounded<object?[]>(new BoundedChannelOptions(1000) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(async () =>
        {
            try
            {
                await database.WithConnectionAsync(async connection =>
                {
                    await using var command = database.CreateCommand(connection, sql, TenantParameter(tenantId));
                    await using var reader = await command.ExecuteReaderAsync(stop.Token);
                    while (await reader.ReadAsync(stop.Token))
                        await channel.Writer.WriteAsync(ReadRow(table, reader), stop.Token);
                    return 0;
                }, stop.Token);
                channel.Writer.Complete();
            }
            catch (Exception exception)
            {
                channel.Writer.Complete(exception);
            }
        }, CancellationToken.None);
        try
        {
            await foreach (var row in channel.Reader.ReadAllAsync(cancellationToken))
                yield return row;
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    public Task<long> WriteAsync(SnapshotTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken = default) =>
        database.WithWriteConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var written = await InsertAllAsync(connection, transaction, table, rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return written;
        }, cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> ReplaceTenantAsync(string tenantId,
        IAsyncEnumerable<(SnapshotTable Table, IAsyncEnumerable<object?[]> Rows)> content, CancellationToken cancellationToken = default) =>
        database.InWriteTransactionAsync<IReadOnlyDictionary<string, long>>(async (connection, transaction) =>
        {
            // Children before parents, so that no foreign key is left dangling between two of the statements.
            foreach (var table in SnapshotSchema.Tables.Reverse())
            {
                await using var delete = database.CreateCommand(connection,
                    $"DELETE FROM {tables.Prefix}{table.Name} {TenantCondition(table, tenantId)}", TenantParameter(tenantId), transaction);
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            var written = new Dictionary<string, long>(StringComparer.Ordinal);
            await foreach (var (table, rows) in content.WithCancellation(cancellationToken))
                written[table.Name] = await InsertAllAsync(connection, transaction, table, OfTenant(table, tenantId, rows), cancellationToken);
            return written;
        }, cancellationToken);

    private async Task<long> InsertAllAsync(DbConnection connection, DbTransaction transaction, SnapshotTable table,
        IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        var batchSize = Math.Max(1, ParametersPerStatement / table.Columns.Count);
        var batch = new List<object?[]>(batchSize);
        DbCommand? full = null;
        long written = 0;
        try
        {
            await foreach (var row in rows.WithCancellation(cancellationToken))
            {
                batch.Add(row);
                if (batch.Count < batchSize)
                    continue;
                full ??= CreateInsert(connection, transaction, table, batchSize);
                written += await InsertAsync(full, table, batch, cancellationToken);
                batch.Clear();
            }
            if (batch.Count > 0)
            {
                await using var rest = CreateInsert(connection, transaction, table, batch.Count);
                written += await InsertAsync(rest, table, batch, cancellationToken);
            }
        }
        finally
        {
            if (full is not null)
                await full.DisposeAsync();
        }
        return written;
    }

    /// <summary>The rows, each checked to be the tenant's: a row of another tenant must never be written while replacing this one.</summary>
    private static async IAsyncEnumerable<object?[]> OfTenant(SnapshotTable table, string tenantId, IAsyncEnumerable<object?[]> rows)
    {
        await foreach (var row in rows)
        {
            if (table.TenantOf(row) != tenantId)
                throw new ArgumentException($"a row of tenant '{table.TenantOf(row)}' in table {table.Name} while replacing tenant '{tenantId}'");
            yield return row;
        }
    }

    private static string TenantCondition(SnapshotTable table, string? tenantId) =>
        tenantId is null ? "" : $"WHERE {table.TenantColumn} = @tenant ";

    private static IReadOnlyList<SqlParameter>? TenantParameter(string? tenantId) => tenantId is null ? null : [new SqlParameter("tenant", tenantId)];

    public async Task<long> CountAsync(SnapshotTable table, string? tenantId = null, CancellationToken cancellationToken = default) =>
        await database.QuerySingleAsync($"SELECT COUNT(*) FROM {tables.Prefix}{table.Name} {TenantCondition(table, tenantId)}",
            TenantParameter(tenantId) ?? [], row => Convert.ToInt64(row.GetValue(0)), cancellationToken);

    public Task ClearAsync(CancellationToken cancellationToken = default) =>
        database.WithWriteConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            foreach (var table in SnapshotSchema.Tables.Reverse())
            {
                await using var command = database.CreateCommand(connection, $"DELETE FROM {tables.Prefix}{table.Name}", null, transaction);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }, cancellationToken);

    private DbCommand CreateInsert(DbConnection connection, DbTransaction transaction, SnapshotTable table, int rowCount)
    {
        var sql = new StringBuilder($"INSERT INTO {tables.Prefix}{table.Name} ({string.Join(", ", table.Columns.Select(column => column.Name))}) VALUES ");
        var parameters = new List<SqlParameter>(rowCount * table.Columns.Count);
        for (var row = 0; row < rowCount; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var index = 0; index < table.Columns.Count; index++)
            {
                var name = $"p{row}_{index}";
                sql.Append(index == 0 ? "" : ", ")
                    .Append(table.Columns[index].Kind == ColumnKind.Json ? dialect.Typed(name, SqlType.Json) : "@" + name);
                parameters.Add(new SqlParameter(name, null));
            }
            sql.Append(')');
        }
        return database.CreateCommand(connection, sql.ToString(), parameters, transaction);
    }

    private async Task<int> InsertAsync(DbCommand command, SnapshotTable table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var parameter = 0;
        foreach (var row in rows)
        {
            for (var index = 0; index < table.Columns.Count; index++)
                command.Parameters[parameter++].Value = Encode(table.Columns[index].Kind, row[index]) ?? DBNull.Value;
        }
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private object? Encode(ColumnKind kind, object? value) => value is null
        ? null
        : kind switch
        {
            ColumnKind.Integer => Convert.ToInt64(value),
            ColumnKind.Boolean => dialect.Boolean((bool)value),
            ColumnKind.Time => dialect.Time((DateTimeOffset)value),
            ColumnKind.Uuid => dialect.Uuid((Guid)value),
            ColumnKind.TextList => dialect.List((IReadOnlyList<string>)value),
            _ => value,
        };

    private object?[] ReadRow(SnapshotTable table, DbDataReader reader)
    {
        var row = new object?[table.Columns.Count];
        for (var index = 0; index < row.Length; index++)
        {
            row[index] = reader.IsDBNull(index)
                ? null
                : table.Columns[index].Kind switch
                {
                    ColumnKind.Integer => Convert.ToInt64(reader.GetValue(index)),
                    ColumnKind.Boolean => dialect.ReadBoolean(reader, index),
                    ColumnKind.Time => dialect.ReadTime(reader, index).ToUniversalTime(),
                    ColumnKind.Uuid => dialect.ReadUuid(reader, index),
                    ColumnKind.TextList => dialect.ReadList(reader, index),
                    ColumnKind.Bytes => reader.GetFieldValue<byte[]>(index),
                    _ => reader.GetString(index),
                };
        }
        return row;
    }
}

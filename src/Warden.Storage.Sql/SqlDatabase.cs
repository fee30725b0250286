using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Warden.Core.Operations;
using Warden.Core.Storage;

namespace Warden.Storage.Sql;

/// <summary>A named value bound to an @name placeholder.</summary>
public readonly record struct SqlParameter(string Name, object? Value);

/// <summary>What a unique-key violation means for the caller: which entity, under which key.</summary>
public readonly record struct ConflictSubject(string Entity, string Key);

/// <summary>
/// The ADO.NET plumbing shared by the SQL backends: one connection per operation from the driver's pool, statement
/// echo (text only, never parameter values), and translation of driver errors into <see cref="StorageException"/>s.
/// Every public operation is timed into <see cref="WardenMetrics.StoreOperationDuration"/>, labelled with
/// <see cref="BackendName"/> and the calling store method (its caller information, so stores pass nothing).
/// </summary>
public abstract class SqlDatabase(ILogger logger, bool echo)
{
    /// <summary>The backend label of the store metrics: "sqlite" or "postgres".</summary>
    public abstract string BackendName { get; }

    /// <summary>Opens a pooled connection, ready for use (session settings applied).</summary>
    protected abstract ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken);

    /// <summary>The storage fact a driver exception stands for, or null when it is a bug to let through.</summary>
    protected abstract StorageException? Translate(Exception exception, ConflictSubject? conflict);

    /// <summary>Runs a statement that changes data; the number of rows it touched.</summary>
    public Task<int> ExecuteAsync(string sql, IReadOnlyList<SqlParameter> parameters, CancellationToken cancellationToken,
        ConflictSubject? conflict = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => RunWriteAsync(() => RunAsync(sql, parameters, command => command.ExecuteNonQueryAsync(cancellationToken), conflict,
            cancellationToken), cancellationToken), callerFile, callerMember);

    /// <summary>
    /// Runs one statement once per parameter set (each set naming the same parameters), in one transaction and with
    /// one command whose values change between executions, so the driver prepares the statement once. Any failure
    /// rolls the whole batch back; <paramref name="conflictOf"/> names the row of a parameter set for a unique violation.
    /// </summary>
    public Task<int> ExecuteBatchAsync(string sql, IReadOnlyList<IReadOnlyList<SqlParameter>> parameterSets,
        CancellationToken cancellationToken, Func<int, ConflictSubject>? conflictOf = null,
        [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        parameterSets.Count == 0
            ? Task.FromResult(0)
            : WithWriteConnectionAsync(async connection =>
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await using var command = CreateCommand(connection, sql, parameterSets[0], transaction);
                var total = 0;
                for (var set = 0; set < parameterSets.Count; set++)
                {
                    var parameters = parameterSets[set];
                    for (var index = 0; index < parameters.Count; index++)
                        command.Parameters[index].Value = parameters[index].Value ?? DBNull.Value;
                    try
                    {
                        total += await command.ExecuteNonQueryAsync(cancellationToken);
                    }
                    catch (Exception exception) when (conflictOf is not null && Translate(exception, conflictOf(set)) is { } translated)
                    {
                        throw translated;
                    }
                }
                await transaction.CommitAsync(cancellationToken);
                return total;
            }, cancellationToken, callerFile, callerMember);

    /// <summary>Reads every row.</summary>
    public Task<List<T>> QueryAsync<T>(string sql, IReadOnlyList<SqlParameter> parameters, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => QueryRowsAsync(sql, parameters, map, cancellationToken), callerFile, callerMember);

    /// <summary>A statement that changes data and returns rows (UPDATE … RETURNING): the first row, or default.</summary>
    public Task<T?> QueryWriteSingleAsync<T>(string sql, IReadOnlyList<SqlParameter> parameters, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, ConflictSubject? conflict = null, [CallerFilePath] string callerFile = "",
        [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => RunWriteAsync(() => QueryFirstAsync(sql, parameters, map, cancellationToken, conflict), cancellationToken),
            callerFile, callerMember);

    /// <summary>Reads the first row, or default when there is none.</summary>
    public Task<T?> QuerySingleAsync<T>(string sql, IReadOnlyList<SqlParameter> parameters, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => QueryFirstAsync(sql, parameters, map, cancellationToken), callerFile, callerMember);

    /// <summary>Runs <paramref name="work"/> on one open connection, with the same echo and error translation.</summary>
    public Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken,
        [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => RunOnConnectionAsync(work, cancellationToken), callerFile, callerMember);

    /// <summary>Like <see cref="WithConnectionAsync{T}"/>, for work that writes (it queues behind other writers where the backend requires).</summary>
    public Task<T> WithWriteConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken,
        [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => RunWriteAsync(() => RunOnConnectionAsync(work, cancellationToken), cancellationToken), callerFile, callerMember);

    private Task<List<T>> QueryRowsAsync<T>(string sql, IReadOnlyList<SqlParameter> parameters, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, ConflictSubject? conflict = null) =>
        RunAsync(sql, parameters, async command =>
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancellationToken))
                rows.Add(map(reader));
            return rows;
        }, conflict, cancellationToken);

    private async Task<T?> QueryFirstAsync<T>(string sql, IReadOnlyList<SqlParameter> parameters, Func<DbDataReader, T> map,
        CancellationToken cancellationToken, ConflictSubject? conflict = null)
    {
        var rows = await QueryRowsAsync(sql, parameters, map, cancellationToken, conflict);
        return rows.Count > 0 ? rows[0] : default;
    }

    private async Task<T> RunOnConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception exception) when (Translate(exception, null) is { } translated)
        {
            throw translated;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction on a write connection, committed when it returns; an exception
    /// rolls it back. <paramref name="conflict"/> names the row a unique violation is about.
    /// </summary>
    public Task<T> InWriteTransactionAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken,
        ConflictSubject? conflict = null, [CallerFilePath] string callerFile = "", [CallerMemberName] string callerMember = "") =>
        TimedAsync(() => RunWriteAsync(async () =>
        {
            try
            {
                await using var connection = await OpenConnectionAsync(cancellationToken);
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                var result = await work(connection, transaction);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception exception) when (Translate(exception, conflict) is { } translated)
            {
                throw translated;
            }
        }, cancellationToken), callerFile, callerMember);

    /// <summary>Creates a command on the connection, echoing its text when echo mode is on.</summary>
    public DbCommand CreateCommand(DbConnection connection, string sql, IReadOnlyList<SqlParameter>? parameters = null,
        DbTransaction? transaction = null)
    {
        if (echo)
            logger.LogInformation("SQL: {Sql}", sql);
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var parameter in parameters ?? [])
        {
            var dbParameter = command.CreateParameter();
            dbParameter.ParameterName = parameter.Name;
            dbParameter.Value = parameter.Value ?? DBNull.Value;
            command.Parameters.Add(dbParameter);
        }
        return command;
    }

    /// <summary>Times one operation, failures included (the wait for SQLite's write gate counts: the caller waits for it too).</summary>
    private async Task<T> TimedAsync<T>(Func<Task<T>> operation, string callerFile, string callerMember)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await operation();
        }
        finally
        {
            WardenMetrics.RecordStoreOperation(BackendName, WardenMetrics.OperationName(callerFile, callerMember),
                Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>Hook for backends that must serialise writers (SQLite); the default runs the write as is.</summary>
    protected virtual Task<T> RunWriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) => write();

    private async Task<T> RunAsync<T>(string sql, IReadOnlyList<SqlParameter> parameters, Func<DbCommand, Task<T>> execute,
        ConflictSubject? conflict, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            await using var command = CreateCommand(connection, sql, parameters);
            return await execute(command);
        }
        catch (Exception exception) when (Translate(exception, conflict) is { } translated)
        {
            throw translated;
        }
    }
}

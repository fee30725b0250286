using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Warden.Core.Storage;
using Warden.Storage.Sql;

namespace Warden.Storage.Sqlite;

/// <summary>
/// SQLite connections with the settings Warden relies on, and SQLite's result codes translated into storage facts.
/// SQLite admits one writer at a time: writers in this process queue on a semaphore instead of spinning on
/// SQLITE_BUSY, and the busy timeout covers writers in other processes, so a client never sees "database is locked".
/// </summary>
public sealed class SqliteDatabase(string connectionString, ILogger logger, bool echo) : SqlDatabase(logger, echo), IDisposable
{
    public override string BackendName => "sqlite";

    public string ConnectionString => connectionString;

    public const int BusyTimeoutMilliseconds = 10_000;

    private const int ConstraintPrimaryKey = 1555;
    private const int ConstraintUnique = 2067;
    private const int ConstraintForeignKey = 787;

    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _journalModeChecked;

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragmas = connection.CreateCommand();
            // Per-connection settings; journal_mode=WAL is persistent and set once by SqliteBackend.
            pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
            await pragmas.ExecuteNonQueryAsync(cancellationToken);
            if (!_journalModeChecked)
                await EnableWriteAheadLogAsync(connection, cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Switches a database file to write-ahead logging (readers proceed while one writer writes) on the first
    /// connection, whoever created the file. The mode is persistent; in-memory databases keep their own.
    /// </summary>
    private async Task EnableWriteAheadLogAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (connection.DataSource.Length > 0 && !connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
        {
            await using var command = CreateCommand(connection, "PRAGMA journal_mode = WAL");
            await command.ExecuteScalarAsync(cancellationToken);
        }
        _journalModeChecked = true;
    }

    /// <summary>Runs <paramref name="write"/> while holding this process's writer slot.</summary>
    public async Task<T> WithWriteGateAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            return await write();
        }
        finally
        {
            _writeGate.Release();
        }
    }

    protected override Task<T> RunWriteAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken) =>
        WithWriteGateAsync(write, cancellationToken);

    protected override StorageException? Translate(Exception exception, ConflictSubject? conflict) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: ConstraintPrimaryKey or ConstraintUnique } unique => conflict is { } subject
            ? new DuplicateEntityException(subject.Entity, subject.Key, unique)
            : new DuplicateEntityException("row", unique.Message, unique),
        SqliteException { SqliteExtendedErrorCode: ConstraintForeignKey } foreign =>
            new MissingReferenceException("a referenced row does not exist", foreign),
        SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED or SQLitePCL.raw.SQLITE_CANTOPEN
            or SQLitePCL.raw.SQLITE_IOERR or SQLitePCL.raw.SQLITE_FULL or SQLitePCL.raw.SQLITE_READONLY } unavailable =>
            new StorageUnavailableException("SQLite database is unavailable: " + unavailable.Message, unavailable),
        _ => null,
    };

    public void Dispose() => _writeGate.Dispose();
}

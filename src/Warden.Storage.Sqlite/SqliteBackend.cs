using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Warden.Core.Storage;
using Warden.Storage.Sql;

namespace Warden.Storage.Sqlite;

/// <summary>
/// SQLite storage in one file (WAL mode, foreign keys on, busy timeout), or in memory for `sqlite::memory:`,
/// where one connection is held open for the backend's lifetime because the database lives only while one is.
/// </summary>
public sealed class SqliteBackend : SqlStorageBackend
{
    /// <summary>The path that stands for an in-memory database.</summary>
    public const string InMemoryPath = ":memory:";

    private readonly SqliteDatabase _database;
    private readonly SqliteConnection? _keepAlive;

    public SqliteBackend(string path, string tablePrefix, bool echo, ILoggerFactory loggerFactory, TimeProvider time)
        : this(path, new SqliteDatabase(ConnectionStringFor(path), loggerFactory.CreateLogger("Warden.Sql"), echo), tablePrefix, time)
    {
    }

    private SqliteBackend(string path, SqliteDatabase database, string tablePrefix, TimeProvider time)
        : base(database, database, new SqliteDialect(), new TableNames(tablePrefix), "sqlite", time)
    {
        _database = database;
        Location = path == InMemoryPath ? "sqlite::memory:" : "sqlite:" + Path.GetFullPath(path);
        if (path == InMemoryPath)
        {
            _keepAlive = new SqliteConnection(database.ConnectionString);
            _keepAlive.Open();
        }
        else
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
        }
    }

    public override string Name => "sqlite";
    public override string Location { get; }

    public override Task<DatabaseProbe> ProbeAsync(CancellationToken cancellationToken = default) =>
        ProbeTimer.MeasureAsync(_database, Name, async connection =>
        {
            await using var command = _database.CreateCommand(connection, "SELECT sqlite_version()");
            return "SQLite " + (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null)
            await _keepAlive.DisposeAsync();
        _database.Dispose();
    }

    private static string ConnectionStringFor(string path) => new SqliteConnectionStringBuilder
    {
        DataSource = path == InMemoryPath ? "warden-" + Guid.NewGuid().ToString("N") : path,
        Mode = path == InMemoryPath ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate,
        Cache = path == InMemoryPath ? SqliteCacheMode.Shared : SqliteCacheMode.Default,
        ForeignKeys = true,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();
}

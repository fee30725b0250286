using Microsoft.Extensions.Logging;
using Npgsql;
using Warden.Core.Storage;
using Warden.Storage.Sql;

namespace Warden.Storage.Postgres;

/// <summary>
/// PostgreSQL storage through two pooled NpgsqlDataSources: one for the stores, whose connections keep their hot
/// statements prepared, and one for the migrator, without prepared statements (a migration changes the tables they
/// read, and the ledger is read with <c>SELECT *</c>). The second opens a connection only while migrations are checked or run.
/// </summary>
public sealed class PostgresBackend : SqlStorageBackend
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly NpgsqlDataSource _schemaDataSource;
    private readonly PostgresDatabase _database;

    public PostgresBackend(PostgresSettings settings, string tablePrefix, bool echo, ILoggerFactory loggerFactory, TimeProvider time)
        // The names label Npgsql's pool metrics (pool_name); the default would be the connection string.
        : this(new NpgsqlDataSourceBuilder(PostgresConnectionStrings.Build(settings)) { Name = "warden" }.Build(),
            new NpgsqlDataSourceBuilder(PostgresConnectionStrings.Build(settings, prepareStatements: false)) { Name = "warden-schema" }.Build(),
            settings, tablePrefix, echo, loggerFactory.CreateLogger("Warden.Sql"), time)
    {
    }

    private PostgresBackend(NpgsqlDataSource dataSource, NpgsqlDataSource schemaDataSource, PostgresSettings settings, string tablePrefix, bool echo,
        ILogger logger, TimeProvider time)
        : this(dataSource, schemaDataSource, new PostgresDatabase(dataSource, logger, echo), new PostgresDatabase(schemaDataSource, logger, echo),
            settings, tablePrefix, time)
    {
    }

    private PostgresBackend(NpgsqlDataSource dataSource, NpgsqlDataSource schemaDataSource, PostgresDatabase database,
        PostgresDatabase schemaDatabase, PostgresSettings settings, string tablePrefix, TimeProvider time)
        : base(database, schemaDatabase, new PostgresDialect(), new TableNames(tablePrefix), "postgres", time)
    {
        _dataSource = dataSource;
        _schemaDataSource = schemaDataSource;
        _database = database;
        Location = settings.Redacted;
    }

    public override string Name => "postgres";
    public override string Location { get; }

    public override Task<DatabaseProbe> ProbeAsync(CancellationToken cancellationToken = default) =>
        ProbeTimer.MeasureAsync(_database, Name, async connection =>
        {
            await using var command = _database.CreateCommand(connection, "SELECT current_setting('server_version')");
            return "PostgreSQL " + (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }, cancellationToken);

    public override async ValueTask DisposeAsync()
    {
        await _schemaDataSource.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}

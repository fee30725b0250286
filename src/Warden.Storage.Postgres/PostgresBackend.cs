using Microsoft.Extensions.Logging;
using Npgsql;
using Warden.Core.Storage;
using Warden.Storage.Sql;

namespace Warden.Storage.Postgres;

/// <summary>PostgreSQL storage through one pooled NpgsqlDataSource.</summary>
public sealed class PostgresBackend : SqlStorageBackend
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresDatabase _database;

    public PostgresBackend(PostgresSettings settings, string tablePrefix, bool echo, ILoggerFactory loggerFactory, TimeProvider time)
        // The name labels Npgsql's pool metrics (pool_name); the default would be the connection string.
        : this(new NpgsqlDataSourceBuilder(PostgresConnectionStrings.Build(settings)) { Name = "warden" }.Build(), settings, tablePrefix, echo,
            loggerFactory, time)
    {
    }

    private PostgresBackend(NpgsqlDataSource dataSource, PostgresSettings settings, string tablePrefix, bool echo,
        ILoggerFactory loggerFactory, TimeProvider time)
        : this(dataSource, new PostgresDatabase(dataSource, loggerFactory.CreateLogger("Warden.Sql"), echo), settings, tablePrefix, time)
    {
    }

    private PostgresBackend(NpgsqlDataSource dataSource, PostgresDatabase database, PostgresSettings settings, string tablePrefix,
        TimeProvider time)
        : base(database, new PostgresDialect(), new TableNames(tablePrefix), "postgres", time)
    {
        _dataSource = dataSource;
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

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

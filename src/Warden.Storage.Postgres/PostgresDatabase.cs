using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Warden.Core.Storage;
using Warden.Storage.Sql;

namespace Warden.Storage.Postgres;

/// <summary>Connections from one NpgsqlDataSource, and PostgreSQL's error codes translated into storage facts.</summary>
public sealed class PostgresDatabase(NpgsqlDataSource dataSource, ILogger logger, bool echo) : SqlDatabase(logger, echo)
{
    public override string BackendName => "postgres";

    protected override async ValueTask<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken) =>
        await dataSource.OpenConnectionAsync(cancellationToken);

    protected override StorageException? Translate(Exception exception, ConflictSubject? conflict)
    {
        switch (exception)
        {
            case PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique:
                return conflict is { } subject
                    ? new DuplicateEntityException(subject.Entity, subject.Key, unique)
                    : new DuplicateEntityException("row", unique.ConstraintName ?? "?", unique);
            case PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } foreign:
                return new MissingReferenceException($"a referenced row does not exist ({foreign.ConstraintName})", foreign);
            case PostgresException postgres when IsUnavailable(postgres.SqlState):
            case NpgsqlException { IsTransient: true }:
            case SocketException or TimeoutException:
                // Pooled connections may all be dead after a server restart; drop them so recovery is immediate.
                dataSource.Clear();
                return new StorageUnavailableException("PostgreSQL is unreachable: " + exception.Message, exception);
            default:
                return null;
        }
    }

    private static bool IsUnavailable(string sqlState) =>
        sqlState.StartsWith("08", StringComparison.Ordinal)
        || sqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
            or PostgresErrorCodes.TooManyConnections;
}

using Npgsql;

namespace Warden.Storage.Postgres;

/// <summary>
/// Creates Warden's role and database from an administrator connection (`warden db setup`). Idempotent: an existing
/// role gets the configured password, an existing database is left as it is.
/// </summary>
public static class PostgresProvisioner
{
    /// <summary>What setup did, line by line, for the operator.</summary>
    public static async Task<IReadOnlyList<string>> SetupAsync(PostgresSettings admin, PostgresSettings target,
        CancellationToken cancellationToken)
    {
        var report = new List<string>();
        await using var connection = new NpgsqlConnection(PostgresConnectionStrings.Build(admin));
        await connection.OpenAsync(cancellationToken);

        var roleExists = await ExistsAsync(connection, "SELECT 1 FROM pg_roles WHERE rolname = @name", target.User, cancellationToken);
        var passwordClause = target.Password is null ? "" : $" PASSWORD {QuoteLiteral(target.Password)}";
        // Role and database names cannot be bound as parameters in DDL, hence the quoting.
        await ExecuteAsync(connection,
            roleExists ? $"ALTER ROLE {QuoteIdentifier(target.User)} WITH LOGIN{passwordClause}"
                       : $"CREATE ROLE {QuoteIdentifier(target.User)} WITH LOGIN{passwordClause}",
            cancellationToken);
        report.Add((roleExists, target.Password is null) switch
        {
            (true, true) => $"role {target.User}: exists (login ensured; no password configured, so it was left as it is)",
            (true, false) => $"role {target.User}: exists (login ensured, password set to the configured one)",
            _ => $"role {target.User}: created",
        });

        var databaseExists = await ExistsAsync(connection, "SELECT 1 FROM pg_database WHERE datname = @name", target.Database, cancellationToken);
        if (!databaseExists)
            await ExecuteAsync(connection,
                $"CREATE DATABASE {QuoteIdentifier(target.Database)} OWNER {QuoteIdentifier(target.User)} ENCODING 'UTF8'",
                cancellationToken);
        report.Add(databaseExists ? $"database {target.Database}: exists" : $"database {target.Database}: created");

        await ExecuteAsync(connection,
            $"GRANT ALL PRIVILEGES ON DATABASE {QuoteIdentifier(target.Database)} TO {QuoteIdentifier(target.User)}", cancellationToken);

        // Since PostgreSQL 15 ordinary roles may not create tables in the public schema unless they own it.
        await using var targetConnection = new NpgsqlConnection(PostgresConnectionStrings.Build(admin, target.Database));
        await targetConnection.OpenAsync(cancellationToken);
        await ExecuteAsync(targetConnection, $"GRANT ALL ON SCHEMA public TO {QuoteIdentifier(target.User)}", cancellationToken);
        report.Add($"schema public: {target.User} may create tables");
        return report;
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection connection, string sql, string name, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";

    private static string QuoteLiteral(string value) => "'" + value.Replace("'", "''") + "'";
}

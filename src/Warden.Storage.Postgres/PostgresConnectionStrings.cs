using Npgsql;

namespace Warden.Storage.Postgres;

/// <summary>Turns <see cref="PostgresSettings"/> into an Npgsql connection string.</summary>
public static class PostgresConnectionStrings
{
    public static string Build(PostgresSettings settings, string? databaseOverride = null)
    {
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = settings.Host,
            Port = settings.Port,
            Database = databaseOverride ?? settings.Database,
            Username = settings.User,
            Password = settings.Password,
            SslMode = ParseSslMode(settings.SslMode),
            Timeout = settings.ConnectTimeoutSeconds,
            CommandTimeout = settings.CommandTimeoutSeconds,
            ApplicationName = "warden",
            // Warden keeps no session state (no SET, no session-level lock, no temporary table, no prepared statement
            // of its own), so the DISCARD ALL Npgsql would otherwise send with a pooled connection's next command only
            // costs a statement and a transaction of its own on every operation. PgBouncer in transaction mode hands
            // each transaction to any server connection, where a reset would be useless anyway (Npgsql's automatic
            // preparation, which it could not carry, is off by default).
            NoResetOnClose = true,
        };
        if (settings.MinPoolSize is { } min)
            builder.MinPoolSize = min;
        if (settings.MaxPoolSize is { } max)
            builder.MaxPoolSize = max;
        return builder.ConnectionString;
    }

    /// <summary>Npgsql's names for libpq's sslmode values (verify-ca and verify-full keep their libpq meaning).</summary>
    public static SslMode ParseSslMode(string sslMode) => sslMode switch
    {
        "disable" => SslMode.Disable,
        "allow" => SslMode.Allow,
        "prefer" => SslMode.Prefer,
        "require" => SslMode.Require,
        "verify-ca" => SslMode.VerifyCA,
        "verify-full" => SslMode.VerifyFull,
        _ => throw new ArgumentException($"unknown sslmode '{sslMode}'", nameof(sslMode)),
    };

    public static readonly string[] SslModes = ["disable", "allow", "prefer", "require", "verify-ca", "verify-full"];
}

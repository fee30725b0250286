using Npgsql;

namespace Warden.Storage.Postgres;

/// <summary>Turns <see cref="PostgresSettings"/> into an Npgsql connection string.</summary>
public static class PostgresConnectionStrings
{
    /// <summary>How many statements each pooled connection keeps prepared: more than Warden's distinct hot statements.</summary>
    public const int MaxPreparedStatements = 64;

    /// <param name="prepareStatements">
    /// Whether pooled connections keep the statements they run often prepared; never through PgBouncer, whatever is asked.
    /// </param>
    public static string Build(PostgresSettings settings, string? databaseOverride = null, bool prepareStatements = true)
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
            // Warden keeps no session state (no SET, no session-level lock, no temporary table) besides the prepared
            // statements below, so the DISCARD ALL Npgsql would otherwise send with a pooled connection's next command
            // only costs a statement and a transaction of its own on every operation (and would drop those statements).
            // PgBouncer in transaction mode hands each transaction to any server connection, where a reset would be
            // useless anyway.
            NoResetOnClose = true,
        };
        // Without PgBouncer each pooled connection keeps the statements it ran twice prepared, so PostgreSQL parses and
        // plans the token endpoint's statements once per connection instead of on every request: most of the database's
        // CPU per refresh rotation. PgBouncer in transaction mode cannot carry prepared statements from one transaction
        // to the next, so there they stay off.
        if (prepareStatements && !settings.PgBouncer)
        {
            builder.MaxAutoPrepare = MaxPreparedStatements;
            builder.AutoPrepareMinUsages = 2;
        }
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

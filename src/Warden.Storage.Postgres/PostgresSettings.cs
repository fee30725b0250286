namespace Warden.Storage.Postgres;

/// <summary>
/// How to reach PostgreSQL, as resolved from configuration (DATABASE_URL or the POSTGRES_* keys).
/// </summary>
public sealed record PostgresSettings
{
    /// <summary>Npgsql's maximum pool size when none is configured.</summary>
    public const int DefaultMaxPoolSize = 100;

    public string Host { get; init; } = "localhost";
    public int Port { get; init; } = 5432;
    public string Database { get; init; } = "warden";
    public string User { get; init; } = "warden";
    public string? Password { get; init; }

    /// <summary>libpq's sslmode: disable, allow, prefer, require, verify-ca or verify-full.</summary>
    public string SslMode { get; init; } = "prefer";

    public int? MinPoolSize { get; init; }
    public int? MaxPoolSize { get; init; }
    public int ConnectTimeoutSeconds { get; init; } = 5;
    public int CommandTimeoutSeconds { get; init; } = 30;

    /// <summary>
    /// Set when connecting through PgBouncer in transaction pooling mode: no session state is relied on or reset.
    /// </summary>
    public bool PgBouncer { get; init; }

    /// <summary>postgres://user:***@host:port/db?sslmode=…, safe to print.</summary>
    public string Redacted =>
        $"postgres://{Uri.EscapeDataString(User)}{(Password is null ? "" : ":***")}@{Host}:{Port}/{Uri.EscapeDataString(Database)}?sslmode={SslMode}";
}

using System.Web;
using Warden.Cache.Redis;
using Warden.Storage.Postgres;
using Warden.Storage.Sqlite;

namespace Warden.Configuration;

/// <summary>What a DATABASE_URL names: the backend and, for SQL ones, where the data is.</summary>
public sealed record DatabaseUrl(DatabaseType Type, string? SqlitePath, PostgresUrl? Postgres);

/// <summary>The parts of a postgres:// URL; null parts fall back to the discrete POSTGRES_* settings.</summary>
/// <param name="PoolSize">pool_size: the connections the pool keeps, as database.pool_size.</param>
/// <param name="MinPoolSize">min_pool_size or initial_pool_size: the pool's minimum only.</param>
/// <param name="MinPoolSizeParameter">Which of the two names gave <paramref name="MinPoolSize"/>, for the start-up log.</param>
public sealed record PostgresUrl(
    string Host, int? Port, string? Database, string? User, string? Password, string? SslMode,
    int? PoolSize, int? MinPoolSize, string? MinPoolSizeParameter, int? MaxPoolSize, int? ConnectTimeout, int? CommandTimeout, bool? PgBouncer);

/// <summary>Parses DATABASE_URL and CACHE_URL / REDIS_URL.</summary>
public static class ConnectionUrls
{
    public const string DatabaseUrlForms =
        "postgres://user:password@host:5432/db?sslmode=require, postgresql://…, sqlite:PATH, sqlite::memory:, :memory: or memory:";

    private static readonly string[] PostgresParameters =
        ["sslmode", "pool_size", "min_pool_size", "initial_pool_size", "max_pool_size", "connect_timeout", "command_timeout", "pgbouncer"];

    public static DatabaseUrl ParseDatabaseUrl(string url, string name)
    {
        if (url == "memory:")
            return new DatabaseUrl(DatabaseType.Memory, null, null);
        // A bare ":memory:" is SQLite's own name for an in-memory database, as the passkey library's data store URL uses it.
        if (url is "sqlite::memory:" or SqliteBackend.InMemoryPath)
            return new DatabaseUrl(DatabaseType.Sqlite, SqliteBackend.InMemoryPath, null);
        if (url.StartsWith("sqlite:", StringComparison.Ordinal))
        {
            var path = url["sqlite:".Length..];
            if (path.StartsWith("//", StringComparison.Ordinal))
                path = path[2..];
            return path.Length > 0
                ? new DatabaseUrl(DatabaseType.Sqlite, path, null)
                : throw Invalid(name, url, "sqlite: needs a path, as in sqlite:./data/warden.db");
        }
        if (url.StartsWith("postgres://", StringComparison.Ordinal) || url.StartsWith("postgresql://", StringComparison.Ordinal))
            return new DatabaseUrl(DatabaseType.Postgres, null, ParsePostgres(url, name));
        throw Invalid(name, url, "expected " + DatabaseUrlForms);
    }

    public static RedisSettings ParseRedisUrl(string url, string name)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("redis" or "rediss") || uri.Host.Length == 0)
            throw Invalid(name, url, "expected redis://[user:password@]host[:port][/db] or rediss://…");
        var (user, password) = SplitUserInfo(uri);
        var databasePath = uri.AbsolutePath.Trim('/');
        var database = 0;
        if (databasePath.Length > 0 && (!int.TryParse(databasePath, out database) || database < 0))
            throw Invalid(name, url, "the path must be a database number, as in redis://localhost:6379/0");
        return new RedisSettings
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 6379 : uri.Port,
            User = string.IsNullOrEmpty(user) ? null : user,
            Password = password,
            Database = database,
            UseTls = uri.Scheme == "rediss",
        };
    }

    /// <summary>The URL with any password replaced by ***, for messages and logs.</summary>
    public static string Redact(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        var at = url.LastIndexOf('@');
        if (schemeEnd < 0 || at < schemeEnd)
            return url;
        var userInfo = url[(schemeEnd + 3)..at];
        var colon = userInfo.IndexOf(':');
        return colon < 0 ? url : url[..(schemeEnd + 3)] + userInfo[..colon] + ":***" + url[at..];
    }

    private static PostgresUrl ParsePostgres(string url, string name)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            throw Invalid(name, url, "expected postgres://user:password@host:port/database");
        var (user, password) = SplitUserInfo(uri);
        var query = HttpUtility.ParseQueryString(uri.Query);
        foreach (var parameter in query.AllKeys)
        {
            if (parameter is null || !PostgresParameters.Contains(parameter))
                throw Invalid(name, url, $"unknown parameter '{parameter}' (allowed: {string.Join(", ", PostgresParameters)})");
        }

        var sslMode = query["sslmode"];
        if (sslMode is not null && !PostgresConnectionStrings.SslModes.Contains(sslMode))
            throw Invalid(name, url, $"sslmode '{sslMode}' is not one of {string.Join(", ", PostgresConnectionStrings.SslModes)}");

        if (query["min_pool_size"] is not null && query["initial_pool_size"] is not null)
            throw Invalid(name, url, "min_pool_size and initial_pool_size name the same minimum: give one of them");
        var minimumParameter = query["min_pool_size"] is not null ? "min_pool_size" : query["initial_pool_size"] is not null ? "initial_pool_size" : null;

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        return new PostgresUrl(
            uri.Host,
            uri.IsDefaultPort || uri.Port < 0 ? null : uri.Port,
            database.Length > 0 ? database : null,
            string.IsNullOrEmpty(user) ? null : user,
            password,
            sslMode,
            Integer(query["pool_size"], "pool_size", 0, 1000, name, url),
            minimumParameter is null ? null : Integer(query[minimumParameter], minimumParameter, 0, 1000, name, url),
            minimumParameter,
            Integer(query["max_pool_size"], "max_pool_size", 1, 1000, name, url),
            Integer(query["connect_timeout"], "connect_timeout", 1, 600, name, url),
            Integer(query["command_timeout"], "command_timeout", 1, 3600, name, url),
            query["pgbouncer"] is { } pgbouncer
                ? WardenOptionsResolver.ParseBoolean(pgbouncer) ?? throw Invalid(name, url, "pgbouncer must be true or false")
                : null);
    }

    private static int? Integer(string? text, string parameter, int min, int max, string name, string url)
    {
        if (text is null)
            return null;
        return int.TryParse(text, out var value) && value >= min && value <= max
            ? value
            : throw Invalid(name, url, $"{parameter} must be an integer from {min} to {max}");
    }

    private static (string? User, string? Password) SplitUserInfo(Uri uri)
    {
        if (uri.UserInfo.Length == 0)
            return (null, null);
        var colon = uri.UserInfo.IndexOf(':');
        return colon < 0
            ? (Uri.UnescapeDataString(uri.UserInfo), null)
            : (Uri.UnescapeDataString(uri.UserInfo[..colon]), Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]));
    }

    /// <param name="name">What the URL is, for the message: "database.url (from DATABASE_URL)" or "--admin-url".</param>
    private static ConfigurationException Invalid(string name, string url, string allowed) =>
        new($"invalid value '{Redact(url)}' for {name}: {allowed}");
}

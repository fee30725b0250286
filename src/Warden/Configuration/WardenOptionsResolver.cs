using Microsoft.Extensions.Logging;
using Warden.Cache.Redis;
using Warden.Storage.Postgres;
using Warden.Storage.Sql;
using Keys = Warden.Configuration.ConfigurationKeys;

namespace Warden.Configuration;

/// <summary>
/// Turns layered raw values into <see cref="WardenOptions"/>, checking every value and the rules between them.
/// Each mistake becomes a <see cref="ConfigurationException"/> naming the key, where the value came from and what is
/// allowed; secret values are never repeated in the message.
/// </summary>
public static class WardenOptionsResolver
{
    private static readonly Dictionary<string, LogLevel> LogLevels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["trace"] = LogLevel.Trace,
        ["debug"] = LogLevel.Debug,
        ["info"] = LogLevel.Information,
        ["warn"] = LogLevel.Warning,
        ["error"] = LogLevel.Error,
    };

    public static WardenOptions Resolve(ConfigurationLayers layers)
    {
        var defaults = WardenOptions.Defaults;
        return new WardenOptions(ResolveDatabase(layers, defaults.Database), ResolveCache(layers),
            ResolveServer(layers, defaults.Server), new LoggingOptions(
                Choice(layers, Keys.LogLevel, LogLevels, defaults.Logging.Level),
                Choice(layers, Keys.LogFormat, new Dictionary<string, LogFormat> { ["text"] = LogFormat.Text, ["json"] = LogFormat.Json },
                    defaults.Logging.Format)));
    }

    public static bool? ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => null,
    };

    private static DatabaseOptions ResolveDatabase(ConfigurationLayers layers, DatabaseOptions defaults)
    {
        var types = new Dictionary<string, DatabaseType>
        {
            ["memory"] = DatabaseType.Memory,
            ["sqlite"] = DatabaseType.Sqlite,
            ["postgres"] = DatabaseType.Postgres,
        };
        var type = Choice(layers, Keys.DatabaseType, types, defaults.Type);
        var sqlitePath = layers[Keys.SqlitePath]?.Value ?? defaults.SqlitePath;
        PostgresUrl? postgresUrl = null;

        if (layers[Keys.DatabaseUrl] is { } urlValue)
        {
            var url = ConnectionUrls.ParseDatabaseUrl(urlValue.Value, urlValue.Origin);
            var typeValue = layers[Keys.DatabaseType];
            if (typeValue is not null && types[typeValue.Value.ToLowerInvariant()] != url.Type && typeValue.Layer == urlValue.Layer)
                throw new ConfigurationException(
                    $"{typeValue.Origin} says '{typeValue.Value}' but {urlValue.Origin} names a {url.Type.ToString().ToLowerInvariant()} database; remove one of them");
            // The value from the later layer wins, as for every other setting.
            if (typeValue is null || urlValue.Layer > typeValue.Layer)
            {
                type = url.Type;
                sqlitePath = url.SqlitePath ?? sqlitePath;
                postgresUrl = url.Postgres;
            }
            else if (type == url.Type)
            {
                sqlitePath = url.SqlitePath ?? sqlitePath;
                postgresUrl = url.Postgres;
            }
        }

        var prefix = layers[Keys.TablePrefix]?.Value ?? defaults.TablePrefix;
        if (!TableNames.IsValidPrefix(prefix))
            throw Invalid(Keys.TablePrefix, layers[Keys.TablePrefix]!, "lowercase letters, digits and underscores, starting with a letter, at most 30 characters");

        var postgres = ResolvePostgres(layers, postgresUrl);
        if (postgres.MinPoolSize is { } min && postgres.MaxPoolSize is { } max && min > max)
            throw new ConfigurationException($"database.pool_size ({min}) must not exceed database.max_pool_size ({max})");

        return new DatabaseOptions(
            type,
            sqlitePath,
            postgres,
            Boolean(layers, Keys.Echo, defaults.Echo),
            prefix,
            TimeSpan.FromSeconds(Integer(layers, Keys.CleanupInterval, 0, 86_400) ?? (int)defaults.CleanupInterval.TotalSeconds),
            Boolean(layers, Keys.AutoMigrate, defaults.AutoMigrate));
    }

    private static PostgresSettings ResolvePostgres(ConfigurationLayers layers, PostgresUrl? url)
    {
        var defaults = new PostgresSettings();
        var sslMode = url?.SslMode ?? layers[Keys.PostgresSslMode]?.Value ?? defaults.SslMode;
        if (!PostgresConnectionStrings.SslModes.Contains(sslMode))
            throw Invalid(Keys.PostgresSslMode, layers[Keys.PostgresSslMode]!, string.Join(", ", PostgresConnectionStrings.SslModes));
        return new PostgresSettings
        {
            Host = url?.Host ?? layers[Keys.PostgresHost]?.Value ?? defaults.Host,
            Port = url?.Port ?? Integer(layers, Keys.PostgresPort, 1, 65535) ?? defaults.Port,
            Database = url?.Database ?? layers[Keys.PostgresDb]?.Value ?? defaults.Database,
            User = url?.User ?? layers[Keys.PostgresUser]?.Value ?? defaults.User,
            Password = url?.Password ?? layers[Keys.PostgresPassword]?.Value,
            SslMode = sslMode,
            MinPoolSize = url?.MinPoolSize ?? Integer(layers, Keys.PoolSize, 0, 1000),
            MaxPoolSize = url?.MaxPoolSize ?? Integer(layers, Keys.MaxPoolSize, 1, 1000),
            ConnectTimeoutSeconds = url?.ConnectTimeout ?? Integer(layers, Keys.ConnectTimeout, 1, 600) ?? defaults.ConnectTimeoutSeconds,
            CommandTimeoutSeconds = url?.CommandTimeout ?? Integer(layers, Keys.CommandTimeout, 1, 3600) ?? defaults.CommandTimeoutSeconds,
            PgBouncer = url?.PgBouncer ?? Boolean(layers, Keys.PgBouncer, defaults.PgBouncer),
        };
    }

    private static CacheOptions ResolveCache(ConfigurationLayers layers)
    {
        var types = new Dictionary<string, CacheType> { ["memory"] = CacheType.Memory, ["redis"] = CacheType.Redis };
        var urlValue = layers[Keys.CacheUrl];
        // A cache URL alone is enough to choose Redis.
        var type = Choice(layers, Keys.CacheType, types, urlValue is null ? CacheType.Memory : CacheType.Redis);
        if (type == CacheType.Memory)
            return new CacheOptions(type, null);
        var redis = urlValue is null ? new RedisSettings() : ConnectionUrls.ParseRedisUrl(urlValue.Value, urlValue.Origin);
        return new CacheOptions(type, redis);
    }

    private static ServerOptions ResolveServer(ConfigurationLayers layers, ServerOptions defaults)
    {
        var urls = layers[Keys.ServerUrls]?.Value ?? defaults.Urls;
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("*", "localhost").Replace("+", "localhost"), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
                throw Invalid(Keys.ServerUrls, layers[Keys.ServerUrls]!, "';'-separated http:// or https:// addresses, as in http://0.0.0.0:8080");
        }

        var issuerValue = layers[Keys.ServerIssuer];
        var issuer = issuerValue?.Value ?? urls.Split(';')[0].Trim();
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri) || issuerUri.Scheme is not ("http" or "https")
            || issuerUri.Query.Length > 0 || issuerUri.Fragment.Length > 0)
        {
            throw issuerValue is null
                ? new ConfigurationException($"server.issuer must be set when server.urls ('{urls}') does not start with a plain address")
                : Invalid(Keys.ServerIssuer, issuerValue, "an https:// (or http:// for development) URL without query or fragment (RFC 8414 §2)");
        }
        return new ServerOptions(urls, issuer.TrimEnd('/'));
    }

    private static T Choice<T>(ConfigurationLayers layers, ConfigurationKey key, IReadOnlyDictionary<string, T> allowed, T fallback)
    {
        if (layers[key] is not { } raw)
            return fallback;
        var match = allowed.FirstOrDefault(pair => string.Equals(pair.Key, raw.Value, StringComparison.OrdinalIgnoreCase));
        return match.Key is not null ? match.Value : throw Invalid(key, raw, "one of " + string.Join(", ", allowed.Keys));
    }

    private static int? Integer(ConfigurationLayers layers, ConfigurationKey key, int min, int max)
    {
        if (layers[key] is not { } raw)
            return null;
        return int.TryParse(raw.Value, out var value) && value >= min && value <= max
            ? value
            : throw Invalid(key, raw, $"an integer from {min} to {max}");
    }

    private static bool Boolean(ConfigurationLayers layers, ConfigurationKey key, bool fallback)
    {
        if (layers[key] is not { } raw)
            return fallback;
        return ParseBoolean(raw.Value) ?? throw Invalid(key, raw, "true or false");
    }

    private static ConfigurationException Invalid(ConfigurationKey key, ConfigurationValue raw, string allowed) =>
        new($"invalid value '{(key.IsSecret ? "***" : raw.Value)}' for {key.Name} (from {raw.Origin}): expected {allowed}");
}

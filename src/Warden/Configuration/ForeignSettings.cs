using Microsoft.Extensions.Logging;
using Warden.Storage.Sqlite;
using Keys = Warden.Configuration.ConfigurationKeys;

namespace Warden.Configuration;

/// <summary>
/// The settings of the systems Warden replaces, read with the meaning they have there, so that their users can switch
/// without rewriting their configuration: the passkey library's GENERIC_DATA_STORE_* / GENERIC_CACHE_STORE_* variables
/// and the multi-tenant auth API's <c>storage:</c> section. Each one becomes the Warden key it stands for, at its own
/// layer, and leaves an "understood X as Y" notice; Warden's own name wins when both are set in the same layer.
/// It also warns about environment variables in Warden's families that nothing reads, so a typo is never silent.
/// (POSTGRES_* without DB_TYPE and the pool sizes are read in <see cref="WardenOptionsResolver"/>, which knows the rest.)
/// </summary>
public static class ForeignSettings
{
    private const string DataStoreType = "GENERIC_DATA_STORE_TYPE";
    private const string DataStoreUrl = "GENERIC_DATA_STORE_URL";
    private const string CacheStoreType = "GENERIC_CACHE_STORE_TYPE";
    private const string CacheStoreUrl = "GENERIC_CACHE_STORE_URL";

    /// <summary>The other systems' environment variables that Warden reads.</summary>
    public static IReadOnlyList<string> EnvironmentVariables { get; } = [DataStoreType, DataStoreUrl, CacheStoreType, CacheStoreUrl];

    /// <summary>Variables in Warden's families that something other than the configuration reads: never typos.</summary>
    public static IReadOnlyList<string> ReadElsewhere { get; } =
        ["WARDEN_CONFIG", "WARDEN_ADMIN_PASSWORD", "WARDEN_FUZZ_SEED", "WARDEN_PUBLISH_CONFIGURATION", "WARDEN_READY_TO_RUN"];

    /// <summary>The test suites' own variables (WARDEN_TEST_POSTGRES_URL, WARDEN_TEST_REDIS_URL).</summary>
    private const string TestPrefix = "WARDEN_TEST_";

    private static readonly string[] Families = ["WARDEN_", "DB_", "POSTGRES_", "GENERIC_", "CACHE_", "REDIS_"];

    /// <summary>The libpq connection-string keywords a storage.connection_string may use, and the key each one sets.</summary>
    private static readonly Dictionary<string, ConfigurationKey> LibpqKeywords = new(StringComparer.Ordinal)
    {
        ["host"] = Keys.PostgresHost,
        ["port"] = Keys.PostgresPort,
        ["dbname"] = Keys.PostgresDb,
        ["user"] = Keys.PostgresUser,
        ["password"] = Keys.PostgresPassword,
        ["sslmode"] = Keys.PostgresSslMode,
        ["connect_timeout"] = Keys.ConnectTimeout,
    };

    /// <summary>GENERIC_DATA_STORE_* and GENERIC_CACHE_STORE_*, at the environment layer, after Warden's own variables.</summary>
    internal static void ReadEnvironment(ConfigurationLayers layers, IReadOnlyDictionary<string, string> environment)
    {
        string? Get(string variable) => environment.GetValueOrDefault(variable) is { Length: > 0 } value ? value : null;

        var dataType = Get(DataStoreType);
        if (dataType is not null && string.Equals(dataType, "redis", StringComparison.OrdinalIgnoreCase))
            throw new ConfigurationException(
                $"invalid value '{dataType}' for database.type (from {DataStoreType}): expected memory, sqlite or postgres " +
                $"(Warden keeps its data in SQL or memory; Redis serves as its cache: {CacheStoreType}=redis)");
        Alias(layers, DataStoreType, dataType, Keys.DatabaseType, dataType);
        if (Get(DataStoreUrl) is { } dataUrl)
        {
            if (string.Equals(layers[Keys.DatabaseType]?.Value, "memory", StringComparison.OrdinalIgnoreCase)
                && layers[Keys.DatabaseType]!.Layer == ConfigurationLayer.Environment)
                layers.Notice(LogLevel.Information, $"ignored {DataStoreUrl}: the data store type is memory, which has no location");
            else
                Alias(layers, DataStoreUrl, ConnectionUrls.Redact(dataUrl), Keys.DatabaseUrl, InMemorySqlite(dataUrl));
        }

        var cacheType = Get(CacheStoreType);
        switch (cacheType?.ToLowerInvariant())
        {
            case "sqlite":
                Alias(layers, CacheStoreType, cacheType, Keys.CacheType, "memory",
                    ": Warden has no SQL cache, so sessions, challenges and rate counters live in this process and are lost when " +
                    "it restarts; use redis to keep and share them");
                break;
            case "postgres":
                throw new ConfigurationException(
                    $"invalid value '{cacheType}' for cache.type (from {CacheStoreType}): expected memory or redis " +
                    "(Warden has no SQL cache; instances that share PostgreSQL share their cache through Redis)");
            default:
                Alias(layers, CacheStoreType, cacheType, Keys.CacheType, cacheType);
                break;
        }
        if (Get(CacheStoreUrl) is { } cacheUrl)
        {
            var cacheIsMemory = string.Equals(layers[Keys.CacheType]?.Value, "memory", StringComparison.OrdinalIgnoreCase)
                                && layers[Keys.CacheType]!.Layer == ConfigurationLayer.Environment;
            if (cacheUrl == SqliteBackend.InMemoryPath)
            {
                if (!cacheIsMemory)
                    Alias(layers, CacheStoreUrl, cacheUrl, Keys.CacheType, "memory");
            }
            else if (cacheIsMemory)
                layers.Notice(LogLevel.Information, $"ignored {CacheStoreUrl}: the cache store type is memory");
            else
                Alias(layers, CacheStoreUrl, ConnectionUrls.Redact(cacheUrl), Keys.CacheUrl, cacheUrl);
        }
    }

    /// <summary>
    /// Sets <paramref name="key"/> from another system's variable unless a variable of Warden's own (or the foreign type
    /// the URL belongs to) set it; notes which. <paramref name="caveat"/> turns the note into a warning that explains it.
    /// </summary>
    private static void Alias(ConfigurationLayers layers, string variable, string? shown, ConfigurationKey key, string? value, string? caveat = null)
    {
        if (value is null)
            return;
        if (layers[key] is { Layer: ConfigurationLayer.Environment } existing)
        {
            var winner = EnvironmentVariables.Contains(existing.Origin) ? "" : ", and Warden's own name wins";
            layers.Notice(LogLevel.Warning, $"ignored {variable}={shown}: {existing.Origin} sets {key.Name}{winner}");
            return;
        }
        layers.Set(key, value, ConfigurationLayer.Environment, variable);
        layers.Notice(caveat is null ? LogLevel.Information : LogLevel.Warning,
            $"understood {variable}={shown} as {key.Name}={(key.IsSecret ? ConnectionUrls.Redact(value) : value)}{caveat}");
    }

    /// <summary>
    /// The multi-tenant auth API's <c>storage:</c> section: <c>type</c> (memory, sqlite, postgres) becomes database.type and
    /// <c>connection_string</c> (a URL, a SQLite path or libpq key=value pairs) database.url or the database.postgres_* keys,
    /// at the layer that set them. database.* keys set in the same layer win.
    /// </summary>
    internal static void ReadStorageSection(ConfigurationLayers layers)
    {
        var type = layers[Keys.StorageType];
        if (type is not null)
            FromStorage(layers, Keys.StorageType, type, Keys.DatabaseType, type.Value);

        if (layers[Keys.StorageConnectionString] is not { } connection)
            return;
        var storageType = (type?.Value ?? layers[Keys.DatabaseType]?.Value)?.ToLowerInvariant();
        var text = connection.Value.Trim();
        if (storageType == "memory")
        {
            layers.Notice(LogLevel.Information, $"ignored {Name(layers, Keys.StorageConnectionString, connection)}: the storage type is memory, which has no location");
            return;
        }
        if (IsDatabaseUrl(text))
        {
            FromStorage(layers, Keys.StorageConnectionString, connection, Keys.DatabaseUrl, InMemorySqlite(text));
            return;
        }
        if (LooksLikeKeywordPairs(text))
        {
            if (storageType == "sqlite")
                throw InvalidPairs(layers, connection, "keyword=value pairs are PostgreSQL's form, but the storage type is sqlite: give a file path");
            foreach (var (keyword, value) in ParseKeywordPairs(layers, text, connection))
                FromStorage(layers, Keys.StorageConnectionString, connection, LibpqKeywords[keyword], value, keyword);
            return;
        }
        if (storageType == "postgres")
            throw new ConfigurationException(
                $"invalid value '***' for {Name(layers, Keys.StorageConnectionString, connection)}: expected postgres://user:password@host:5432/db " +
                "or key=value pairs such as host=db port=5432 dbname=auth user=svc password=… sslmode=require");
        // SQLite: a file path, or a file: URI of the Go and Python drivers (file:auth.db?cache=shared, mode=memory).
        FromStorage(layers, Keys.StorageConnectionString, connection, Keys.DatabaseUrl, SqliteUrl(text));
    }

    private static void FromStorage(ConfigurationLayers layers, ConfigurationKey foreign, ConfigurationValue raw, ConfigurationKey key, string value,
        string? part = null)
    {
        var from = Name(layers, foreign, raw) + (part is null ? "" : $" ({part})");
        var existing = layers[key];
        if (existing is not null && existing.Layer > raw.Layer)
            return; // A later layer wins, as for any setting.
        if (existing is not null && existing.Layer == raw.Layer)
        {
            layers.Notice(LogLevel.Warning, $"ignored {from}: {Name(layers, key, existing)} is set too, and Warden's own name wins");
            return;
        }
        layers.Set(key, value, raw.Layer, from);
        var shown = key.IsSecret ? (key == Keys.DatabaseUrl ? ConnectionUrls.Redact(value) : "***") : value;
        layers.Notice(LogLevel.Information, $"understood {from} as {key.Name}={shown}");
    }

    /// <summary>A value's key as the operator wrote it: the variable, "--set key", or "key in FILE".</summary>
    internal static string Name(ConfigurationLayers layers, ConfigurationKey key, ConfigurationValue raw) =>
        raw.Layer == ConfigurationLayer.File && raw.Origin == layers.ConfigFile ? $"{key.Name} in {raw.Origin}" : raw.Origin;

    /// <summary>A bare ":memory:" written as Warden's own in-memory SQLite URL, so the note says what it is.</summary>
    private static string InMemorySqlite(string url) => url == SqliteBackend.InMemoryPath ? "sqlite::memory:" : url;

    private static bool IsDatabaseUrl(string text) =>
        text is "memory:" || text == SqliteBackend.InMemoryPath || text.StartsWith("sqlite:", StringComparison.Ordinal)
        || text.StartsWith("postgres://", StringComparison.Ordinal) || text.StartsWith("postgresql://", StringComparison.Ordinal);

    private static bool LooksLikeKeywordPairs(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^[a-z_]+\s*=");

    private static string SqliteUrl(string text)
    {
        if (!text.StartsWith("file:", StringComparison.Ordinal))
            return "sqlite:" + text;
        var query = text.IndexOf('?');
        var path = query < 0 ? text["file:".Length..] : text["file:".Length..query];
        var inMemory = query >= 0 && text[(query + 1)..].Split('&').Contains("mode=memory");
        return inMemory || path == SqliteBackend.InMemoryPath ? "sqlite::memory:" : "sqlite:" + path;
    }

    /// <summary>libpq's keyword=value form: pairs separated by spaces, a value optionally in single quotes with \' and \\.</summary>
    private static List<(string Keyword, string Value)> ParseKeywordPairs(ConfigurationLayers layers, string text, ConfigurationValue raw)
    {
        var pairs = new List<(string, string)>();
        var position = 0;
        while (position < text.Length)
        {
            if (char.IsWhiteSpace(text[position]))
            {
                position++;
                continue;
            }
            var equals = text.IndexOf('=', position);
            if (equals < 0)
                throw InvalidPairs(layers, raw, "each part must be keyword=value");
            var keyword = text[position..equals].Trim();
            if (!LibpqKeywords.ContainsKey(keyword))
                throw InvalidPairs(layers, raw, $"unknown keyword '{keyword}' (allowed: {string.Join(", ", LibpqKeywords.Keys)})");
            position = equals + 1;
            while (position < text.Length && text[position] == ' ')
                position++;
            var value = new System.Text.StringBuilder();
            if (position < text.Length && text[position] == '\'')
            {
                position++;
                while (position < text.Length && text[position] != '\'')
                {
                    if (text[position] == '\\' && position + 1 < text.Length)
                        position++;
                    value.Append(text[position++]);
                }
                if (position >= text.Length)
                    throw InvalidPairs(layers, raw, $"the quoted value of '{keyword}' has no closing quote");
                position++;
            }
            else
            {
                while (position < text.Length && !char.IsWhiteSpace(text[position]))
                    value.Append(text[position++]);
            }
            pairs.Add((keyword, value.ToString()));
        }
        return pairs;
    }

    private static ConfigurationException InvalidPairs(ConfigurationLayers layers, ConfigurationValue raw, string problem) =>
        new($"invalid value '***' for {Name(layers, Keys.StorageConnectionString, raw)}: {problem}");

    /// <summary>One warning per variable in Warden's families that nothing reads, with the likely intended name.</summary>
    internal static void WarnAboutUnknownVariables(ConfigurationLayers layers, IReadOnlyDictionary<string, string> environment)
    {
        var known = KnownVariables();
        foreach (var name in environment.Keys.Order(StringComparer.Ordinal))
        {
            if (environment[name].Length == 0 || known.Contains(name) || name.StartsWith(TestPrefix, StringComparison.Ordinal)
                || !Families.Any(family => name.StartsWith(family, StringComparison.Ordinal)))
                continue;
            var hint = Suggestion(name, known) is { } closest ? $" (did you mean {closest}?)" : Hint(name);
            layers.Notice(LogLevel.Warning, $"unknown environment variable {name}: Warden does not read it{hint}");
        }
    }

    /// <summary>Every variable Warden or its tools read (docs/configuration.md lists them).</summary>
    public static HashSet<string> KnownVariables() =>
        Keys.All.SelectMany(key => key.EnvironmentVariables).Concat(EnvironmentVariables).Concat(ReadElsewhere).ToHashSet(StringComparer.Ordinal);

    /// <summary>The known name one or two edits away (a swapped pair of letters counts as one), when exactly one is that close.</summary>
    private static string? Suggestion(string name, IEnumerable<string> known)
    {
        var candidates = known.Select(candidate => (candidate, distance: EditDistance(name, candidate)))
            .Where(pair => pair.distance <= 2).OrderBy(pair => pair.distance).ToList();
        return candidates.Count > 0 && (candidates.Count == 1 || candidates[0].distance < candidates[1].distance) ? candidates[0].candidate : null;
    }

    /// <summary>Names other systems use for the same thing.</summary>
    private static string Hint(string name)
    {
        if (name.StartsWith("REDIS_", StringComparison.Ordinal))
            return "; Warden reads the Redis address from REDIS_URL=redis://[:password@]host:port/db";
        var postgres = name switch
        {
            "DB_HOST" => "POSTGRES_HOST",
            "DB_PORT" => "POSTGRES_PORT",
            "DB_NAME" or "DB_DATABASE" => "POSTGRES_DB",
            "DB_USER" or "DB_USERNAME" => "POSTGRES_USER",
            "DB_PASSWORD" or "DB_PASS" => "POSTGRES_PASSWORD",
            _ => null,
        };
        return postgres is null ? "" : $" (Warden's name for it is {postgres})";
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
            d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++)
            d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}

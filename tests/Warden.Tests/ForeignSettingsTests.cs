using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>
/// The settings of the systems Warden replaces select what they select there, each noted once as "understood X as Y";
/// Warden's own names win when both are set; a variable in Warden's families that nothing reads gets one warning.
/// </summary>
public sealed class ForeignSettingsTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private WardenOptions Resolve(Dictionary<string, string>? environment = null, string? yaml = null, Dictionary<string, string>? flags = null)
    {
        string? path = null;
        if (yaml is not null)
        {
            path = _directory.File("config.yaml");
            File.WriteAllText(path, yaml);
        }
        return WardenOptionsResolver.Resolve(ConfigurationLayers.Load(path, environment ?? [], flags ?? []));
    }

    private string Error(Dictionary<string, string>? environment = null, string? yaml = null) =>
        Assert.Throws<ConfigurationException>(() => Resolve(environment, yaml)).Message;

    private static List<string> Lines(WardenOptions options, LogLevel level) =>
        options.Notices.Where(notice => notice.Level == level).Select(notice => notice.Message).ToList();

    private static List<string> All(WardenOptions options) => options.Notices.Select(notice => notice.Message).ToList();

    // The Go OAuth2 server: POSTGRES_* without DB_TYPE.

    [Fact]
    public void Postgres_variables_without_db_type_select_postgres_and_say_so_once()
    {
        var options = Resolve(new() { ["POSTGRES_HOST"] = "db.internal", ["POSTGRES_PASSWORD"] = "s3cret", ["POSTGRES_SSLMODE"] = "disable" });

        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal(("db.internal", "s3cret"), (options.Database.Postgres.Host, options.Database.Postgres.Password));
        Assert.Equal(["understood POSTGRES_HOST, POSTGRES_PASSWORD without DB_TYPE as database.type=postgres"], All(options));
        Assert.DoesNotContain(All(options), line => line.Contains("s3cret"));
    }

    [Theory]
    [InlineData("POSTGRES_PORT", "5433")]
    [InlineData("POSTGRES_DB", "auth")]
    [InlineData("POSTGRES_USER", "svc")]
    public void Each_postgres_connection_variable_alone_selects_postgres(string variable, string value)
    {
        var options = Resolve(new() { [variable] = value });

        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal($"understood {variable} without DB_TYPE as database.type=postgres", Assert.Single(All(options)));
    }

    [Fact]
    public void A_type_or_url_in_any_layer_decides_before_the_postgres_variables()
    {
        var host = new Dictionary<string, string> { ["POSTGRES_HOST"] = "db" };

        Assert.Equal(DatabaseType.Sqlite, Resolve(new(host) { ["DB_TYPE"] = "sqlite" }).Database.Type);
        Assert.Equal(DatabaseType.Sqlite, Resolve(new(host) { ["DATABASE_URL"] = "sqlite:./x.db" }).Database.Type);
        Assert.Equal(DatabaseType.Sqlite, Resolve(host, "database:\n  type: sqlite\n").Database.Type);
        Assert.Equal(DatabaseType.Memory, Resolve(host, flags: new() { ["database.type"] = "memory" }).Database.Type);
        Assert.Empty(Resolve(new(host) { ["DB_TYPE"] = "sqlite" }).Notices);
        // The sslmode alone is no reason to leave SQLite.
        Assert.Equal(DatabaseType.Sqlite, Resolve(new() { ["POSTGRES_SSLMODE"] = "require" }).Database.Type);
    }

    [Fact]
    public void Postgres_keys_in_config_yaml_without_a_type_select_postgres_too()
    {
        var options = Resolve(yaml: "database:\n  postgres_host: db.internal\n");

        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal($"understood database.postgres_host in {_directory.File("config.yaml")} without database.type as database.type=postgres",
            Assert.Single(All(options)));
    }

    // The user store: SQLAlchemy's POSTGRES_POOL_SIZE and POSTGRES_MAX_OVERFLOW.

    [Fact]
    public void Pool_size_is_kept_open_and_max_overflow_comes_on_top_of_it()
    {
        var options = Resolve(new() { ["DB_TYPE"] = "postgres", ["POSTGRES_POOL_SIZE"] = "20", ["POSTGRES_MAX_OVERFLOW"] = "5" });

        Assert.Equal((20, 25), (options.Database.Postgres.MinPoolSize, options.Database.Postgres.MaxPoolSize));
        Assert.Equal("understood POSTGRES_POOL_SIZE=20 and POSTGRES_MAX_OVERFLOW=5 as SQLAlchemy's pool_size and max_overflow: " +
                     "20 connections kept open, at most 25 (pool_size + max_overflow)", Assert.Single(All(options)));
    }

    [Fact]
    public void A_missing_half_of_the_pool_pair_takes_sqlalchemys_default()
    {
        var sizeOnly = Resolve(new() { ["POSTGRES_POOL_SIZE"] = "20" }).Database.Postgres;
        var overflowOnly = Resolve(new() { ["DB_TYPE"] = "postgres", ["POSTGRES_MAX_OVERFLOW"] = "3" });

        Assert.Equal((20, 30), (sizeOnly.MinPoolSize, sizeOnly.MaxPoolSize));
        Assert.Equal((5, 8), (overflowOnly.Database.Postgres.MinPoolSize, overflowOnly.Database.Postgres.MaxPoolSize));
        Assert.Contains("the missing one at SQLAlchemy's default 5", Assert.Single(All(overflowOnly)));
        Assert.Equal((null, null), (Resolve().Database.Postgres.MinPoolSize, Resolve().Database.Postgres.MaxPoolSize));
        // On SQLite the pool is not used, so it is not mentioned.
        Assert.Empty(Resolve(new() { ["POSTGRES_POOL_SIZE"] = "20" }).Notices);
    }

    [Fact]
    public void Max_pool_size_wins_over_max_overflow_and_says_so()
    {
        var options = Resolve(new() { ["DB_TYPE"] = "postgres", ["POSTGRES_POOL_SIZE"] = "4", ["POSTGRES_MAX_OVERFLOW"] = "5", ["POSTGRES_MAX_POOL_SIZE"] = "40" });

        Assert.Equal((4, 40), (options.Database.Postgres.MinPoolSize, options.Database.Postgres.MaxPoolSize));
        Assert.Equal("ignored POSTGRES_MAX_OVERFLOW=5: database.max_pool_size (40) sets the maximum itself, and Warden's own name wins",
            Assert.Single(Lines(options, LogLevel.Warning)));
    }

    [Fact]
    public void The_url_parameters_initial_pool_size_and_max_pool_size_are_the_minimum_and_maximum()
    {
        var options = Resolve(new() { ["DATABASE_URL"] = "postgres://u@db/auth?initial_pool_size=2&max_pool_size=9" });

        Assert.Equal((2, 9), (options.Database.Postgres.MinPoolSize, options.Database.Postgres.MaxPoolSize));
        Assert.Equal("understood initial_pool_size=2 in DATABASE_URL as the pool's minimum (connections kept open)", Assert.Single(All(options)));
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(Storage.Postgres.PostgresConnectionStrings.Build(options.Database.Postgres));
        Assert.Equal((2, 9), (connection.MinPoolSize, connection.MaxPoolSize));
    }

    [Fact]
    public void Bad_pool_values_get_one_line_naming_key_value_and_allowed()
    {
        Assert.Equal("invalid value 'many' for database.max_overflow (from POSTGRES_MAX_OVERFLOW): expected an integer from 0 to 1000",
            Error(new() { ["POSTGRES_MAX_OVERFLOW"] = "many" }));
        Assert.Contains("allows no connection", Error(new() { ["POSTGRES_POOL_SIZE"] = "0", ["POSTGRES_MAX_OVERFLOW"] = "0" }));
        Assert.Contains("min_pool_size and initial_pool_size name the same minimum",
            Error(new() { ["DATABASE_URL"] = "postgres://h/d?min_pool_size=1&initial_pool_size=2" }));
    }

    // The passkey library: GENERIC_DATA_STORE_* and GENERIC_CACHE_STORE_*.

    [Fact]
    public void Data_store_sqlite_with_a_path_url()
    {
        var options = Resolve(new() { ["GENERIC_DATA_STORE_TYPE"] = "sqlite", ["GENERIC_DATA_STORE_URL"] = "sqlite:./passkeys.db" });

        Assert.Equal((DatabaseType.Sqlite, "./passkeys.db"), (options.Database.Type, options.Database.SqlitePath));
        Assert.Equal(["understood GENERIC_DATA_STORE_TYPE=sqlite as database.type=sqlite",
            "understood GENERIC_DATA_STORE_URL=sqlite:./passkeys.db as database.url=sqlite:./passkeys.db"], All(options));
    }

    [Fact]
    public void Data_store_url_memory_is_in_memory_sqlite()
    {
        var options = Resolve(new() { ["GENERIC_DATA_STORE_URL"] = ":memory:" });

        Assert.Equal((DatabaseType.Sqlite, SqliteBackend.InMemoryPath), (options.Database.Type, options.Database.SqlitePath));
        Assert.Equal("understood GENERIC_DATA_STORE_URL=:memory: as database.url=sqlite::memory:", Assert.Single(All(options)));
    }

    [Fact]
    public void Data_store_postgres_url_selects_postgres_and_redacts_the_password_in_the_note()
    {
        var options = Resolve(new() { ["GENERIC_DATA_STORE_TYPE"] = "postgres", ["GENERIC_DATA_STORE_URL"] = "postgresql://svc:pw@db:6432/passkeys" });

        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal(("db", 6432, "passkeys", "svc", "pw"), (options.Database.Postgres.Host, options.Database.Postgres.Port,
            options.Database.Postgres.Database, options.Database.Postgres.User, options.Database.Postgres.Password));
        Assert.Contains("understood GENERIC_DATA_STORE_URL=postgresql://svc:***@db:6432/passkeys as database.url=postgresql://svc:***@db:6432/passkeys", All(options));
        Assert.DoesNotContain(All(options), line => line.Contains(":pw@"));
    }

    [Fact]
    public void Data_store_memory_is_the_memory_backend_and_its_url_is_ignored()
    {
        var options = Resolve(new() { ["GENERIC_DATA_STORE_TYPE"] = "memory", ["GENERIC_DATA_STORE_URL"] = ":memory:" });

        Assert.Equal(DatabaseType.Memory, options.Database.Type);
        Assert.Contains("ignored GENERIC_DATA_STORE_URL: the data store type is memory, which has no location", All(options));
    }

    [Fact]
    public void Data_store_redis_is_refused_in_one_line_that_points_at_the_cache()
    {
        Assert.Equal("invalid value 'redis' for database.type (from GENERIC_DATA_STORE_TYPE): expected memory, sqlite or postgres " +
                     "(Warden keeps its data in SQL or memory; Redis serves as its cache: GENERIC_CACHE_STORE_TYPE=redis)",
            Error(new() { ["GENERIC_DATA_STORE_TYPE"] = "redis" }));
        Assert.Equal("invalid value 'mongo' for database.type (from GENERIC_DATA_STORE_TYPE): expected one of memory, sqlite, postgres",
            Error(new() { ["GENERIC_DATA_STORE_TYPE"] = "mongo" }));
    }

    [Fact]
    public void Warden_own_variables_win_over_the_data_store_variables_in_the_same_layer()
    {
        var options = Resolve(new() { ["DATABASE_URL"] = "sqlite:./own.db", ["GENERIC_DATA_STORE_URL"] = "postgresql://u:pw@db/x", ["DB_TYPE"] = "sqlite",
            ["GENERIC_DATA_STORE_TYPE"] = "postgres" });

        Assert.Equal((DatabaseType.Sqlite, "./own.db"), (options.Database.Type, options.Database.SqlitePath));
        Assert.Equal(["ignored GENERIC_DATA_STORE_TYPE=postgres: DB_TYPE sets database.type, and Warden's own name wins",
            "ignored GENERIC_DATA_STORE_URL=postgresql://u:***@db/x: DATABASE_URL sets database.url, and Warden's own name wins"],
            Lines(options, LogLevel.Warning));
    }

    [Fact]
    public void The_data_store_variables_are_environment_and_beat_config_yaml_but_not_flags()
    {
        Assert.Equal(DatabaseType.Memory, Resolve(new() { ["GENERIC_DATA_STORE_TYPE"] = "memory" }, "database:\n  type: sqlite\n").Database.Type);
        Assert.Equal(DatabaseType.Sqlite, Resolve(new() { ["GENERIC_DATA_STORE_TYPE"] = "memory" }, flags: new() { ["database.type"] = "sqlite" }).Database.Type);
    }

    [Fact]
    public void Cache_store_redis_with_a_url()
    {
        var options = Resolve(new() { ["GENERIC_CACHE_STORE_TYPE"] = "redis", ["GENERIC_CACHE_STORE_URL"] = "redis://:pw@cache:6380/3" });

        Assert.Equal(CacheType.Redis, options.Cache.Type);
        Assert.Equal(("cache", 6380, "pw", 3), (options.Cache.Redis!.Host, options.Cache.Redis.Port, options.Cache.Redis.Password, options.Cache.Redis.Database));
        Assert.Contains("understood GENERIC_CACHE_STORE_URL=redis://:***@cache:6380/3 as cache.url=redis://:***@cache:6380/3", All(options));
    }

    [Theory]
    [InlineData("GENERIC_CACHE_STORE_TYPE", "memory")]
    [InlineData("GENERIC_CACHE_STORE_URL", ":memory:")]
    public void Cache_store_memory_by_type_or_url(string variable, string value)
    {
        var options = Resolve(new() { [variable] = value, ["REDIS_URL"] = "" });

        Assert.Equal(CacheType.Memory, options.Cache.Type);
        Assert.Equal($"understood {variable}={value} as cache.type=memory", Assert.Single(All(options)));
    }

    [Fact]
    public void A_redis_url_alone_in_the_cache_store_selects_redis_and_redis_url_wins_over_it()
    {
        Assert.Equal(CacheType.Redis, Resolve(new() { ["GENERIC_CACHE_STORE_URL"] = "redis://cache:6379" }).Cache.Type);
        var both = Resolve(new() { ["GENERIC_CACHE_STORE_URL"] = "redis://other:6379", ["REDIS_URL"] = "redis://own:6379" });
        Assert.Equal("own", both.Cache.Redis!.Host);
        Assert.Contains("ignored GENERIC_CACHE_STORE_URL=redis://other:6379: REDIS_URL sets cache.url, and Warden's own name wins", All(both));
    }

    [Fact]
    public void Cache_store_sqlite_is_the_memory_cache_with_a_warning_and_postgres_is_refused()
    {
        var sqlite = Resolve(new() { ["GENERIC_CACHE_STORE_TYPE"] = "sqlite" });

        Assert.Equal(CacheType.Memory, sqlite.Cache.Type);
        Assert.StartsWith("understood GENERIC_CACHE_STORE_TYPE=sqlite as cache.type=memory: Warden has no SQL cache", Assert.Single(Lines(sqlite, LogLevel.Warning)));
        Assert.StartsWith("invalid value 'postgres' for cache.type (from GENERIC_CACHE_STORE_TYPE): expected memory or redis",
            Error(new() { ["GENERIC_CACHE_STORE_TYPE"] = "postgres" }));
    }

    // The multi-tenant auth API: config.yaml's storage: section.

    [Fact]
    public void Storage_section_postgres_with_a_url()
    {
        var options = Resolve(yaml: "storage:\n  type: postgres\n  connection_string: postgres://svc:pw@db:5432/tenants?sslmode=require\n");

        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal(("db", "tenants", "pw", "require"), (options.Database.Postgres.Host, options.Database.Postgres.Database,
            options.Database.Postgres.Password, options.Database.Postgres.SslMode));
        var path = _directory.File("config.yaml");
        Assert.Equal([$"understood storage.type in {path} as database.type=postgres",
            $"understood storage.connection_string in {path} as database.url=postgres://svc:***@db:5432/tenants?sslmode=require"], All(options));
    }

    [Fact]
    public void Storage_section_postgres_with_libpq_keyword_pairs()
    {
        var options = Resolve(yaml: "storage:\n  type: postgres\n  connection_string: \"host=db port=6432 dbname=tenants user=svc password='p w\\\\'x' sslmode=disable\"\n");

        var postgres = options.Database.Postgres;
        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal(("db", 6432, "tenants", "svc", "p w'x", "disable"), (postgres.Host, postgres.Port, postgres.Database, postgres.User, postgres.Password, postgres.SslMode));
        Assert.Contains(All(options), line => line.EndsWith("(password) as database.postgres_password=***", StringComparison.Ordinal));
        Assert.DoesNotContain(All(options), line => line.Contains("p w"));
    }

    [Theory]
    [InlineData("./data/tenants.db", "./data/tenants.db")]
    [InlineData("file:tenants.db?cache=shared", "tenants.db")]
    [InlineData("file::memory:?cache=shared", SqliteBackend.InMemoryPath)]
    [InlineData(":memory:", SqliteBackend.InMemoryPath)]
    public void Storage_section_sqlite_with_a_path(string connectionString, string path)
    {
        var options = Resolve(yaml: $"storage:\n  type: sqlite\n  connection_string: \"{connectionString}\"\n");

        Assert.Equal((DatabaseType.Sqlite, path), (options.Database.Type, options.Database.SqlitePath));
    }

    [Fact]
    public void Storage_section_memory()
    {
        var options = Resolve(yaml: "storage:\n  type: memory\n  connection_string: unused\n");

        Assert.Equal(DatabaseType.Memory, options.Database.Type);
        Assert.Contains(All(options), line => line.EndsWith("the storage type is memory, which has no location", StringComparison.Ordinal));
    }

    [Fact]
    public void The_database_section_wins_over_the_storage_section_and_the_environment_over_both()
    {
        var options = Resolve(yaml: "database:\n  type: sqlite\nstorage:\n  type: postgres\n");
        var overridden = Resolve(new() { ["DB_TYPE"] = "memory" }, "storage:\n  type: postgres\n");

        Assert.Equal(DatabaseType.Sqlite, options.Database.Type);
        var path = _directory.File("config.yaml");
        Assert.Equal($"ignored storage.type in {path}: database.type in {path} is set too, and Warden's own name wins",
            Assert.Single(Lines(options, LogLevel.Warning)));
        Assert.Equal(DatabaseType.Memory, overridden.Database.Type);
        Assert.Empty(overridden.Notices);
    }

    [Fact]
    public void Bad_storage_values_get_one_line()
    {
        var path = _directory.File("config.yaml");
        Assert.Equal($"invalid value 'mongo' for database.type (from storage.type in {path}): expected one of memory, sqlite, postgres",
            Error(yaml: "storage:\n  type: mongo\n"));
        Assert.Equal($"invalid value '***' for storage.connection_string in {path}: unknown keyword 'hostaddr' (allowed: host, port, dbname, user, password, sslmode, connect_timeout)",
            Error(yaml: "storage:\n  type: postgres\n  connection_string: hostaddr=10.0.0.1 password=secret\n"));
        Assert.StartsWith($"invalid value '***' for storage.connection_string in {path}: expected postgres://",
            Error(yaml: "storage:\n  type: postgres\n  connection_string: ./secret.db\n"));
        Assert.Contains("unknown key 'storage.driver'", Error(yaml: "storage:\n  driver: pgx\n"));
    }

    // Warden's own DATABASE_URL: a bare :memory:.

    [Fact]
    public void Database_url_memory_is_in_memory_sqlite()
    {
        var options = Resolve(new() { ["DATABASE_URL"] = ":memory:" });

        Assert.Equal((DatabaseType.Sqlite, SqliteBackend.InMemoryPath), (options.Database.Type, options.Database.SqlitePath));
        Assert.Equal("understood DATABASE_URL=:memory: as database.url=sqlite::memory: (an in-memory SQLite database)", Assert.Single(All(options)));
    }

    // Unknown variables in Warden's families.

    [Fact]
    public void A_typo_in_a_postgres_variable_is_warned_about_with_the_name_meant()
    {
        var options = Resolve(new() { ["POSTGRES_HOTS"] = "db.internal" });

        Assert.Equal(DatabaseType.Sqlite, options.Database.Type);
        Assert.Equal("unknown environment variable POSTGRES_HOTS: Warden does not read it (did you mean POSTGRES_HOST?)",
            Assert.Single(Lines(options, LogLevel.Warning)));
    }

    [Theory]
    [InlineData("WARDEN_MASTERKEY", " (did you mean WARDEN_MASTER_KEY?)")]
    [InlineData("DB_TPYE", " (did you mean DB_TYPE?)")]
    [InlineData("CACHE_URI", " (did you mean CACHE_URL?)")]
    [InlineData("GENERIC_DATA_STORE_TYP", " (did you mean GENERIC_DATA_STORE_TYPE?)")]
    [InlineData("REDIS_HOST", "; Warden reads the Redis address from REDIS_URL=redis://[:password@]host:port/db")]
    [InlineData("DB_HOST", " (Warden's name for it is POSTGRES_HOST)")]
    [InlineData("WARDEN_SOMETHING_ELSE", "")]
    public void Each_family_is_checked(string variable, string hint)
    {
        var options = Resolve(new() { [variable] = "x" });

        Assert.Equal($"unknown environment variable {variable}: Warden does not read it{hint}", Assert.Single(All(options)));
    }

    [Fact]
    public void Variables_read_elsewhere_other_families_and_empty_values_are_not_warned_about()
    {
        var options = Resolve(new()
        {
            ["WARDEN_ADMIN_PASSWORD"] = "x", ["WARDEN_FUZZ_SEED"] = "1", ["WARDEN_TEST_POSTGRES_URL"] = "postgres://h/d",
            ["WARDEN_TEST_ANYTHING"] = "x", ["WARDEN_PUBLISH_CONFIGURATION"] = "Debug", ["WARDEN_URLS"] = "http://127.0.0.1:9",
            ["PATH"] = "/usr/bin", ["PGPASSWORD"] = "x", ["POSTGRESQL_HOST"] = "x", ["POSTGRES_HOTS"] = "",
        });

        Assert.Empty(options.Notices);
    }

    /// <summary>Every WARDEN_* (and other family) variable that anything in the repository reads is known, so none is warned about.</summary>
    [Fact]
    public void No_variable_used_anywhere_in_the_repository_is_called_unknown()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "src", "tests", "scripts", "bench" })
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, folder), "*", SearchOption.AllDirectories)
                         .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")
                                        && !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")
                                        && !file.EndsWith(nameof(ForeignSettingsTests) + ".cs", StringComparison.Ordinal)))
            {
                foreach (Match match in Regex.Matches(File.ReadAllText(file), @"\bWARDEN_[A-Z0-9_]*[A-Z0-9]\b"))
                    used.Add(match.Value);
            }
        }
        Assert.Contains("WARDEN_ADMIN_PASSWORD", used);
        Assert.Contains("WARDEN_CONFIG", ForeignSettings.ReadElsewhere);
        used.Remove("WARDEN_CONFIG"); // it names the file to load

        // Loading only: the values are not valid settings, but the warnings come from the names.
        var layers = ConfigurationLayers.Load(null, used.ToDictionary(name => name, _ => "x"), []);

        Assert.Empty(layers.Notices);
    }
}

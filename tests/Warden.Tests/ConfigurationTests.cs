using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>Layering (defaults &lt; config.yaml &lt; environment &lt; flags), URL forms, and one-line errors for bad values.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private WardenOptions Resolve(Dictionary<string, string>? environment = null, string? yaml = null,
        Dictionary<string, string>? flags = null)
    {
        string? path = null;
        if (yaml is not null)
        {
            path = _directory.File("config.yaml");
            File.WriteAllText(path, yaml);
        }
        return WardenOptionsResolver.Resolve(ConfigurationLayers.Load(path, environment ?? [], flags ?? []));
    }

    private string Error(Dictionary<string, string>? environment = null, string? yaml = null, Dictionary<string, string>? flags = null) =>
        Assert.Throws<ConfigurationException>(() => Resolve(environment, yaml, flags)).Message;

    [Fact]
    public void With_nothing_configured_Warden_uses_sqlite_in_data_a_memory_cache_and_port_8080()
    {
        var options = Resolve();

        Assert.Equal(DatabaseType.Sqlite, options.Database.Type);
        Assert.Equal("./data/warden.db", options.Database.SqlitePath);
        Assert.Equal(CacheType.Memory, options.Cache.Type);
        Assert.Equal("http://localhost:8080", options.Server.Urls);
        Assert.Equal("http://localhost:8080", options.Server.Issuer);
        Assert.Equal(TimeSpan.FromSeconds(60), options.Database.CleanupInterval);
        Assert.Equal(LogLevel.Information, options.Logging.Level);
        Assert.True(options.Database.AutoMigrate);
        Assert.Equal("", options.Database.TablePrefix);
    }

    [Fact]
    public void PKCE_is_required_of_every_client_unless_configured_for_public_clients_only()
    {
        Assert.Equal(Core.Authorization.PkceRequirement.AllClients, Resolve().Tokens.Authorization.PkceRequiredFor);
        Assert.Equal(Core.Authorization.PkceRequirement.PublicClients,
            Resolve(yaml: "tokens:\n  require_pkce: public\n").Tokens.Authorization.PkceRequiredFor);
        Assert.Equal("invalid value 'sometimes' for tokens.require_pkce (from WARDEN_REQUIRE_PKCE): expected one of all, public",
            Error(new() { ["WARDEN_REQUIRE_PKCE"] = "sometimes" }));
    }

    [Fact]
    public void Fetching_client_URLs_is_https_only_to_public_addresses_unless_configured()
    {
        var defaults = Resolve().Fetch;
        Assert.Equal((false, 0, TimeSpan.FromSeconds(5), 65536), (defaults.AllowHttp, defaults.AllowedNetworks.Count, defaults.Timeout, defaults.MaxResponseBytes));
        var configured = Resolve(yaml: "security:\n  fetch_allow_http: true\n  fetch_allowed_networks: [10.20.0.0/16, 192.168.1.7, fd12::/64]\n  fetch_timeout: 2\n").Fetch;
        Assert.True(configured.AllowHttp);
        Assert.Equal(["10.20.0.0/16", "192.168.1.7/32", "fd12::/64"], configured.AllowedNetworks.Select(network => network.ToString()));
        Assert.Equal(TimeSpan.FromSeconds(2), configured.Timeout);
        Assert.Equal("invalid value '10.0.0.0/33' for security.fetch_allowed_networks (from WARDEN_FETCH_ALLOWED_NETWORKS): expected IP addresses " +
                     "or CIDR networks such as 10.1.2.0/24, separated by spaces ('10.0.0.0/33' is neither)",
            Error(new() { ["WARDEN_FETCH_ALLOWED_NETWORKS"] = "10.0.0.0/33" }));
        Assert.StartsWith("invalid value '0' for security.fetch_timeout", Error(new() { ["WARDEN_FETCH_TIMEOUT"] = "0" }));
    }

    [Fact]
    public void Default_scopes_are_the_OpenID_Connect_ones_unless_configured()
    {
        Assert.Equal(["openid", "profile", "email", "offline_access"], Resolve().Registration.DefaultScopes);
        Assert.Equal(["openid", "api.read"], Resolve(yaml: "registration:\n  default_scopes: [openid, api.read]\n").Registration.DefaultScopes);
        Assert.Equal(["openid", "profile"], Resolve(new() { ["WARDEN_REGISTRATION_DEFAULT_SCOPES"] = "openid  profile" }).Registration.DefaultScopes);
        Assert.Empty(Resolve(flags: new() { ["registration.default_scopes"] = " " }).Registration.DefaultScopes);
        Assert.StartsWith("invalid value 'openid \"quoted\"' for registration.default_scopes",
            Error(new() { ["WARDEN_REGISTRATION_DEFAULT_SCOPES"] = "openid \"quoted\"" }));
    }

    [Fact]
    public void Registration_allow_lists_default_to_grants_for_people_and_standard_scopes_and_refuse_unknown_names()
    {
        // #14: a client that registers itself gets no client_credentials unless the operator lists it.
        var defaults = Resolve().Registration;
        Assert.Equal(["authorization_code", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code"], defaults.AllowedGrantTypes);
        Assert.Equal(["openid", "profile", "email", "address", "phone", "offline_access"], defaults.AllowedScopes);
        Assert.Equal(["client_secret_basic", "client_secret_post", "private_key_jwt", "none"], defaults.AllowedAuthMethods);

        var configured = Resolve(new() { ["WARDEN_REGISTRATION_ALLOWED_AUTH_METHODS"] = "private_key_jwt" }, yaml: """
            registration:
              allowed_grant_types: [authorization_code, client_credentials]
              allowed_scopes: openid
            """).Registration;
        Assert.Equal(["authorization_code", "client_credentials"], configured.AllowedGrantTypes);
        Assert.Equal(["openid"], configured.AllowedScopes);
        Assert.Equal(["private_key_jwt"], configured.AllowedAuthMethods);
        Assert.Empty(Resolve(flags: new() { ["registration.allowed_scopes"] = " " }).Registration.AllowedScopes);

        Assert.Equal("invalid value 'implicit' for registration.allowed_grant_types (from WARDEN_REGISTRATION_ALLOWED_GRANT_TYPES): expected names " +
                     "separated by spaces from authorization_code, refresh_token, urn:ietf:params:oauth:grant-type:device_code, client_credentials",
            Error(new() { ["WARDEN_REGISTRATION_ALLOWED_GRANT_TYPES"] = "implicit" }));
        Assert.StartsWith("invalid value 'client_secret_jwt' for registration.allowed_auth_methods (from WARDEN_REGISTRATION_ALLOWED_AUTH_METHODS)",
            Error(new() { ["WARDEN_REGISTRATION_ALLOWED_AUTH_METHODS"] = "client_secret_jwt" }));
        Assert.StartsWith("invalid value 'a\\b' for registration.allowed_scopes",
            Error(new() { ["WARDEN_REGISTRATION_ALLOWED_SCOPES"] = "a\\b" }));
    }

    [Fact]
    public void The_api_keys_section_sets_the_policy_of_every_tenant_and_refuses_bad_values()
    {
        Assert.Equal(Core.ApiKeys.ApiKeyPolicy.Default, Resolve().ApiKeys);
        var configured = Resolve(new() { ["WARDEN_API_KEYS_ALLOW_NO_EXPIRY"] = "true" }, yaml: """
            api_keys:
              allowed_scopes: [reports.read, warden:users]
              max_lifetime: 7776000
            """).ApiKeys;
        Assert.Equal(["reports.read", "warden:users"], configured.AllowedScopes);
        Assert.Equal((TimeSpan.FromDays(90), true), (configured.MaxLifetime, configured.AllowNoExpiry));
        Assert.True(configured.AllowsScope("warden:users"));
        Assert.False(configured.AllowsScope("openid"));
        // Empty, as config.example.yaml leaves it, is the default: every defined scope but the reserved ones.
        Assert.Null(Resolve(flags: new() { ["api_keys.allowed_scopes"] = " " }).ApiKeys.AllowedScopes);
        Assert.False(Core.ApiKeys.ApiKeyPolicy.Default.AllowsScope("warden:api_keys"));

        Assert.StartsWith("invalid value '59' for api_keys.max_lifetime (from WARDEN_API_KEYS_MAX_LIFETIME): expected an integer from 60 to 315360000",
            Error(new() { ["WARDEN_API_KEYS_MAX_LIFETIME"] = "59" }));
        Assert.StartsWith("invalid value 'sometimes' for api_keys.allow_no_expiry", Error(new() { ["WARDEN_API_KEYS_ALLOW_NO_EXPIRY"] = "sometimes" }));
        Assert.StartsWith("invalid value 'a\\b' for api_keys.allowed_scopes", Error(new() { ["WARDEN_API_KEYS_ALLOWED_SCOPES"] = "a\\b" }));
        Assert.StartsWith("config file", Error(yaml: """
            api_keys:
              max_age: 60
            """));
    }

    [Fact]
    public void Environment_overrides_the_file_and_flags_override_the_environment()
    {
        const string yaml = """
            database:
              type: postgres
              postgres_host: from-file
              postgres_port: 5433
              postgres_db: filedb
            logging:
              level: debug
            """;
        var environment = new Dictionary<string, string> { ["POSTGRES_HOST"] = "from-env", ["LOG_LEVEL"] = "warn" };
        var flags = new Dictionary<string, string> { ["logging.level"] = "error" };

        var options = Resolve(environment, yaml, flags);

        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal("from-env", options.Database.Postgres.Host);
        Assert.Equal(5433, options.Database.Postgres.Port);
        Assert.Equal("filedb", options.Database.Postgres.Database);
        Assert.Equal(LogLevel.Error, options.Logging.Level);
    }

    [Fact]
    public void Every_documented_key_is_read_from_the_file()
    {
        const string yaml = """
            database:
              type: postgres
              sqlite_path: /var/lib/warden/w.db
              postgres_host: db.internal
              postgres_port: 6543
              postgres_db: auth
              postgres_user: svc
              postgres_password: hunter2
              postgres_sslmode: require
              pool_size: 2
              max_pool_size: 40
              connect_timeout: 7
              command_timeout: 45
              pgbouncer: true
              echo: true
              table_prefix: wd_
              cleanup_interval: 0
              auto_migrate: false
            cache:
              type: redis
              url: redis://:pw@cache.internal:6380/2
            server:
              urls: http://0.0.0.0:9000
              issuer: https://auth.example.com/
            logging:
              level: trace
              format: json
            """;

        var options = Resolve(yaml: yaml);

        var postgres = options.Database.Postgres;
        Assert.Equal(("db.internal", 6543, "auth", "svc", "hunter2", "require"),
            (postgres.Host, postgres.Port, postgres.Database, postgres.User, postgres.Password, postgres.SslMode));
        Assert.Equal((2, 40, 7, 45, true), (postgres.MinPoolSize, postgres.MaxPoolSize, postgres.ConnectTimeoutSeconds,
            postgres.CommandTimeoutSeconds, postgres.PgBouncer));
        Assert.Equal("/var/lib/warden/w.db", options.Database.SqlitePath);
        Assert.True(options.Database.Echo);
        Assert.Equal("wd_", options.Database.TablePrefix);
        Assert.Equal(TimeSpan.Zero, options.Database.CleanupInterval);
        Assert.False(options.Database.AutoMigrate);
        Assert.Equal(CacheType.Redis, options.Cache.Type);
        Assert.Equal(("cache.internal", 6380, "pw", 2), (options.Cache.Redis!.Host, options.Cache.Redis.Port, options.Cache.Redis.Password, options.Cache.Redis.Database));
        Assert.Equal("http://0.0.0.0:9000", options.Server.Urls);
        Assert.Equal("https://auth.example.com", options.Server.Issuer);
        Assert.Equal((LogLevel.Trace, LogFormat.Json), (options.Logging.Level, options.Logging.Format));
    }

    [Theory]
    [InlineData("disable")]
    [InlineData("allow")]
    [InlineData("prefer")]
    [InlineData("require")]
    [InlineData("verify-ca")]
    [InlineData("verify-full")]
    public void A_postgres_url_carries_credentials_database_sslmode_and_pool_sizes(string sslMode)
    {
        var options = Resolve(new() { ["DATABASE_URL"] = $"postgres://warden:p%40ss%3Aword@db.example:6432/authdb?sslmode={sslMode}&pool_size=3&max_pool_size=50" });

        var postgres = options.Database.Postgres;
        Assert.Equal(DatabaseType.Postgres, options.Database.Type);
        Assert.Equal(("db.example", 6432, "authdb", "warden", "p@ss:word", sslMode, 3, 50),
            (postgres.Host, postgres.Port, postgres.Database, postgres.User, postgres.Password, postgres.SslMode, postgres.MinPoolSize, postgres.MaxPoolSize));
        Assert.DoesNotContain("p@ss:word", postgres.Redacted);
    }

    [Fact]
    public void A_postgresql_url_without_password_takes_it_from_POSTGRES_PASSWORD()
    {
        var options = Resolve(new() { ["DATABASE_URL"] = "postgresql://svc@db/auth", ["POSTGRES_PASSWORD"] = "from-env" });

        Assert.Equal(("db", 5432, "auth", "svc", "from-env"), (options.Database.Postgres.Host, options.Database.Postgres.Port,
            options.Database.Postgres.Database, options.Database.Postgres.User, options.Database.Postgres.Password));
    }

    [Theory]
    [InlineData("sqlite:./state/w.db", DatabaseType.Sqlite, "./state/w.db")]
    [InlineData("sqlite:///var/lib/w.db", DatabaseType.Sqlite, "/var/lib/w.db")]
    [InlineData("sqlite::memory:", DatabaseType.Sqlite, SqliteBackend.InMemoryPath)]
    [InlineData("memory:", DatabaseType.Memory, "./data/warden.db")]
    public void Sqlite_and_memory_urls_choose_their_backend(string url, DatabaseType type, string sqlitePath)
    {
        var options = Resolve(new() { ["DATABASE_URL"] = url });

        Assert.Equal(type, options.Database.Type);
        Assert.Equal(sqlitePath, options.Database.SqlitePath);
    }

    [Fact]
    public void A_url_in_the_environment_beats_a_type_in_the_file_and_a_type_flag_beats_the_url()
    {
        Assert.Equal(DatabaseType.Postgres, Resolve(new() { ["DATABASE_URL"] = "postgres://u@h/d" }, "database:\n  type: sqlite\n").Database.Type);
        Assert.Equal(DatabaseType.Memory,
            Resolve(new() { ["DATABASE_URL"] = "postgres://u@h/d" }, flags: new() { ["database.type"] = "memory" }).Database.Type);
    }

    [Fact]
    public void A_url_part_loses_to_its_own_key_from_a_later_layer()
    {
        var options = Resolve(new() { ["DATABASE_URL"] = "postgres://svc@url-host:6000/urldb" },
            flags: new() { ["database.postgres_host"] = "flag-host" });

        Assert.Equal(("flag-host", 6000, "urldb"), (options.Database.Postgres.Host, options.Database.Postgres.Port, options.Database.Postgres.Database));
        Assert.Equal("url-host", Resolve(new() { ["DATABASE_URL"] = "postgres://svc@url-host/d", ["POSTGRES_HOST"] = "env-host" }).Database.Postgres.Host);
    }

    [Fact]
    public void A_cache_url_in_a_later_layer_beats_a_memory_type_and_the_same_layer_is_an_error()
    {
        Assert.Equal(CacheType.Redis, Resolve(new() { ["REDIS_URL"] = "redis://cache:6379" }, "cache:\n  type: memory\n").Cache.Type);
        Assert.Equal(CacheType.Memory,
            Resolve(new() { ["REDIS_URL"] = "redis://cache:6379" }, flags: new() { ["cache.type"] = "memory" }).Cache.Type);
        Assert.Contains("remove one of them", Error(new() { ["REDIS_URL"] = "redis://cache:6379", ["CACHE_TYPE"] = "memory" }));
    }

    [Fact]
    public void The_redis_key_prefix_defaults_to_warden_and_is_set_by_cache_key_prefix_or_its_variable()
    {
        Assert.Equal("warden:", Resolve(new() { ["REDIS_URL"] = "redis://cache:6379" }).Cache.Redis!.KeyPrefix);
        Assert.Equal("billing:", Resolve(new() { ["REDIS_URL"] = "redis://cache:6379", ["WARDEN_CACHE_KEY_PREFIX"] = "billing:" }).Cache.Redis!.KeyPrefix);
        Assert.Equal("hr/", Resolve(yaml: "cache:\n  url: redis://cache:6379\n  key_prefix: hr/\n").Cache.Redis!.KeyPrefix);
        Assert.Contains("cache.key_prefix", Error(new() { ["REDIS_URL"] = "redis://cache:6379", ["WARDEN_CACHE_KEY_PREFIX"] = "two words" }));
    }

    [Fact]
    public void A_wildcard_listen_address_gives_a_localhost_issuer()
    {
        Assert.Equal("http://localhost:9000", Resolve(new() { ["WARDEN_URLS"] = "http://0.0.0.0:9000" }).Server.Issuer);
        Assert.Equal("http://localhost:9000", Resolve(new() { ["WARDEN_URLS"] = "http://[::]:9000;http://0.0.0.0:9001" }).Server.Issuer);
    }

    [Fact]
    public void Key_and_token_settings_are_read_and_checked()
    {
        var key = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var options = Resolve(new()
        {
            ["WARDEN_MASTER_KEY"] = key, ["WARDEN_SIGNING_ALGORITHM"] = "RS256", ["WARDEN_KEY_ACTIVATION_DELAY"] = "30",
            ["WARDEN_ACCESS_TOKEN_LIFETIME"] = "600", ["WARDEN_CLIENT_CACHE_LIFETIME"] = "0",
        });

        Assert.Equal((key, "RS256", TimeSpan.FromSeconds(30)), (options.Keys.EncryptionKey, options.Keys.SigningAlgorithm, options.Keys.ActivationDelay));
        Assert.Equal((TimeSpan.FromMinutes(10), TimeSpan.Zero), (options.Tokens.AccessTokenLifetime, options.Tokens.ClientCacheLifetime));
        var badKey = Error(new() { ["WARDEN_MASTER_KEY"] = "short-and-secret" });
        Assert.Contains("keys.encryption_key (from WARDEN_MASTER_KEY)", badKey);
        Assert.DoesNotContain("short-and-secret", badKey);
        Assert.Contains("ES256, RS256", Error(new() { ["WARDEN_SIGNING_ALGORITHM"] = "HS256" }));
        Assert.Contains("1 to 86400", Error(new() { ["WARDEN_ACCESS_TOKEN_LIFETIME"] = "100000" }));
    }

    [Fact]
    public void An_issuer_with_a_path_is_refused()
    {
        Assert.Contains("without a path", Error(new() { ["WARDEN_ISSUER"] = "https://auth.example/tenant-a" }));
        Assert.Equal("https://auth.example", Resolve(new() { ["WARDEN_ISSUER"] = "https://auth.example/" }).Server.Issuer);
    }

    [Fact]
    public void A_bad_url_in_the_file_names_its_key()
    {
        Assert.Contains("database.url (from ", Error(yaml: "database:\n  url: mysql://u@h/d\n"));
    }

    [Fact]
    public void A_type_and_url_that_disagree_at_the_same_level_are_an_error()
    {
        var message = Error(new() { ["DB_TYPE"] = "sqlite", ["DATABASE_URL"] = "postgres://u:secret@h/d" });

        Assert.Contains("DB_TYPE", message);
        Assert.Contains("DATABASE_URL", message);
        Assert.DoesNotContain("secret", message);
    }

    [Fact]
    public void Trusted_proxies_are_addresses_and_CIDR_ranges_and_the_login_and_hashing_limits_are_read()
    {
        var options = Resolve(new()
        {
            ["WARDEN_TRUSTED_PROXIES"] = "10.0.0.0/8, 192.168.1.10,2001:db8::/32", ["WARDEN_LOGIN_PER_MINUTE"] = "7",
            ["WARDEN_LOGIN_PER_ACCOUNT_PER_MINUTE"] = "3", ["WARDEN_MAX_CONCURRENT_PASSWORD_HASHES"] = "4", ["WARDEN_PASSWORD_HASH_QUEUE"] = "0",
            ["WARDEN_SESSION_IDLE_TIMEOUT"] = "600",
        });

        Assert.Equal(["10.0.0.0/8", "192.168.1.10/32", "2001:db8::/32"], options.Server.TrustedProxies.Select(network => network.ToString()));
        Assert.Equal((7, 3), (options.Limits.LoginPerMinute, options.Limits.LoginPerAccountPerMinute));
        Assert.Equal(new Core.Security.PasswordHashLimits(4, 0), options.PasswordHashLimits);
        Assert.Equal(TimeSpan.FromMinutes(10), options.Sessions.IdleTimeout);
        Assert.Empty(Resolve(new()).Server.TrustedProxies);
    }

    [Fact]
    public void A_redis_url_alone_selects_the_redis_cache_and_CACHE_URL_wins_over_REDIS_URL()
    {
        var options = Resolve(new() { ["REDIS_URL"] = "redis://ignored:1", ["CACHE_URL"] = "rediss://user:pw@cache:6390/3" });

        Assert.Equal(CacheType.Redis, options.Cache.Type);
        Assert.Equal(("cache", 6390, "user", "pw", 3, true), (options.Cache.Redis!.Host, options.Cache.Redis.Port, options.Cache.Redis.User,
            options.Cache.Redis.Password, options.Cache.Redis.Database, options.Cache.Redis.UseTls));
        Assert.Equal("rediss://user:***@cache:6390/3", options.Cache.Redis.Redacted);
    }

    [Theory]
    [InlineData("DB_TYPE", "mysql", "database.type (from DB_TYPE)", "memory, sqlite, postgres")]
    [InlineData("POSTGRES_PORT", "70000", "database.postgres_port (from POSTGRES_PORT)", "1 to 65535")]
    [InlineData("POSTGRES_PORT", "abc", "database.postgres_port (from POSTGRES_PORT)", "integer")]
    [InlineData("POSTGRES_SSLMODE", "sometimes", "database.postgres_sslmode", "verify-full")]
    [InlineData("CLEANUP_INTERVAL", "-5", "database.cleanup_interval", "integer from 0")]
    [InlineData("DB_TABLE_PREFIX", "Bad-Prefix", "database.table_prefix", "lowercase")]
    [InlineData("POSTGRES_ECHO", "maybe", "database.echo", "true or false")]
    [InlineData("CACHE_TYPE", "memcached", "cache.type", "memory, redis")]
    [InlineData("LOG_LEVEL", "loud", "logging.level", "trace, debug, info, warn, error")]
    [InlineData("LOG_FORMAT", "xml", "logging.format", "text, json")]
    [InlineData("WARDEN_URLS", "ftp://x", "server.urls", "http://")]
    [InlineData("WARDEN_ISSUER", "https://auth.example/?q=1", "server.issuer", "without query")]
    [InlineData("WARDEN_TRUSTED_PROXIES", "10.0.0.1, proxy.internal", "server.trusted_proxies", "CIDR ranges")]
    [InlineData("WARDEN_TRUSTED_PROXIES", "10.0.0.0/33", "server.trusted_proxies", "CIDR ranges")]
    [InlineData("WARDEN_MAX_CONCURRENT_PASSWORD_HASHES", "0", "security.max_concurrent_password_hashes", "integer from 1")]
    [InlineData("WARDEN_SESSION_IDLE_TIMEOUT", "-1", "sessions.idle_timeout", "integer from 0")]
    public void A_bad_value_is_one_line_naming_key_value_and_what_is_allowed(string variable, string value, string names, string allowed)
    {
        var message = Error(new() { [variable] = value });

        Assert.Contains(names, message);
        Assert.Contains($"'{value}'", message);
        Assert.Contains(allowed, message);
        Assert.DoesNotContain('\n', message);
    }

    [Theory]
    [InlineData("mysql://u:topsecret@h/d", "expected postgres://")]
    [InlineData("postgres://u:topsecret@h/d?sslmode=sometimes", "sslmode 'sometimes'")]
    [InlineData("postgres://u:topsecret@h/d?max_pool_size=0", "max_pool_size must be an integer")]
    [InlineData("postgres://u:topsecret@h/d?colour=blue", "unknown parameter 'colour'")]
    [InlineData("postgres://u:topsecret@:5432/d", "expected postgres://")]
    [InlineData("sqlite:", "needs a path")]
    public void A_malformed_database_url_is_named_with_its_password_redacted(string url, string expected)
    {
        var message = Error(new() { ["DATABASE_URL"] = url });

        Assert.Contains("DATABASE_URL", message);
        Assert.Contains(expected, message);
        Assert.DoesNotContain("topsecret", message);
    }

    [Fact]
    public void A_bad_secret_value_is_not_echoed()
    {
        var message = Error(new() { ["REDIS_URL"] = "http://:s3cr3t@cache" });

        Assert.DoesNotContain("s3cr3t", message);
        Assert.Contains("REDIS_URL", message);
    }

    [Fact]
    public void An_unknown_key_in_the_file_is_an_error_listing_the_allowed_keys()
    {
        var message = Error(yaml: "database:\n  typo_key: 1\n");

        Assert.Contains("unknown key 'database.typo_key'", message);
        Assert.Contains("sqlite_path", message);
    }

    [Fact]
    public void An_unknown_section_in_the_file_is_an_error()
    {
        Assert.Contains("unknown section 'databse'", Error(yaml: "databse:\n  type: memory\n"));
    }

    [Fact]
    public void Invalid_yaml_is_reported_with_its_line()
    {
        Assert.Matches(@"config file .*config\.yaml.: invalid YAML at line \d+: ", Error(yaml: "database:\n  type: [unclosed\n"));
    }

    [Fact]
    public void A_config_file_that_cannot_be_read_is_an_error()
    {
        var missing = _directory.File("absent.yaml");
        var message = Assert.Throws<ConfigurationException>(() => ConfigurationLayers.Load(missing, new Dictionary<string, string>(), [])).Message;

        Assert.Contains(missing, message);
        Assert.Contains("cannot be read", message);
    }

    [Fact]
    public void An_unknown_key_in_a_flag_is_an_error()
    {
        Assert.Contains("unknown key 'database.tpye'", Error(flags: new() { ["database.tpye"] = "memory" }));
    }

    [Fact]
    public void Pool_size_may_not_exceed_the_maximum_configured_or_default()
    {
        Assert.Contains("must not exceed database.max_pool_size (10)", Error(new() { ["POSTGRES_POOL_SIZE"] = "20", ["POSTGRES_MAX_POOL_SIZE"] = "10" }));
        Assert.Contains("(100, the default)", Error(new() { ["DATABASE_URL"] = "postgres://h/d?min_pool_size=150" }));
    }

    public void Dispose() => _directory.Dispose();
}

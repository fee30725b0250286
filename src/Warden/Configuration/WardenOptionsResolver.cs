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

    /// <summary>The keys whose only use is reaching PostgreSQL, so that setting one without a type selects it.</summary>
    private static readonly ConfigurationKey[] PostgresConnectionKeys =
        [Keys.PostgresHost, Keys.PostgresPort, Keys.PostgresDb, Keys.PostgresUser, Keys.PostgresPassword];

    /// <summary>SQLAlchemy's pool_size and max_overflow defaults, used when only one of the two is configured.</summary>
    private const int SqlAlchemyPoolSize = 5;
    private const int SqlAlchemyMaxOverflow = 10;

    /// <summary>The grant types registration.allowed_grant_types may name: every grant this server implements.</summary>
    private static readonly IReadOnlyList<string> RegistrableGrantTypes =
    [
        Core.Protocol.OAuthNames.GrantTypes.AuthorizationCode, Core.Protocol.OAuthNames.GrantTypes.RefreshToken,
        Core.Protocol.OAuthNames.GrantTypes.DeviceCode, Core.Protocol.OAuthNames.GrantTypes.ClientCredentials,
    ];

    public static WardenOptions Resolve(ConfigurationLayers layers)
    {
        var defaults = WardenOptions.Defaults;
        var notices = new List<ConfigurationNotice>(layers.Notices);
        return new WardenOptions(ResolveDatabase(layers, defaults.Database, notices), ResolveCache(layers),
            ResolveServer(layers, defaults.Server), ResolveKeys(layers, defaults.Keys), ResolveTokens(layers, defaults.Tokens),
            new Core.Registration.RegistrationOptions(
                Choice(layers, Keys.RegistrationPolicy, new Dictionary<string, Core.Registration.RegistrationPolicy>
                {
                    ["disabled"] = Core.Registration.RegistrationPolicy.Disabled,
                    ["open"] = Core.Registration.RegistrationPolicy.Open,
                    ["initial_access_token"] = Core.Registration.RegistrationPolicy.InitialAccessToken,
                }, defaults.Registration.Policy),
                Boolean(layers, Keys.RegistrationRotateToken, defaults.Registration.RotateAccessToken),
                Integer(layers, Keys.RegistrationRateLimit, 1, 100_000) ?? defaults.Registration.RequestsPerHour,
                ScopeList(layers, Keys.RegistrationDefaultScopes, defaults.Registration.DefaultScopes))
            {
                AllowedGrantTypes = NameList(layers, Keys.RegistrationAllowedGrantTypes, RegistrableGrantTypes, defaults.Registration.AllowedGrantTypes),
                AllowedScopes = ScopeList(layers, Keys.RegistrationAllowedScopes, defaults.Registration.AllowedScopes),
                AllowedAuthMethods = NameList(layers, Keys.RegistrationAllowedAuthMethods, Core.Clients.ClientAuthenticator.SupportedMethods,
                    defaults.Registration.AllowedAuthMethods),
            },
            new LimitOptions(
                Integer(layers, Keys.MaxBodyBytes, 1_024, 1_048_576) ?? defaults.Limits.MaxBodyBytes,
                Integer(layers, Keys.TokenPerMinute, 0, 1_000_000) ?? defaults.Limits.TokenPerMinute,
                Integer(layers, Keys.AuthorizePerMinute, 0, 1_000_000) ?? defaults.Limits.AuthorizePerMinute,
                Integer(layers, Keys.DevicePerMinute, 0, 1_000_000) ?? defaults.Limits.DevicePerMinute)
            {
                LoginPerMinute = Integer(layers, Keys.LoginPerMinute, 0, 1_000_000) ?? defaults.Limits.LoginPerMinute,
                LoginPerAccountPerMinute = Integer(layers, Keys.LoginPerAccountPerMinute, 0, 1_000_000) ?? defaults.Limits.LoginPerAccountPerMinute,
                UserApiPerMinute = Integer(layers, Keys.UserApiPerMinute, 0, 1_000_000) ?? defaults.Limits.UserApiPerMinute,
            },
            new Core.Security.PasswordHashingOptions(
                Integer(layers, Keys.Argon2Memory, 8_192, 1_048_576) ?? defaults.Passwords.MemoryKib,
                Integer(layers, Keys.Argon2Iterations, 1, 10) ?? defaults.Passwords.Iterations,
                defaults.Passwords.Parallelism),
            new Core.Users.SignInOptions(
                Integer(layers, Keys.LockoutMaxFailures, 0, 100) ?? defaults.Sessions.MaxFailures,
                TimeSpan.FromSeconds(Integer(layers, Keys.LockoutDuration, 1, 86_400) ?? (int)defaults.Sessions.LockoutDuration.TotalSeconds),
                TimeSpan.FromSeconds(Integer(layers, Keys.SessionLifetime, 60, 2_592_000) ?? (int)defaults.Sessions.SessionLifetime.TotalSeconds),
                TimeSpan.FromSeconds(Integer(layers, Keys.SessionIdleTimeout, 0, 2_592_000) ?? (int)defaults.Sessions.IdleTimeout.TotalSeconds)),
            new LoggingOptions(
                Choice(layers, Keys.LogLevel, LogLevels, defaults.Logging.Level),
                Choice(layers, Keys.LogFormat, new Dictionary<string, LogFormat> { ["text"] = LogFormat.Text, ["json"] = LogFormat.Json },
                    defaults.Logging.Format)),
            new MetricsOptions(Boolean(layers, Keys.MetricsEnabled, defaults.Metrics.Enabled)))
        {
            Notices = notices,
            PasswordHashLimits = new Core.Security.PasswordHashLimits(
                Integer(layers, Keys.MaxConcurrentPasswordHashes, 1, 1_024) ?? defaults.PasswordHashLimits.MaxConcurrent,
                Integer(layers, Keys.PasswordHashQueue, 0, 100_000) ?? defaults.PasswordHashLimits.QueueLength),
            Fetch = ResolveFetch(layers, defaults.Fetch),
            Ui = ResolveUi(layers),
            Email = ResolveEmail(layers),
            SignUp = ResolveSignUp(layers, Core.Users.SignUpOptions.Default),
            PasswordPolicy = new Core.Users.PasswordPolicy(
                Integer(layers, Keys.PasswordMinLength, Core.Users.PasswordPolicy.LeastMinLength, Core.Users.PasswordPolicy.MostMinLength)
                ?? Core.Users.PasswordPolicy.DefaultMinLength,
                Integer(layers, Keys.PasswordCharacterClasses, 1, 4) ?? 1),
            Passkeys = ResolvePasskeys(layers, Passkeys.PasskeyOptions.Default),
            ApiKeys = ResolveApiKeys(layers, Core.ApiKeys.ApiKeyPolicy.Default),
        };
    }

    /// <summary>
    /// The api_keys section. allowed_scopes absent or empty (as config.example.yaml leaves it) allows every defined scope
    /// but the reserved ones; a list (reserved scopes included: the operator named them) allows exactly those.
    /// </summary>
    private static Core.ApiKeys.ApiKeyPolicy ResolveApiKeys(ConfigurationLayers layers, Core.ApiKeys.ApiKeyPolicy defaults)
    {
        var allowed = defaults.AllowedScopes;
        if (layers[Keys.ApiKeysAllowedScopes] is { } raw && raw.Value.Trim().Length > 0)
        {
            var names = raw.Value.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
            allowed = names.All(Core.Scopes.ScopeAdministration.IsValidName) ? names : throw Invalid(Keys.ApiKeysAllowedScopes, raw, "scope names separated by spaces");
        }
        return new Core.ApiKeys.ApiKeyPolicy(allowed,
            TimeSpan.FromSeconds(Integer(layers, Keys.ApiKeysMaxLifetime, 60, (int)Core.ApiKeys.TenantApiKeyPolicySource.MostMaxLifetime.TotalSeconds)
                                 ?? (int)defaults.MaxLifetime.TotalSeconds),
            Boolean(layers, Keys.ApiKeysAllowNoExpiry, defaults.AllowNoExpiry));
    }

    private static Core.Security.OutboundFetchOptions ResolveFetch(ConfigurationLayers layers, Core.Security.OutboundFetchOptions defaults)
    {
        var networks = defaults.AllowedNetworks;
        if (layers[Keys.FetchAllowedNetworks] is { } raw)
        {
            var parsed = new List<System.Net.IPNetwork>();
            foreach (var item in raw.Value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (System.Net.IPNetwork.TryParse(item, out var network))
                    parsed.Add(network);
                else if (System.Net.IPAddress.TryParse(item, out var address))
                    parsed.Add(new System.Net.IPNetwork(address, address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork ? 32 : 128));
                else
                    throw Invalid(Keys.FetchAllowedNetworks, raw, $"IP addresses or CIDR networks such as 10.1.2.0/24, separated by spaces ('{item}' is neither)");
            }
            networks = parsed;
        }
        return new Core.Security.OutboundFetchOptions(
            Boolean(layers, Keys.FetchAllowHttp, defaults.AllowHttp),
            networks,
            TimeSpan.FromSeconds(Integer(layers, Keys.FetchTimeout, 1, 60) ?? (int)defaults.Timeout.TotalSeconds),
            defaults.MaxResponseBytes);
    }

    private static Pages.Presentation.UiOptions ResolveUi(ConfigurationLayers layers)
    {
        var support = layers[Keys.UiSupportUrl];
        if (support is not null && !(Uri.TryCreate(support.Value, UriKind.Absolute, out var url) && url.Scheme is "https" or "http"))
            throw Invalid(Keys.UiSupportUrl, support, "an absolute http or https URL");
        var email = layers[Keys.UiSupportEmail];
        if (email is not null && (email.Value.IndexOf('@') is <= 0 || email.Value.Any(char.IsWhiteSpace)))
            throw Invalid(Keys.UiSupportEmail, email, "an email address such as help@example.com");
        return new Pages.Presentation.UiOptions(layers[Keys.UiThemeDir]?.Value, email?.Value, support?.Value);
    }

    private static Email.SmtpOptions ResolveEmail(ConfigurationLayers layers)
    {
        var tls = Choice(layers, Keys.SmtpTls, new Dictionary<string, Email.SmtpTls>
        {
            ["none"] = Warden.Email.SmtpTls.None, ["starttls"] = Warden.Email.SmtpTls.StartTls, ["tls"] = Warden.Email.SmtpTls.Tls,
        }, Warden.Email.SmtpTls.StartTls);
        var port = Integer(layers, Keys.SmtpPort, 1, 65_535) ?? (tls == Warden.Email.SmtpTls.Tls ? 465 : tls == Warden.Email.SmtpTls.StartTls ? 587 : 25);
        var host = layers[Keys.SmtpHost]?.Value.Trim();
        var from = layers[Keys.EmailFrom];
        System.Net.Mail.MailAddress? sender = null;
        if (from is not null && !System.Net.Mail.MailAddress.TryCreate(from.Value, out sender))
            throw Invalid(Keys.EmailFrom, from, "an address such as login@example.com or \"Example Login <login@example.com>\"");
        if (string.IsNullOrEmpty(host))
            return Warden.Email.SmtpOptions.None with { Tls = tls, Port = port };
        if (host.Any(char.IsWhiteSpace) || host.Contains('/'))
            throw Invalid(Keys.SmtpHost, layers[Keys.SmtpHost]!, "a host name or address such as smtp.example.com");
        if (sender is null)
            throw new ConfigurationException($"{Keys.EmailFrom.Name} is required with {Keys.SmtpHost.Name}: the address mail is sent from");
        var password = layers[Keys.SmtpPassword]?.Value;
        if (layers[Keys.SmtpPasswordFile] is { } file)
        {
            if (password is not null)
                throw new ConfigurationException($"set {Keys.SmtpPassword.Name} or {Keys.SmtpPasswordFile.Name}, not both");
            try
            {
                password = File.ReadAllText(file.Value).TrimEnd('\r', '\n');
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new ConfigurationException($"cannot read {Describe(Keys.SmtpPasswordFile, file)} '{file.Value}': {exception.Message}");
            }
        }
        var username = layers[Keys.SmtpUsername]?.Value;
        if ((username is null) != (password is null))
            throw new ConfigurationException($"{Keys.SmtpUsername.Name} and {Keys.SmtpPassword.Name} (or {Keys.SmtpPasswordFile.Name}) go together");
        return new Email.SmtpOptions(host, port, tls, username, password, sender.Address, sender.DisplayName.Length > 0 ? sender.DisplayName : null);
    }

    private static Core.Users.SignUpOptions ResolveSignUp(ConfigurationLayers layers, Core.Users.SignUpOptions defaults)
    {
        var policy = Choice(layers, Keys.SignUpPolicy, new Dictionary<string, Core.Users.SignUpPolicy>
        {
            ["disabled"] = Core.Users.SignUpPolicy.Disabled, ["open"] = Core.Users.SignUpPolicy.Open, ["domains"] = Core.Users.SignUpPolicy.Domains,
        }, defaults.Policy);
        var domains = defaults.AllowedDomains;
        if (layers[Keys.SignUpAllowedDomains] is { } raw)
        {
            domains = raw.Value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Select(domain => domain.ToLowerInvariant()).Distinct().ToArray();
            if (domains.FirstOrDefault(domain => Uri.CheckHostName(domain) != UriHostNameType.Dns || !domain.Contains('.')) is { } bad)
                throw Invalid(Keys.SignUpAllowedDomains, raw, $"domains such as example.com separated by spaces ('{bad}' is not one)");
        }
        if (policy == Core.Users.SignUpPolicy.Domains && domains.Count == 0)
            throw new ConfigurationException($"{Keys.SignUpPolicy.Name} domains needs {Keys.SignUpAllowedDomains.Name}: the domains whose addresses may sign up");
        return new Core.Users.SignUpOptions(policy, domains,
            TimeSpan.FromSeconds(Integer(layers, Keys.EmailVerifyLinkLifetime, 300, 604_800) ?? (int)defaults.VerifyLinkLifetime.TotalSeconds),
            TimeSpan.FromSeconds(Integer(layers, Keys.EmailResetLinkLifetime, 300, 86_400) ?? (int)defaults.ResetLinkLifetime.TotalSeconds),
            Integer(layers, Keys.EmailLinksPerMinute, 0, 100_000) ?? defaults.PerAddressPerMinute,
            Integer(layers, Keys.EmailLinksPerAddressPerHour, 0, 1_000) ?? defaults.PerEmailPerHour);
    }

    private static Passkeys.PasskeyOptions ResolvePasskeys(ConfigurationLayers layers, Passkeys.PasskeyOptions defaults)
    {
        // An empty rp_id or origins (as config.example.yaml leaves them) means "from the issuer", like an absent one.
        var rpId = layers[Keys.PasskeysRpId] is { Value.Length: > 0 } rawRpId && rawRpId.Value.Trim().Length > 0
            ? rawRpId.Value.Trim().ToLowerInvariant()
            : defaults.RpId;
        if (rpId is not null && (Uri.CheckHostName(rpId) != UriHostNameType.Dns || rpId.EndsWith('.')))
            throw Invalid(Keys.PasskeysRpId, layers[Keys.PasskeysRpId]!, "a domain name such as example.com (the issuer's host or a parent domain of it)");
        var origins = defaults.Origins;
        if (layers[Keys.PasskeysOrigins] is { } rawOrigins && rawOrigins.Value.Trim().Length > 0)
        {
            origins = rawOrigins.Value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
            if (!origins.All(IsOrigin))
                throw Invalid(Keys.PasskeysOrigins, rawOrigins, "origins such as https://login.example.com separated by spaces (scheme, host and port only)");
        }
        var aaguids = defaults.TrustedAaguids;
        if (layers[Keys.PasskeysTrustedAaguids] is { } rawAaguids)
        {
            var parts = rawAaguids.Value.Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries);
            aaguids = parts.All(part => Guid.TryParse(part, out _))
                ? parts.Select(Guid.Parse).Distinct().ToArray()
                : throw Invalid(Keys.PasskeysTrustedAaguids, rawAaguids, "AAGUIDs such as cb69481e-8ff7-4039-93ec-0a2729a154a8 separated by spaces");
        }
        var attestation = Choice(layers, Keys.PasskeysAttestation, new Dictionary<string, Passkeys.PasskeyAttestation>
        {
            ["none"] = Passkeys.PasskeyAttestation.None, ["direct"] = Passkeys.PasskeyAttestation.Direct,
        }, defaults.Attestation);
        if (aaguids.Count > 0 && attestation != Passkeys.PasskeyAttestation.Direct)
            throw new ConfigurationException($"{Keys.PasskeysTrustedAaguids.Name} needs {Keys.PasskeysAttestation.Name} direct: without attestation an AAGUID proves nothing");
        return new Passkeys.PasskeyOptions(
            Boolean(layers, Keys.PasskeysEnabled, defaults.Enabled), rpId, origins, attestation, aaguids,
            Choice(layers, Keys.PasskeysUserVerification, new Dictionary<string, Passkeys.PasskeyUserVerification>
            {
                ["preferred"] = Passkeys.PasskeyUserVerification.Preferred, ["required"] = Passkeys.PasskeyUserVerification.Required,
                ["discouraged"] = Passkeys.PasskeyUserVerification.Discouraged,
            }, defaults.UserVerification),
            TimeSpan.FromSeconds(Integer(layers, Keys.PasskeysChallengeLifetime, 30, 900) ?? (int)defaults.ChallengeLifetime.TotalSeconds));
    }

    /// <summary>An http or https origin as a browser writes it into clientDataJSON: scheme, host and port, nothing else.</summary>
    private static bool IsOrigin(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.GetLeftPart(UriPartial.Authority) == text;

    public static bool? ParseBoolean(string text) => text.ToLowerInvariant() switch
    {
        "true" or "1" or "yes" or "on" => true,
        "false" or "0" or "no" or "off" => false,
        _ => null,
    };

    private static DatabaseOptions ResolveDatabase(ConfigurationLayers layers, DatabaseOptions defaults, List<ConfigurationNotice> notices)
    {
        var types = new Dictionary<string, DatabaseType>
        {
            ["memory"] = DatabaseType.Memory,
            ["sqlite"] = DatabaseType.Sqlite,
            ["postgres"] = DatabaseType.Postgres,
        };
        var type = Choice(layers, Keys.DatabaseType, types, defaults.Type);
        var urlValue = layers[Keys.DatabaseUrl];
        var url = urlValue is null ? null : ConnectionUrls.ParseDatabaseUrl(urlValue.Value, Describe(Keys.DatabaseUrl, urlValue));

        if (url is not null && url.Type != type && layers[Keys.DatabaseType] is { } typeValue)
        {
            if (typeValue.Layer == urlValue!.Layer)
                throw new ConfigurationException(
                    $"{Describe(Keys.DatabaseType, typeValue)} is '{typeValue.Value}' but {Describe(Keys.DatabaseUrl, urlValue)} " +
                    $"names a {url.Type.ToString().ToLowerInvariant()} database: remove one of them");
            // The later layer wins, as for every other setting; a URL for another backend is then ignored.
            if (typeValue.Layer > urlValue.Layer)
                url = null;
        }
        if (url is not null)
            type = url.Type;
        if (urlValue?.Value == Storage.Sqlite.SqliteBackend.InMemoryPath)
            notices.Add(new(LogLevel.Information, $"understood {ForeignSettings.Name(layers, Keys.DatabaseUrl, urlValue)}=:memory: as database.url=sqlite::memory: (an in-memory SQLite database)"));

        // The Go OAuth2 server selects PostgreSQL when its POSTGRES_* variables are set, without DB_TYPE.
        if (layers[Keys.DatabaseType] is null && urlValue is null
            && PostgresConnectionKeys.Where(key => layers[key] is not null).Select(key => ForeignSettings.Name(layers, key, layers[key]!)).ToList()
                is { Count: > 0 } implying)
        {
            type = DatabaseType.Postgres;
            var missing = implying.All(name => name.StartsWith("POSTGRES_", StringComparison.Ordinal)) ? "DB_TYPE" : "database.type";
            notices.Add(new(LogLevel.Information, $"understood {string.Join(", ", implying)} without {missing} as database.type=postgres"));
        }

        var prefix = layers[Keys.TablePrefix]?.Value ?? defaults.TablePrefix;
        if (!TableNames.IsValidPrefix(prefix))
            throw Invalid(Keys.TablePrefix, layers[Keys.TablePrefix]!, "lowercase letters, digits and underscores, starting with a letter, at most 30 characters");

        // The pool is worth a note only when Warden will use it.
        var postgres = ResolvePostgres(layers, url?.Postgres, urlValue, type == DatabaseType.Postgres ? notices : []);
        var maxPool = postgres.MaxPoolSize ?? PostgresSettings.DefaultMaxPoolSize;
        if (postgres.MinPoolSize is { } min && min > maxPool)
            throw new ConfigurationException(
                $"database.pool_size ({min}) must not exceed database.max_pool_size ({maxPool}{(postgres.MaxPoolSize is null ? ", the default" : "")})");
        if (maxPool < 1)
            throw new ConfigurationException("database.pool_size (0) plus database.max_overflow (0) allows no connection: one of them must be at least 1");

        return new DatabaseOptions(
            type,
            FromUrlOrKey(url?.SqlitePath, urlValue?.Layer, layers, Keys.SqlitePath, raw => raw.Value) ?? defaults.SqlitePath,
            postgres,
            Boolean(layers, Keys.Echo, defaults.Echo),
            prefix,
            TimeSpan.FromSeconds(Integer(layers, Keys.CleanupInterval, 0, 86_400) ?? (int)defaults.CleanupInterval.TotalSeconds),
            (Integer(layers, Keys.AuditRetentionDays, 0, 36_500) ?? (int)defaults.AuditRetention!.Value.TotalDays) is var days and > 0
                ? TimeSpan.FromDays(days)
                : null,
            Boolean(layers, Keys.AutoMigrate, defaults.AutoMigrate));
    }

    /// <summary>Each part of the connection comes from the URL or from its own key, whichever was set in the later layer.</summary>
    private static PostgresSettings ResolvePostgres(ConfigurationLayers layers, PostgresUrl? url, ConfigurationValue? urlValue,
        List<ConfigurationNotice> notices)
    {
        var urlLayer = urlValue?.Layer;
        var defaults = new PostgresSettings();
        string? Text(string? fromUrl, ConfigurationKey key) => FromUrlOrKey(fromUrl, urlLayer, layers, key, raw => raw.Value);
        int? Number(int? fromUrl, ConfigurationKey key, int min, int max) =>
            FromUrlOrKey(fromUrl, urlLayer, layers, key, _ => Integer(layers, key, min, max));

        var pool = ResolvePool(layers, url, urlValue, Number(url?.PoolSize, Keys.PoolSize, 0, 1000),
            Number(url?.MaxPoolSize, Keys.MaxPoolSize, 1, 1000), notices);
        var sslMode = Text(url?.SslMode, Keys.PostgresSslMode) ?? defaults.SslMode;
        if (!PostgresConnectionStrings.SslModes.Contains(sslMode))
            throw Invalid(Keys.PostgresSslMode, layers[Keys.PostgresSslMode]!, string.Join(", ", PostgresConnectionStrings.SslModes));
        return new PostgresSettings
        {
            Host = Text(url?.Host, Keys.PostgresHost) ?? defaults.Host,
            Port = Number(url?.Port, Keys.PostgresPort, 1, 65535) ?? defaults.Port,
            Database = Text(url?.Database, Keys.PostgresDb) ?? defaults.Database,
            User = Text(url?.User, Keys.PostgresUser) ?? defaults.User,
            Password = Text(url?.Password, Keys.PostgresPassword),
            SslMode = sslMode,
            MinPoolSize = pool.Minimum,
            MaxPoolSize = pool.Maximum,
            ConnectTimeoutSeconds = Number(url?.ConnectTimeout, Keys.ConnectTimeout, 1, 600) ?? defaults.ConnectTimeoutSeconds,
            CommandTimeoutSeconds = Number(url?.CommandTimeout, Keys.CommandTimeout, 1, 3600) ?? defaults.CommandTimeoutSeconds,
            PgBouncer = FromUrlOrKey(url?.PgBouncer, urlLayer, layers, Keys.PgBouncer, _ => Boolean(layers, Keys.PgBouncer, false))
                        ?? defaults.PgBouncer,
        };
    }

    /// <summary>
    /// The pool as SQLAlchemy sizes it (the user store's POSTGRES_POOL_SIZE and POSTGRES_MAX_OVERFLOW): pool_size connections
    /// are kept open (Npgsql's minimum) and max_overflow more may be opened under load (maximum = pool_size + max_overflow).
    /// database.max_pool_size, when set, is the maximum itself; the URL's min_pool_size or initial_pool_size the minimum.
    /// </summary>
    private static (int? Minimum, int? Maximum) ResolvePool(ConfigurationLayers layers, PostgresUrl? url, ConfigurationValue? urlValue,
        int? poolSize, int? maxPoolSize, List<ConfigurationNotice> notices)
    {
        var overflowValue = layers[Keys.MaxOverflow];
        var overflow = Integer(layers, Keys.MaxOverflow, 0, 1000);
        string PoolSizeName() => layers[Keys.PoolSize] is { } raw && (url?.PoolSize is null || raw.Layer > urlValue!.Layer)
            ? ForeignSettings.Name(layers, Keys.PoolSize, raw)
            : $"pool_size in {ForeignSettings.Name(layers, Keys.DatabaseUrl, urlValue!)}";

        var minimum = poolSize;
        if (url?.MinPoolSize is { } urlMinimum)
        {
            minimum = urlMinimum;
            notices.Add(new(LogLevel.Information, $"understood {url.MinPoolSizeParameter}={urlMinimum} in " +
                                                  $"{ForeignSettings.Name(layers, Keys.DatabaseUrl, urlValue!)} as the pool's minimum (connections kept open)"));
        }

        if (maxPoolSize is not null)
        {
            if (overflow is not null)
                notices.Add(new(LogLevel.Warning, $"ignored {ForeignSettings.Name(layers, Keys.MaxOverflow, overflowValue!)}={overflow}: " +
                                                  $"database.max_pool_size ({maxPoolSize}) sets the maximum itself, and Warden's own name wins"));
            return (minimum, maxPoolSize);
        }
        if (poolSize is null && overflow is null)
            return (minimum, null);

        var maximum = (poolSize ?? SqlAlchemyPoolSize) + (overflow ?? SqlAlchemyMaxOverflow);
        var given = string.Join(" and ", new[]
        {
            poolSize is null ? null : $"{PoolSizeName()}={poolSize}",
            overflow is null ? null : $"{ForeignSettings.Name(layers, Keys.MaxOverflow, overflowValue!)}={overflow}",
        }.OfType<string>());
        notices.Add(new(LogLevel.Information, $"understood {given} as SQLAlchemy's pool_size and max_overflow: " +
                                              $"{poolSize ?? SqlAlchemyPoolSize} connections kept open, at most {maximum} " +
                                              $"(pool_size + max_overflow{(poolSize is null || overflow is null ? $", the missing one at SQLAlchemy's default {(poolSize is null ? SqlAlchemyPoolSize : SqlAlchemyMaxOverflow)}" : "")})"));
        return (minimum ?? SqlAlchemyPoolSize, maximum);
    }

    /// <summary>The key's value when it was set in a later layer than the URL or the URL lacks this part; else the URL's.</summary>
    private static T? FromUrlOrKey<T>(T? fromUrl, ConfigurationLayer? urlLayer, ConfigurationLayers layers, ConfigurationKey key,
        Func<ConfigurationValue, T?> parse)
    {
        var raw = layers[key];
        return raw is not null && (fromUrl is null || raw.Layer > urlLayer) ? parse(raw) : fromUrl;
    }

    private static CacheOptions ResolveCache(ConfigurationLayers layers)
    {
        var types = new Dictionary<string, CacheType> { ["memory"] = CacheType.Memory, ["redis"] = CacheType.Redis };
        var urlValue = layers[Keys.CacheUrl];
        var typeValue = layers[Keys.CacheType];
        // A cache URL alone is enough to choose Redis; against an explicit type, the later layer wins.
        var type = Choice(layers, Keys.CacheType, types, urlValue is null ? CacheType.Memory : CacheType.Redis);
        if (type == CacheType.Memory && urlValue is not null && typeValue is not null)
        {
            if (typeValue.Layer == urlValue.Layer)
                throw new ConfigurationException(
                    $"{Describe(Keys.CacheType, typeValue)} is 'memory' but {Describe(Keys.CacheUrl, urlValue)} names a Redis server: remove one of them");
            if (urlValue.Layer > typeValue.Layer)
                type = CacheType.Redis;
        }
        if (type == CacheType.Memory)
            return new CacheOptions(type, null);
        var redis = urlValue is null ? new RedisSettings() : ConnectionUrls.ParseRedisUrl(urlValue.Value, Describe(Keys.CacheUrl, urlValue));
        if (layers[Keys.CacheKeyPrefix] is { } prefix)
        {
            if (!RedisSettings.IsValidKeyPrefix(prefix.Value))
                throw Invalid(Keys.CacheKeyPrefix, prefix, "1 to 64 printable ASCII characters without spaces");
            redis = redis with { KeyPrefix = prefix.Value };
        }
        return new CacheOptions(type, redis);
    }

    private static KeyOptions ResolveKeys(ConfigurationLayers layers, KeyOptions defaults)
    {
        var encryptionKey = layers[Keys.EncryptionKey];
        if (encryptionKey is not null && Core.Security.MasterKey.TryParse(encryptionKey.Value) is null)
            throw Invalid(Keys.EncryptionKey, encryptionKey, "32 random bytes in base64, as printed by `openssl rand -base64 32`");
        var algorithms = Core.Keys.SigningCredential.SupportedAlgorithms.ToDictionary(algorithm => algorithm, algorithm => algorithm);
        return new KeyOptions(
            encryptionKey?.Value,
            layers[Keys.EncryptionKeyFile]?.Value ?? defaults.EncryptionKeyFile,
            Choice(layers, Keys.SigningAlgorithm, algorithms, defaults.SigningAlgorithm),
            TimeSpan.FromSeconds(Integer(layers, Keys.KeyActivationDelay, 0, 604_800) ?? (int)defaults.ActivationDelay.TotalSeconds));
    }

    private static TokenOptions ResolveTokens(ConfigurationLayers layers, TokenOptions defaults)
    {
        TimeSpan Seconds(ConfigurationKey key, int min, int max, TimeSpan fallback) =>
            TimeSpan.FromSeconds(Integer(layers, key, min, max) ?? (int)fallback.TotalSeconds);

        var authorization = defaults.Authorization;
        var absolute = Seconds(Keys.RefreshTokenLifetime, 60, 31_536_000, authorization.RefreshTokenLifetime);
        var idle = Seconds(Keys.RefreshTokenIdleLifetime, 60, 31_536_000, authorization.RefreshTokenIdleLifetime);
        if (idle > absolute && layers[Keys.RefreshTokenIdleLifetime] is { } idleValue)
            throw Invalid(Keys.RefreshTokenIdleLifetime, idleValue, $"at most tokens.refresh_token_lifetime ({absolute.TotalSeconds:0})");
        return new TokenOptions(
            Seconds(Keys.AccessTokenLifetime, 1, (int)Core.Protocol.OAuthServerOptions.MaxAccessTokenLifetime.TotalSeconds, defaults.AccessTokenLifetime),
            Seconds(Keys.ClientCacheLifetime, 0, 300, defaults.ClientCacheLifetime),
            new Core.Authorization.AuthorizationOptions(
                Seconds(Keys.AuthorizationCodeLifetime, 10, 600, authorization.CodeLifetime),
                Seconds(Keys.IdTokenLifetime, 60, 86_400, authorization.IdTokenLifetime),
                absolute,
                idle > absolute ? absolute : idle,
                Boolean(layers, Keys.AllowPlainPkce, authorization.AllowPlainPkce),
                Choice(layers, Keys.RequirePkce, new Dictionary<string, Core.Authorization.PkceRequirement>
                {
                    ["all"] = Core.Authorization.PkceRequirement.AllClients,
                    ["public"] = Core.Authorization.PkceRequirement.PublicClients,
                }, authorization.PkceRequiredFor))
            {
                RefreshTokenReuseGrace = Seconds(Keys.RefreshTokenReuseGrace, 0, 60, authorization.RefreshTokenReuseGrace),
            },
            new Core.Devices.DeviceFlowOptions(
                Seconds(Keys.DeviceCodeLifetime, 60, 3_600, defaults.Devices.CodeLifetime),
                Seconds(Keys.DevicePollInterval, 1, 60, defaults.Devices.PollInterval)));
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
        var issuer = issuerValue?.Value ?? DefaultIssuer(urls.Split(';')[0].Trim());
        if (!Uri.TryCreate(issuer, UriKind.Absolute, out var issuerUri) || issuerUri.Scheme is not ("http" or "https")
            || issuerUri.Query.Length > 0 || issuerUri.Fragment.Length > 0)
        {
            throw issuerValue is null
                ? new ConfigurationException($"server.issuer must be set when server.urls ('{urls}') does not start with a plain address")
                : Invalid(Keys.ServerIssuer, issuerValue, "an https:// (or http:// for development) URL without query or fragment (RFC 8414 §2)");
        }
        if (issuerUri.AbsolutePath.Trim('/').Length > 0)
            throw issuerValue is null
                ? new ConfigurationException($"server.urls ('{urls}') has a path; set server.issuer to the public address without one")
                : Invalid(Keys.ServerIssuer, issuerValue, "a URL without a path: Warden serves its endpoints at the root of the issuer");
        return new ServerOptions(urls, issuer.TrimEnd('/')) { TrustedProxies = TrustedProxyList(layers) };
    }

    /// <summary>server.trusted_proxies: addresses (a single host) and CIDR ranges, IPv4 or IPv6, separated by ',' or ';' (a YAML list).</summary>
    private static IReadOnlyList<System.Net.IPNetwork> TrustedProxyList(ConfigurationLayers layers)
    {
        if (layers[Keys.TrustedProxies] is not { } raw)
            return [];
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in raw.Value.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (System.Net.IPAddress.TryParse(entry, out var address) && !entry.Contains('/'))
                networks.Add(new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8));
            else if (System.Net.IPNetwork.TryParse(entry, out var network))
                networks.Add(network);
            else
                throw Invalid(Keys.TrustedProxies, raw, $"comma-separated IP addresses and CIDR ranges such as 10.0.0.0/8 ('{entry}' is neither)");
        }
        return networks;
    }

    /// <summary>The first listen address, with a wildcard host (0.0.0.0, [::], *, +) named localhost.</summary>
    private static string DefaultIssuer(string firstUrl) =>
        System.Text.RegularExpressions.Regex.Replace(firstUrl, @"^(https?://)(0\.0\.0\.0|\[::\]|\*|\+)(?=[:/]|$)", "$1localhost");

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

    /// <summary>Scope names separated by spaces (or a YAML list); an empty value means none.</summary>
    private static IReadOnlyList<string> ScopeList(ConfigurationLayers layers, ConfigurationKey key, IReadOnlyList<string> fallback)
    {
        if (layers[key] is not { } raw)
            return fallback;
        var names = raw.Value.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        if (!names.All(Core.Scopes.ScopeAdministration.IsValidName))
            throw Invalid(key, raw, "scope names separated by spaces");
        // Both lists hand scopes to clients no operator looked at; a reserved scope is for clients an operator chose.
        return names.FirstOrDefault(Core.Scopes.ReservedScopes.IsReserved) is { } reserved
            ? throw new ConfigurationException($"{Describe(key, raw)} names '{reserved}': scopes beginning with {Core.Scopes.ReservedScopes.Prefix} " +
                                               "are only given to a client by an operator (warden clients create/update --scope)")
            : names;
    }

    /// <summary>Names from a fixed set separated by spaces (or a YAML list); an empty value means none.</summary>
    private static IReadOnlyList<string> NameList(ConfigurationLayers layers, ConfigurationKey key, IReadOnlyList<string> allowed,
        IReadOnlyList<string> fallback)
    {
        if (layers[key] is not { } raw)
            return fallback;
        var names = raw.Value.Split([' ', ';'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();
        return names.All(allowed.Contains)
            ? names
            : throw Invalid(key, raw, "names separated by spaces from " + string.Join(", ", allowed));
    }

    private static bool Boolean(ConfigurationLayers layers, ConfigurationKey key, bool fallback)
    {
        if (layers[key] is not { } raw)
            return fallback;
        return ParseBoolean(raw.Value) ?? throw Invalid(key, raw, "true or false");
    }

    private static ConfigurationException Invalid(ConfigurationKey key, ConfigurationValue raw, string allowed) =>
        new($"invalid value '{(key.IsSecret ? "***" : raw.Value)}' for {Describe(key, raw)}: expected {allowed}");

    private static string Describe(ConfigurationKey key, ConfigurationValue raw) => $"{key.Name} (from {raw.Origin})";
}

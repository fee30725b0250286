namespace Warden.Configuration;

/// <summary>One setting: its config.yaml key (section.name) and the environment variables that set it, first wins.</summary>
public sealed record ConfigurationKey(string Name, IReadOnlyList<string> EnvironmentVariables, bool IsSecret = false)
{
    public string Section => Name[..Name.IndexOf('.')];
    public string Leaf => Name[(Name.IndexOf('.') + 1)..];
}

/// <summary>Every key Warden reads. docs/configuration.md and config.example.yaml document the same list.</summary>
public static class ConfigurationKeys
{
    public static readonly ConfigurationKey DatabaseType = new("database.type", ["DB_TYPE"]);
    public static readonly ConfigurationKey DatabaseUrl = new("database.url", ["DATABASE_URL"], IsSecret: true);
    public static readonly ConfigurationKey SqlitePath = new("database.sqlite_path", ["SQLITE_PATH"]);
    public static readonly ConfigurationKey PostgresHost = new("database.postgres_host", ["POSTGRES_HOST"]);
    public static readonly ConfigurationKey PostgresPort = new("database.postgres_port", ["POSTGRES_PORT"]);
    public static readonly ConfigurationKey PostgresDb = new("database.postgres_db", ["POSTGRES_DB"]);
    public static readonly ConfigurationKey PostgresUser = new("database.postgres_user", ["POSTGRES_USER"]);
    public static readonly ConfigurationKey PostgresPassword = new("database.postgres_password", ["POSTGRES_PASSWORD"], IsSecret: true);
    public static readonly ConfigurationKey PostgresSslMode = new("database.postgres_sslmode", ["POSTGRES_SSLMODE"]);
    public static readonly ConfigurationKey PoolSize = new("database.pool_size", ["POSTGRES_POOL_SIZE"]);
    public static readonly ConfigurationKey MaxPoolSize = new("database.max_pool_size", ["POSTGRES_MAX_POOL_SIZE"]);
    public static readonly ConfigurationKey ConnectTimeout = new("database.connect_timeout", ["POSTGRES_CONNECT_TIMEOUT"]);
    public static readonly ConfigurationKey CommandTimeout = new("database.command_timeout", ["POSTGRES_COMMAND_TIMEOUT"]);
    public static readonly ConfigurationKey PgBouncer = new("database.pgbouncer", ["POSTGRES_PGBOUNCER"]);
    public static readonly ConfigurationKey Echo = new("database.echo", ["POSTGRES_ECHO"]);
    public static readonly ConfigurationKey TablePrefix = new("database.table_prefix", ["DB_TABLE_PREFIX"]);
    public static readonly ConfigurationKey CleanupInterval = new("database.cleanup_interval", ["CLEANUP_INTERVAL"]);
    public static readonly ConfigurationKey AuditRetentionDays = new("database.audit_retention_days", ["AUDIT_RETENTION_DAYS"]);
    public static readonly ConfigurationKey AutoMigrate = new("database.auto_migrate", ["DB_AUTO_MIGRATE"]);
    public static readonly ConfigurationKey CacheType = new("cache.type", ["CACHE_TYPE"]);
    public static readonly ConfigurationKey CacheUrl = new("cache.url", ["CACHE_URL", "REDIS_URL"], IsSecret: true);
    public static readonly ConfigurationKey CacheKeyPrefix = new("cache.key_prefix", ["WARDEN_CACHE_KEY_PREFIX"]);
    public static readonly ConfigurationKey ServerUrls = new("server.urls", ["WARDEN_URLS"]);
    public static readonly ConfigurationKey ServerIssuer = new("server.issuer", ["WARDEN_ISSUER"]);
    public static readonly ConfigurationKey TrustedProxies = new("server.trusted_proxies", ["WARDEN_TRUSTED_PROXIES"]);
    public static readonly ConfigurationKey EncryptionKey = new("keys.encryption_key", ["WARDEN_MASTER_KEY"], IsSecret: true);
    public static readonly ConfigurationKey EncryptionKeyFile = new("keys.encryption_key_file", ["WARDEN_MASTER_KEY_FILE"]);
    public static readonly ConfigurationKey SigningAlgorithm = new("keys.signing_algorithm", ["WARDEN_SIGNING_ALGORITHM"]);
    public static readonly ConfigurationKey KeyActivationDelay = new("keys.activation_delay", ["WARDEN_KEY_ACTIVATION_DELAY"]);
    public static readonly ConfigurationKey AccessTokenLifetime = new("tokens.access_token_lifetime", ["WARDEN_ACCESS_TOKEN_LIFETIME"]);
    public static readonly ConfigurationKey ClientCacheLifetime = new("tokens.client_cache_lifetime", ["WARDEN_CLIENT_CACHE_LIFETIME"]);
    public static readonly ConfigurationKey AuthorizationCodeLifetime = new("tokens.authorization_code_lifetime", ["WARDEN_AUTHORIZATION_CODE_LIFETIME"]);
    public static readonly ConfigurationKey IdTokenLifetime = new("tokens.id_token_lifetime", ["WARDEN_ID_TOKEN_LIFETIME"]);
    public static readonly ConfigurationKey RefreshTokenLifetime = new("tokens.refresh_token_lifetime", ["WARDEN_REFRESH_TOKEN_LIFETIME"]);
    public static readonly ConfigurationKey RefreshTokenIdleLifetime = new("tokens.refresh_token_idle_lifetime", ["WARDEN_REFRESH_TOKEN_IDLE_LIFETIME"]);
    public static readonly ConfigurationKey RefreshTokenReuseGrace = new("tokens.refresh_token_reuse_grace", ["WARDEN_REFRESH_TOKEN_REUSE_GRACE"]);
    public static readonly ConfigurationKey DeviceCodeLifetime = new("tokens.device_code_lifetime", ["WARDEN_DEVICE_CODE_LIFETIME"]);
    public static readonly ConfigurationKey DevicePollInterval = new("tokens.device_poll_interval", ["WARDEN_DEVICE_POLL_INTERVAL"]);
    public static readonly ConfigurationKey AllowPlainPkce = new("tokens.allow_plain_pkce", ["WARDEN_ALLOW_PLAIN_PKCE"]);
    public static readonly ConfigurationKey RequirePkce = new("tokens.require_pkce", ["WARDEN_REQUIRE_PKCE"]);
    public static readonly ConfigurationKey RegistrationPolicy = new("registration.policy", ["WARDEN_REGISTRATION_POLICY"]);
    public static readonly ConfigurationKey RegistrationRotateToken = new("registration.rotate_access_token", ["WARDEN_REGISTRATION_ROTATE_ACCESS_TOKEN"]);
    public static readonly ConfigurationKey RegistrationRateLimit = new("registration.rate_limit", ["WARDEN_REGISTRATION_RATE_LIMIT"]);
    public static readonly ConfigurationKey RegistrationDefaultScopes = new("registration.default_scopes", ["WARDEN_REGISTRATION_DEFAULT_SCOPES"]);
    public static readonly ConfigurationKey RegistrationAllowedGrantTypes = new("registration.allowed_grant_types", ["WARDEN_REGISTRATION_ALLOWED_GRANT_TYPES"]);
    public static readonly ConfigurationKey RegistrationAllowedScopes = new("registration.allowed_scopes", ["WARDEN_REGISTRATION_ALLOWED_SCOPES"]);
    public static readonly ConfigurationKey RegistrationAllowedAuthMethods = new("registration.allowed_auth_methods", ["WARDEN_REGISTRATION_ALLOWED_AUTH_METHODS"]);
    public static readonly ConfigurationKey MaxBodyBytes = new("limits.max_body_bytes", ["WARDEN_MAX_BODY_BYTES"]);
    public static readonly ConfigurationKey TokenPerMinute = new("limits.token_per_minute", ["WARDEN_TOKEN_PER_MINUTE"]);
    public static readonly ConfigurationKey AuthorizePerMinute = new("limits.authorize_per_minute", ["WARDEN_AUTHORIZE_PER_MINUTE"]);
    public static readonly ConfigurationKey DevicePerMinute = new("limits.device_per_minute", ["WARDEN_DEVICE_PER_MINUTE"]);
    public static readonly ConfigurationKey LoginPerMinute = new("limits.login_per_minute", ["WARDEN_LOGIN_PER_MINUTE"]);
    public static readonly ConfigurationKey LoginPerAccountPerMinute = new("limits.login_per_account_per_minute", ["WARDEN_LOGIN_PER_ACCOUNT_PER_MINUTE"]);
    public static readonly ConfigurationKey UserApiPerMinute = new("limits.user_api_per_minute", ["WARDEN_USER_API_PER_MINUTE"]);
    public static readonly ConfigurationKey MaxConcurrentPasswordHashes =
        new("security.max_concurrent_password_hashes", ["WARDEN_MAX_CONCURRENT_PASSWORD_HASHES"]);
    public static readonly ConfigurationKey PasswordHashQueue = new("security.password_hash_queue", ["WARDEN_PASSWORD_HASH_QUEUE"]);
    public static readonly ConfigurationKey Argon2Memory = new("passwords.argon2_memory", ["WARDEN_ARGON2_MEMORY"]);
    public static readonly ConfigurationKey Argon2Iterations = new("passwords.argon2_iterations", ["WARDEN_ARGON2_ITERATIONS"]);
    public static readonly ConfigurationKey PasswordMinLength = new("passwords.min_length", ["WARDEN_PASSWORD_MIN_LENGTH"]);
    public static readonly ConfigurationKey PasswordCharacterClasses = new("passwords.character_classes", ["WARDEN_PASSWORD_CHARACTER_CLASSES"]);
    public static readonly ConfigurationKey SessionLifetime = new("sessions.lifetime", ["WARDEN_SESSION_LIFETIME"]);
    public static readonly ConfigurationKey SessionIdleTimeout = new("sessions.idle_timeout", ["WARDEN_SESSION_IDLE_TIMEOUT"]);
    public static readonly ConfigurationKey LockoutMaxFailures = new("sessions.lockout_max_failures", ["WARDEN_LOCKOUT_MAX_FAILURES"]);
    public static readonly ConfigurationKey LockoutDuration = new("sessions.lockout_duration", ["WARDEN_LOCKOUT_DURATION"]);
    public static readonly ConfigurationKey LogLevel = new("logging.level", ["LOG_LEVEL"]);
    public static readonly ConfigurationKey LogFormat = new("logging.format", ["LOG_FORMAT"]);
    public static readonly ConfigurationKey MetricsEnabled = new("metrics.enabled", ["WARDEN_METRICS_ENABLED"]);
    public static readonly ConfigurationKey FetchAllowHttp = new("security.fetch_allow_http", ["WARDEN_FETCH_ALLOW_HTTP"]);
    public static readonly ConfigurationKey FetchAllowedNetworks = new("security.fetch_allowed_networks", ["WARDEN_FETCH_ALLOWED_NETWORKS"]);
    public static readonly ConfigurationKey FetchTimeout = new("security.fetch_timeout", ["WARDEN_FETCH_TIMEOUT"]);
    public static readonly ConfigurationKey UiThemeDir = new("ui.theme_dir", ["WARDEN_UI_THEME_DIR"]);
    public static readonly ConfigurationKey UiSupportEmail = new("ui.support_email", ["WARDEN_UI_SUPPORT_EMAIL"]);
    public static readonly ConfigurationKey UiSupportUrl = new("ui.support_url", ["WARDEN_UI_SUPPORT_URL"]);
    public static readonly ConfigurationKey SmtpHost = new("email.smtp_host", ["WARDEN_SMTP_HOST"]);
    public static readonly ConfigurationKey SmtpPort = new("email.smtp_port", ["WARDEN_SMTP_PORT"]);
    public static readonly ConfigurationKey SmtpTls = new("email.smtp_tls", ["WARDEN_SMTP_TLS"]);
    public static readonly ConfigurationKey SmtpUsername = new("email.smtp_username", ["WARDEN_SMTP_USERNAME"]);
    public static readonly ConfigurationKey SmtpPassword = new("email.smtp_password", ["WARDEN_SMTP_PASSWORD"], IsSecret: true);
    public static readonly ConfigurationKey SmtpPasswordFile = new("email.smtp_password_file", ["WARDEN_SMTP_PASSWORD_FILE"]);
    public static readonly ConfigurationKey EmailFrom = new("email.from", ["WARDEN_EMAIL_FROM"]);
    public static readonly ConfigurationKey EmailVerifyLinkLifetime = new("email.verify_link_lifetime", ["WARDEN_EMAIL_VERIFY_LINK_LIFETIME"]);
    public static readonly ConfigurationKey EmailResetLinkLifetime = new("email.reset_link_lifetime", ["WARDEN_EMAIL_RESET_LINK_LIFETIME"]);
    public static readonly ConfigurationKey SignUpPolicy = new("signup.policy", ["WARDEN_SIGNUP_POLICY"]);
    public static readonly ConfigurationKey SignUpAllowedDomains = new("signup.allowed_domains", ["WARDEN_SIGNUP_ALLOWED_DOMAINS"]);
    public static readonly ConfigurationKey EmailLinksPerMinute = new("limits.email_links_per_minute", ["WARDEN_EMAIL_LINKS_PER_MINUTE"]);
    public static readonly ConfigurationKey EmailLinksPerAddressPerHour =
        new("limits.email_links_per_address_per_hour", ["WARDEN_EMAIL_LINKS_PER_ADDRESS_PER_HOUR"]);

    public static readonly ConfigurationKey PasskeysEnabled = new("passkeys.enabled", ["WARDEN_PASSKEYS_ENABLED"]);
    public static readonly ConfigurationKey PasskeysRpId = new("passkeys.rp_id", ["WARDEN_PASSKEYS_RP_ID"]);
    public static readonly ConfigurationKey PasskeysOrigins = new("passkeys.origins", ["WARDEN_PASSKEYS_ORIGINS"]);
    public static readonly ConfigurationKey PasskeysAttestation = new("passkeys.attestation", ["WARDEN_PASSKEYS_ATTESTATION"]);
    public static readonly ConfigurationKey PasskeysTrustedAaguids = new("passkeys.trusted_aaguids", ["WARDEN_PASSKEYS_TRUSTED_AAGUIDS"]);
    public static readonly ConfigurationKey PasskeysUserVerification = new("passkeys.user_verification", ["WARDEN_PASSKEYS_USER_VERIFICATION"]);
    public static readonly ConfigurationKey PasskeysChallengeLifetime = new("passkeys.challenge_lifetime", ["WARDEN_PASSKEYS_CHALLENGE_LIFETIME"]);

    public static readonly ConfigurationKey ApiKeysAllowedScopes = new("api_keys.allowed_scopes", ["WARDEN_API_KEYS_ALLOWED_SCOPES"]);
    public static readonly ConfigurationKey ApiKeysMaxLifetime = new("api_keys.max_lifetime", ["WARDEN_API_KEYS_MAX_LIFETIME"]);
    public static readonly ConfigurationKey ApiKeysAllowNoExpiry = new("api_keys.allow_no_expiry", ["WARDEN_API_KEYS_ALLOW_NO_EXPIRY"]);

    // SQLAlchemy's pool overflow, as the user store sets it, and the multi-tenant auth API's storage: section
    // (docs/configuration.md, "Coming from another system").
    public static readonly ConfigurationKey MaxOverflow = new("database.max_overflow", ["POSTGRES_MAX_OVERFLOW"]);
    public static readonly ConfigurationKey StorageType = new("storage.type", []);
    public static readonly ConfigurationKey StorageConnectionString = new("storage.connection_string", [], IsSecret: true);

    public static readonly IReadOnlyList<ConfigurationKey> All =
    [
        DatabaseType, DatabaseUrl, SqlitePath, PostgresHost, PostgresPort, PostgresDb, PostgresUser, PostgresPassword,
        PostgresSslMode, PoolSize, MaxPoolSize, ConnectTimeout, CommandTimeout, PgBouncer, Echo, TablePrefix,
        CleanupInterval, AuditRetentionDays, AutoMigrate, CacheType, CacheUrl, CacheKeyPrefix, ServerUrls, ServerIssuer, TrustedProxies, EncryptionKey, EncryptionKeyFile,
        SigningAlgorithm, KeyActivationDelay, AccessTokenLifetime, ClientCacheLifetime,
        AuthorizationCodeLifetime, IdTokenLifetime, RefreshTokenLifetime, RefreshTokenIdleLifetime, RefreshTokenReuseGrace, AllowPlainPkce, RequirePkce,
        DeviceCodeLifetime, DevicePollInterval, RegistrationPolicy, RegistrationRotateToken, RegistrationRateLimit, RegistrationDefaultScopes,
        RegistrationAllowedGrantTypes, RegistrationAllowedScopes, RegistrationAllowedAuthMethods,
        MaxBodyBytes, TokenPerMinute, AuthorizePerMinute, DevicePerMinute, LoginPerMinute, LoginPerAccountPerMinute, UserApiPerMinute,
        MaxConcurrentPasswordHashes, PasswordHashQueue, Argon2Memory, Argon2Iterations, PasswordMinLength, PasswordCharacterClasses, SessionLifetime, SessionIdleTimeout, LockoutMaxFailures,
        LockoutDuration, LogLevel, LogFormat, MetricsEnabled, FetchAllowHttp, FetchAllowedNetworks, FetchTimeout,
        UiThemeDir, UiSupportEmail, UiSupportUrl,
        SmtpHost, SmtpPort, SmtpTls, SmtpUsername, SmtpPassword, SmtpPasswordFile, EmailFrom, EmailVerifyLinkLifetime, EmailResetLinkLifetime,
        SignUpPolicy, SignUpAllowedDomains, EmailLinksPerMinute, EmailLinksPerAddressPerHour,
        PasskeysEnabled, PasskeysRpId, PasskeysOrigins, PasskeysAttestation, PasskeysTrustedAaguids, PasskeysUserVerification, PasskeysChallengeLifetime,
        ApiKeysAllowedScopes, ApiKeysMaxLifetime, ApiKeysAllowNoExpiry,
        MaxOverflow, StorageType, StorageConnectionString,
    ];

    public static ConfigurationKey? Find(string name) => All.FirstOrDefault(key => key.Name == name);
}

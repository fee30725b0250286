using Microsoft.Extensions.Logging;
using Warden.Cache.Redis;
using Warden.Storage.Postgres;

namespace Warden.Configuration;

public enum DatabaseType
{
    Memory,
    Sqlite,
    Postgres,
}

public enum CacheType
{
    Memory,
    Redis,
}

public enum LogFormat
{
    Text,
    Json,
}

/// <summary>The resolved, validated configuration. Built only by <see cref="WardenOptionsResolver"/>.</summary>
public sealed record WardenOptions(
    DatabaseOptions Database, CacheOptions Cache, ServerOptions Server, KeyOptions Keys, TokenOptions Tokens,
    Core.Registration.RegistrationOptions Registration, LimitOptions Limits, Core.Security.PasswordHashingOptions Passwords, Core.Users.SignInOptions Sessions, LoggingOptions Logging,
    MetricsOptions Metrics)
{
    /// <summary>The clients, scopes and users config.yaml declares, applied at every start.</summary>
    public Core.Declarations.DeclaredObjects Declarations { get; init; } = Core.Declarations.DeclaredObjects.None;

    /// <summary>
    /// What reading the configuration noticed (settings of other systems and what they were understood as, unknown
    /// variables), logged once when the server or a verb starts.
    /// </summary>
    public IReadOnlyList<ConfigurationNotice> Notices { get; init; } = [];

    /// <summary>How many password hashes run at once and how many sign-ins may wait for one (security.*).</summary>
    public Core.Security.PasswordHashLimits PasswordHashLimits { get; init; } = Core.Security.PasswordHashLimits.Default;

    /// <summary>How the server fetches URLs clients give it (jwks_uri): the security.fetch_* settings.</summary>
    public Core.Security.OutboundFetchOptions Fetch { get; init; } = Core.Security.OutboundFetchOptions.Default;

    /// <summary>The pages' theme directory and contacts (the ui section).</summary>
    public Pages.Presentation.UiOptions Ui { get; init; } = Pages.Presentation.UiOptions.None;

    /// <summary>The SMTP server that sends sign-up and password reset mail (the email section); <see cref="Email.SmtpOptions.None"/> sends none.</summary>
    public Warden.Email.SmtpOptions Email { get; init; } = Warden.Email.SmtpOptions.None;

    /// <summary>Self-service sign-up and the emailed links' lifetimes and limits (the signup section and limits.email_*).</summary>
    public Core.Users.SignUpOptions SignUp { get; init; } = Core.Users.SignUpOptions.Default;

    /// <summary>passwords.min_length and passwords.character_classes: the rule for new passwords, which a tenant may override.</summary>
    public Core.Users.PasswordPolicy PasswordPolicy { get; init; } = Core.Users.PasswordPolicy.Default;

    /// <summary>Passkeys (the passkeys section): relying party, origins, attestation, user verification, challenge lifetime.</summary>
    public Passkeys.PasskeyOptions Passkeys { get; init; } = Warden.Passkeys.PasskeyOptions.Default;

    /// <summary>The API-key policy of every tenant (the api_keys section): allowed scopes, maximum lifetime, keys without expiry.</summary>
    public Core.ApiKeys.ApiKeyPolicy ApiKeys { get; init; } = Core.ApiKeys.ApiKeyPolicy.Default;

    /// <summary>The built-in defaults: SQLite in ./data/warden.db, memory cache, http://localhost:8080.</summary>
    public static WardenOptions Defaults { get; } = new(
        new DatabaseOptions(DatabaseType.Sqlite, "./data/warden.db", new PostgresSettings(), Echo: false, TablePrefix: "",
            CleanupInterval: TimeSpan.FromSeconds(60), AuditRetention: TimeSpan.FromDays(90), AutoMigrate: true),
        new CacheOptions(CacheType.Memory, null),
        new ServerOptions("http://localhost:8080", "http://localhost:8080"),
        new KeyOptions(null, "./data/master.key", "ES256", TimeSpan.FromMinutes(10)),
        new TokenOptions(TimeSpan.FromHours(1), TimeSpan.FromSeconds(5), new Core.Authorization.AuthorizationOptions(
            CodeLifetime: TimeSpan.FromSeconds(60), IdTokenLifetime: TimeSpan.FromHours(1), RefreshTokenLifetime: TimeSpan.FromDays(30),
            RefreshTokenIdleLifetime: TimeSpan.FromDays(14), AllowPlainPkce: false,
            PkceRequiredFor: Core.Authorization.PkceRequirement.AllClients),
            new Core.Devices.DeviceFlowOptions(CodeLifetime: TimeSpan.FromMinutes(10), PollInterval: TimeSpan.FromSeconds(5))),
        new Core.Registration.RegistrationOptions(Core.Registration.RegistrationPolicy.Disabled, RotateAccessToken: false, RequestsPerHour: 20,
            DefaultScopes: Core.Clients.DefaultClientScopes.OpenIdConnect),
        new LimitOptions(MaxBodyBytes: 64 * 1024, TokenPerMinute: 0, AuthorizePerMinute: 300, DevicePerMinute: 60),
        Core.Security.PasswordHashingOptions.OwaspDefault,
        new Core.Users.SignInOptions(MaxFailures: 5, LockoutDuration: TimeSpan.FromMinutes(15), SessionLifetime: TimeSpan.FromHours(8),
            IdleTimeout: TimeSpan.FromHours(2)),
        new LoggingOptions(LogLevel.Information, LogFormat.Text),
        new MetricsOptions(Enabled: true));
}

/// <param name="SqlitePath">A file path, or ":memory:" for an in-memory SQLite database.</param>
/// <param name="CleanupInterval">Zero turns the expired-data cleanup off.</param>
/// <param name="AuditRetention">How long audit rows are kept; null keeps them forever.</param>
public sealed record DatabaseOptions(
    DatabaseType Type,
    string SqlitePath,
    PostgresSettings Postgres,
    bool Echo,
    string TablePrefix,
    TimeSpan CleanupInterval,
    TimeSpan? AuditRetention,
    bool AutoMigrate);

public sealed record CacheOptions(CacheType Type, RedisSettings? Redis);

/// <param name="Urls">Kestrel listen addresses, ';'-separated.</param>
/// <param name="Issuer">The issuer identifier published in metadata and tokens.</param>
public sealed record ServerOptions(string Urls, string Issuer)
{
    /// <summary>
    /// The reverse proxies (addresses and CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are believed; empty
    /// believes nobody, so the connection's own address is the client's.
    /// </summary>
    public IReadOnlyList<System.Net.IPNetwork> TrustedProxies { get; init; } = [];

    /// <summary>Whether the public address is https, which makes cookies Secure (__Host- for the session) and sends HSTS.</summary>
    public bool IsHttps => Issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

/// <param name="EncryptionKey">The master key from configuration (base64 of 32 bytes), or null to use <paramref name="EncryptionKeyFile"/>.</param>
/// <param name="EncryptionKeyFile">Where the master key is kept when none is configured; created on first start.</param>
/// <param name="SigningAlgorithm">ES256 or RS256, for clients without their own choice.</param>
/// <param name="ActivationDelay">How long a rotated-in key is published before it signs.</param>
public sealed record KeyOptions(string? EncryptionKey, string EncryptionKeyFile, string SigningAlgorithm, TimeSpan ActivationDelay);

/// <param name="ClientCacheLifetime">How long an instance caches a client; zero reads it on every request.</param>
/// <param name="Authorization">Lifetimes and rules of the authorization code flow.</param>
/// <param name="Devices">Lifetime and polling interval of the device flow.</param>
public sealed record TokenOptions(TimeSpan AccessTokenLifetime, TimeSpan ClientCacheLifetime, Core.Authorization.AuthorizationOptions Authorization,
    Core.Devices.DeviceFlowOptions Devices);

/// <summary>Request size and per-address rate limits of the protocol endpoints; a rate of 0 turns that limit off.</summary>
/// <param name="MaxBodyBytes">The largest form or JSON body a protocol endpoint or page reads.</param>
/// <param name="TokenPerMinute">Requests to /token per client address per minute.</param>
/// <param name="AuthorizePerMinute">Requests to /authorize per client address per minute.</param>
/// <param name="DevicePerMinute">Requests to /device_authorization and /device per client address per minute.</param>
public sealed record LimitOptions(int MaxBodyBytes, int TokenPerMinute, int AuthorizePerMinute, int DevicePerMinute)
{
    /// <summary>Password attempts at /login per client address per minute.</summary>
    public int LoginPerMinute { get; init; } = 30;

    /// <summary>Password attempts at /login per account (or unknown username) per minute, from any address.</summary>
    public int LoginPerAccountPerMinute { get; init; } = 10;

    /// <summary>Requests to the user-administration API (/api/users) per client address per minute.</summary>
    public int UserApiPerMinute { get; init; } = 300;
}

public sealed record LoggingOptions(LogLevel Level, LogFormat Format);

/// <param name="Enabled">Whether GET /metrics serves the Prometheus exposition.</param>
public sealed record MetricsOptions(bool Enabled);

using System.CommandLine;
using Warden.Configuration;
using Warden.Core.Caching;
using Warden.Core.Clients;
using Warden.Core.Grants;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Core.Scopes;
using Warden.Core.Settings;
using Warden.Hosting;

namespace Warden.Cli;

/// <summary>What the client, key and config verbs work with.</summary>
/// <param name="GrantTypes">The grant types the server supports, which tenants may narrow.</param>
public sealed record CliAdministration(IStorageBackend Storage, ClientAdministration Clients, SigningKeyManager Keys, SecretHasher Hasher,
    WardenOptions Options, IReadOnlyCollection<string> GrantTypes)
{
    /// <summary>The user administration with the configured Argon2id cost and each tenant's password rule.</summary>
    public UserAdministration Users => CliStorage.Users(Storage, Options);
}

/// <summary>Opens the configured storage backend for a CLI verb and closes it afterwards.</summary>
public static class CliStorage
{
    /// <summary>Like <see cref="WithStorageAsync"/>, with the administration services the client and key verbs need.</summary>
    public static Task<int> WithAdministrationAsync(ParseResult parseResult, Func<CliAdministration, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, async (storage, options, loggerFactory) =>
        {
            var time = TimeProvider.System;
            var masterKey = MasterKeyLoader.Load(options.Keys, loggerFactory.CreateLogger("Warden.Keys"));
            var serverOptions = ServerOptions(options);
            using var keys = new SigningKeyManager(storage.SigningKeys, new KeyProtector(masterKey),
                new SigningKeyOptions(options.Keys.SigningAlgorithm, options.Keys.ActivationDelay, OAuthServerOptions.MaxAccessTokenLifetime,
                    TimeSpan.Zero), time);
            var hasher = new SecretHasher(masterKey);
            var grantTypes = await GrantTypesAsync(storage, options, masterKey, loggerFactory);
            var clients = new ClientAdministration(storage.Clients, new ClientDirectory(storage.Clients, serverOptions, time), hasher,
                new DefaultClientScopes(storage.Scopes, options.Registration.DefaultScopes), grantTypes, time);
            // Decrypting the stored signing keys proves this is the master key the servers use: a secret hashed under
            // another key would be printed and then rejected by every server.
            await keys.EnsureKeysAsync(CommonOptions.TenantOf(parseResult), cancellationToken);
            return await work(new CliAdministration(storage, clients, keys, hasher, options, grantTypes.Names));
        }, cancellationToken);

    /// <summary>For `warden tenants`: the tenant administration (which knows the grant types the server supports) and the issuers.</summary>
    public static Task<int> WithTenantsAsync(ParseResult parseResult, Func<TenantAdministration, TenantDirectory, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, async (storage, options, loggerFactory) =>
        {
            var masterKey = MasterKeyLoader.Load(options.Keys, loggerFactory.CreateLogger("Warden.Keys"));
            var grantTypes = await GrantTypesAsync(storage, options, masterKey, loggerFactory);
            var serverOptions = ServerOptions(options);
            return await work(new TenantAdministration(storage.Tenants, TimeProvider.System, grantTypes.Names),
                new TenantDirectory(storage.Tenants, serverOptions, TimeProvider.System));
        }, cancellationToken);

    /// <summary>For the user verbs: the user administration (with the configured Argon2id cost) and the store.</summary>
    public static Task<int> WithUsersAsync(ParseResult parseResult, Func<UserAdministration, IUserStore, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, options, _) => work(Users(storage, options), storage.Users), cancellationToken);

    public static Task<int> WithScopesAsync(ParseResult parseResult, Func<ScopeAdministration, IScopeStore, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, _, _) => work(Scopes(storage), storage.Scopes), cancellationToken);

    public static Task<int> WithSettingsAsync(ParseResult parseResult, Func<SettingAdministration, Task<int>> work, CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, _, _) => work(Settings(storage)), cancellationToken);

    public static Task<int> WithSeedingAsync(ParseResult parseResult, Func<Seeding, Task<int>> work, CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, options, _) => work(new Seeding(storage.Users, Users(storage, options), Scopes(storage), Settings(storage))),
            cancellationToken);

    /// <summary>For `warden cleanup`: a cleaner over the migrated storage, with the configured audit retention.</summary>
    public static Task<int> WithCleanerAsync(ParseResult parseResult, Func<Core.Cleanup.ExpiredDataCleaner, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, options, _) => work(new Core.Cleanup.ExpiredDataCleaner(storage.ExpiredData,
            new Core.Cleanup.CleanupOptions(options.Database.AuditRetention), TimeProvider.System)), cancellationToken);

    /// <summary>For `warden audit`: the audit log and the user administration (to accept a username for --user).</summary>
    public static Task<int> WithAuditLogAsync(ParseResult parseResult, Func<Core.Audit.IAuditLogStore, UserAdministration, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, options, _) => work(storage.AuditLog, Users(storage, options)), cancellationToken);

    public static Task<int> WithConsentsAsync(ParseResult parseResult, Func<UserAdministration, IConsentStore, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, options, _) => work(Users(storage, options), storage.Consents), cancellationToken);

    public static Task<int> WithPasskeysAsync(ParseResult parseResult, Func<UserAdministration, Core.Passkeys.IPasskeyStore, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithMigratedStorageAsync(parseResult, (storage, options, _) => work(Users(storage, options), storage.Passkeys), cancellationToken);

    public static Task<int> WithUsersAsync(ParseResult parseResult, Func<UserAdministration, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithUsersAsync(parseResult, (users, _) => work(users), cancellationToken);

    public static Task<int> WithStorageAsync(ParseResult parseResult, Func<IStorageBackend, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithStorageAsync(parseResult, (storage, _, _) => work(storage), cancellationToken);

    /// <summary>
    /// The grant types of the grant handlers a server registers, resolved from the server's own registrations (with an
    /// in-process cache; nothing is started), so that the CLI accepts exactly the grant types a server serves.
    /// </summary>
    private static async Task<SupportedGrantTypes> GrantTypesAsync(IStorageBackend storage, WardenOptions options, MasterKey masterKey,
        ILoggerFactory loggerFactory)
    {
        var services = new ServiceCollection()
            .AddSingleton(options)
            .AddSingleton(TimeProvider.System)
            .AddSingleton(storage)
            .AddSingleton<ICacheStore>(new MemoryCacheStore(TimeProvider.System))
            .AddSingleton(loggerFactory)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddOAuthEngine(options, masterKey);
        await using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<SupportedGrantTypes>();
    }

    /// <summary>The user administration with the configured Argon2id cost and each tenant's password rule.</summary>
    internal static UserAdministration Users(IStorageBackend storage, WardenOptions options) =>
        new(storage.Users, new PasswordHasher(options.Passwords), TimeProvider.System,
            new PasswordPolicies(options.PasswordPolicy, new TenantDirectory(storage.Tenants, ServerOptions(options), TimeProvider.System)));

    private static OAuthServerOptions ServerOptions(WardenOptions options) =>
        new(options.Server.Issuer, options.Tokens.AccessTokenLifetime, TimeSpan.Zero);

    private static ScopeAdministration Scopes(IStorageBackend storage) => new(storage.Scopes, TimeProvider.System);

    private static SettingAdministration Settings(IStorageBackend storage) => new(storage.Settings, TimeProvider.System);

    /// <summary>For verbs that change data: pending migrations are applied first when database.auto_migrate is on.</summary>
    private static Task<int> WithMigratedStorageAsync(ParseResult parseResult, Func<IStorageBackend, WardenOptions, ILoggerFactory, Task<int>> work,
        CancellationToken cancellationToken) =>
        WithStorageAsync(parseResult, async (storage, options, loggerFactory) =>
        {
            if (options.Database.AutoMigrate)
                await storage.MigrateAsync(cancellationToken);
            var tenant = CommonOptions.TenantOf(parseResult);
            if (tenant != Tenant.DefaultId && await storage.Tenants.FindAsync(tenant, cancellationToken) is null)
                throw new InvalidTenantException($"--tenant {tenant}: no such tenant (warden tenants list shows them)");
            return await work(storage, options, loggerFactory);
        }, cancellationToken);

    private static async Task<int> WithStorageAsync(ParseResult parseResult, Func<IStorageBackend, WardenOptions, ILoggerFactory, Task<int>> work,
        CancellationToken cancellationToken)
    {
        var options = CommonOptions.LoadOptions(parseResult);
        using var loggerFactory = WardenLogging.CreateFactory(options.Logging, toStandardError: true);
        WardenLogging.LogConfigurationNotices(loggerFactory, options);
        await using var storage = BackendFactory.CreateStorage(options.Database, loggerFactory, TimeProvider.System);
        cancellationToken.ThrowIfCancellationRequested();
        return await work(storage, options, loggerFactory);
    }
}

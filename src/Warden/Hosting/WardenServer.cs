using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Warden.Core.Security;
using Warden.Configuration;
using Warden.Core.Keys;
using Warden.Core.Tenants;
using Warden.Core.Caching;
using Warden.Core.Storage;
using Warden.Endpoints;
using Warden.Operations.Health;
using Warden.Operations.Metrics;

namespace Warden.Hosting;

/// <summary>The composition root: builds the web application for a resolved configuration.</summary>
public static class WardenServer
{
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Builds the server and, when auto-migration is on, brings the schema up to date first. Throws
    /// <see cref="StorageUnavailableException"/> when the database cannot be reached at start-up.
    /// </summary>
    public static async Task<WebApplication> BuildAsync(WardenOptions options)
    {
        // The application name tells Razor Pages which assembly holds the pages, also when a test host starts the server.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [], ApplicationName = typeof(WardenServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Server.Urls);
        WardenLogging.Configure(builder.Logging, options.Logging);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(15));

        var time = TimeProvider.System;
        var loggerFactory = WardenLogging.CreateFactory(options.Logging);
        WardenLogging.LogConfigurationNotices(loggerFactory, options);
        var storage = BackendFactory.CreateStorage(options.Database, loggerFactory, time);
        var cache = await BackendFactory.CreateCacheAsync(options.Cache, time);

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(time);
        builder.Services.AddSingleton(storage);
        builder.Services.AddSingleton(cache);
        var masterKey = MasterKeyLoader.Load(options.Keys, loggerFactory.CreateLogger("Warden.Keys"));
        builder.Services.AddOAuthEngine(options, masterKey);
        builder.Services.AddRazorPages();
        // Anti-forgery tokens are protected with ASP.NET Data Protection keys; keeping the key ring in the shared database
        // lets a form rendered by one instance be posted to another.
        builder.Services.AddDataProtection().SetApplicationName("warden");
        builder.Services.Configure<KeyManagementOptions>(keyManagement =>
            keyManagement.XmlRepository = new DatabaseXmlRepository(storage.DataProtectionKeys, new KeyProtector(masterKey), time));
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag], timeout: HealthCheckTimeout)
            .AddCheck<CacheHealthCheck>("cache", tags: [HealthEndpoints.ReadyTag], timeout: HealthCheckTimeout)
            .AddCheck<SchemaHealthCheck>("schema", tags: [HealthEndpoints.ReadyTag], timeout: HealthCheckTimeout);
        builder.Services.AddWardenMetrics(options.Metrics);

        var app = builder.Build();
        app.UseMiddleware<UnhandledErrorMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CorsMiddleware>();
        app.UseMiddleware<RateLimitMiddleware>();
        app.MapHealthEndpoints();
        app.MapMetricsEndpoint(options.Metrics);
        app.MapTokenEndpoint();
        app.MapIntrospectionEndpoint();
        app.MapRevocationEndpoint();
        app.MapJwksEndpoint();
        app.MapUserInfoEndpoint();
        app.MapDeviceAuthorizationEndpoint();
        app.MapRegistrationEndpoints();
        app.MapDiscoveryEndpoints();
        app.MapRazorPages();

        var logger = app.Logger;
        logger.LogInformation("Warden {Version}: storage {Backend} at {Location}, cache {Cache}", WardenVersion.Current, storage.Name,
            storage.Location, BackendFactory.Describe(options.Cache));
        if (options.Database.AutoMigrate)
        {
            foreach (var migration in await storage.MigrateAsync())
                logger.LogInformation("Applied migration {Version:D4}_{Name}", migration.Version, migration.Name);
        }
        await EnsureSigningKeysAsync(app);
        if (options.Cache.Type == CacheType.Memory)
            logger.LogInformation("Cache is in process memory: sessions and counters are not shared with other instances");

        app.Lifetime.ApplicationStopped.Register(() =>
        {
            storage.DisposeAsync().AsTask().GetAwaiter().GetResult();
            cache.DisposeAsync().AsTask().GetAwaiter().GetResult();
            loggerFactory.Dispose();
        });
        return app;
    }

    /// <summary>
    /// Creates the first signing keys. With auto-migration off the schema may not exist yet; the instance then starts
    /// (live, not ready) and creates the keys on first use once an operator has migrated.
    /// </summary>
    private static async Task EnsureSigningKeysAsync(WebApplication app)
    {
        try
        {
            await app.Services.GetRequiredService<SigningKeyManager>().EnsureKeysAsync(Tenant.DefaultId);
        }
        catch (Exception exception) when (exception.InnerException is not System.Security.Cryptography.CryptographicException)
        {
            app.Logger.LogWarning("Signing keys are not ready yet: {Reason}", exception.Message);
        }
    }
}

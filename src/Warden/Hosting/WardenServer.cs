using Microsoft.AspNetCore.HttpOverrides;
using Warden.Core.Security;
using Warden.Configuration;
using Warden.Core.Keys;
using Warden.Core.Tenants;
using Warden.Core.Caching;
using Warden.Core.Storage;
using Warden.Endpoints;
using Warden.Operations.Health;
using Warden.Operations.Metrics;
using Warden.Middleware;

namespace Warden.Hosting;

/// <summary>The composition root: builds the web application for a resolved configuration.</summary>
public static class WardenServer
{
    private static readonly TimeSpan HealthCheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Builds the server and, when auto-migration is on, brings the schema up to date first. Throws
    /// <see cref="StorageUnavailableException"/> when the database cannot be reached at start-up. <paramref name="time"/>
    /// is the clock of every expiry, window and timestamp (the system clock unless a test pins it).
    /// </summary>
    public static async Task<WebApplication> BuildAsync(WardenOptions options, TimeProvider? time = null)
    {
        // The application name tells Razor Pages which assembly holds the pages, also when a test host starts the server.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [], ApplicationName = typeof(WardenServer).Assembly.GetName().Name,
        });
        builder.WebHost.UseUrls(options.Server.Urls);
        WardenLogging.Configure(builder.Logging, options.Logging);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(15));

        time ??= TimeProvider.System;
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
        // MVC, anti-forgery and Data Protection are registered in the pages' own service provider (PageHost).
        AddPagePresentation(builder.Services, options.Ui);
        Email.EmailServices.AddAccountEmail(builder.Services, options);
        builder.Services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [HealthEndpoints.ReadyTag], timeout: HealthCheckTimeout)
            .AddCheck<CacheHealthCheck>("cache", tags: [HealthEndpoints.ReadyTag], timeout: HealthCheckTimeout)
            .AddCheck<SchemaHealthCheck>("schema", tags: [HealthEndpoints.ReadyTag], timeout: HealthCheckTimeout);
        builder.Services.AddWardenMetrics(options.Metrics);

        var app = builder.Build();
        UseTrustedProxies(app, options.Server.TrustedProxies);
        app.UseMiddleware<UnhandledErrorMiddleware>();
        app.UseMiddleware<TenantResolutionMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CorsMiddleware>();
        // Routing before the limits, so that they apply to the endpoint a request reaches, however its path is spelled.
        app.UseRouting();
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
        app.MapUserAdministrationEndpoints();
        app.MapApiKeyEndpoints();
        app.MapPasskeyEndpoints();
        app.MapDiscoveryEndpoints();
        app.MapAssetEndpoints();
        PageHost.UsePagesOnDemand(app, builder.Services, options, masterKey);

        var logger = app.Logger;
        logger.LogInformation("Warden {Version}: storage {Backend} at {Location}, cache {Cache}", WardenVersion.Current, storage.Name,
            storage.Location, BackendFactory.Describe(options.Cache));
        if (options.Database.AutoMigrate)
        {
            foreach (var migration in await storage.MigrateAsync())
                logger.LogInformation("Applied migration {Version:D4}_{Name}", migration.Version, migration.Name);
        }
        await EnsureSigningKeysAsync(app);
        try
        {
            await ApplyDeclarationsAsync(app, options.Declarations);
        }
        catch
        {
            await storage.DisposeAsync();
            await cache.DisposeAsync();
            throw;
        }
        Email.EmailServices.LogStatus(logger, options);
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

    /// <summary>The pages' look and language: theme assets and texts (read once, so a broken theme stops the start), the site details.</summary>
    private static void AddPagePresentation(IServiceCollection services, Pages.Presentation.UiOptions ui)
    {
        services.AddHttpContextAccessor();
        services.AddSingleton(new Pages.Presentation.SiteTheme(ui));
        services.AddSingleton(new Pages.Presentation.PageTextCatalog(ui.ThemeDirectory));
        services.AddSingleton<Pages.Presentation.TenantThemes>();
        services.AddSingleton<Core.Settings.SettingCatalog>();
        services.AddSingleton<Pages.Presentation.SiteChrome>();
        services.AddScoped<Pages.Presentation.PageText>();
    }

    /// <summary>
    /// Believes X-Forwarded-For and X-Forwarded-Proto only from server.trusted_proxies, so that limits, audit rows and
    /// https detection see the client rather than the proxy. ASP.NET's default of trusting loopback is cleared: with
    /// no trusted proxy the headers are ignored, since anybody can send them. Every trusted hop is unwrapped (a CDN in
    /// front of a load balancer), stopping at the first address that is not trusted.
    /// </summary>
    private static void UseTrustedProxies(WebApplication app, IReadOnlyList<System.Net.IPNetwork> trustedProxies)
    {
        if (trustedProxies.Count == 0)
            return;
        var forwarded = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,
        };
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (var network in trustedProxies)
            forwarded.KnownIPNetworks.Add(network);
        app.UseForwardedHeaders(forwarded);
    }

    /// <summary>
    /// Applies the tenants, then the clients, scopes and users config.yaml declares, each in its tenant (on every backend,
    /// memory included, where they are the only way to have any). A declaration that conflicts with the database stops
    /// the start with <see cref="ConfigurationException"/> (exit code 2), naming the object and the field.
    /// </summary>
    private static async Task ApplyDeclarationsAsync(WebApplication app, Core.Declarations.DeclaredObjects declared)
    {
        try
        {
            foreach (var line in await CreateTenantsApplier(app.Services).ApplyAsync(declared))
                app.Logger.LogInformation("{Source} {Outcome}", declared.Source, line);
        }
        catch (InvalidTenantException exception)
        {
            throw new ConfigurationException($"{declared.Source} {exception.Message}");
        }
        app.Services.GetRequiredService<TenantDirectory>().Invalidate();
        if (declared.IsEmpty)
            return;
        var storage = app.Services.GetRequiredService<IStorageBackend>();
        if ((await storage.GetMigrationStatusAsync()).Any(migration => migration.AppliedAt is null))
            throw new ConfigurationException($"{declared.Source} declares clients, scopes or users, but the database schema is not up to date: run `warden migrate` first");
        var report = await CreateDeclarationApplier(app.Services).ApplyAsync(declared);
        var refusals = report.Refusals;
        if (refusals.Count > 0)
        {
            var more = refusals.Count > 1 ? $" (and {refusals.Count - 1} more; `warden config apply` lists them all)" : "";
            throw new ConfigurationException($"{declared.Source} {refusals[0]}{more}");
        }
        foreach (var outcome in report.Outcomes.Where(outcome => outcome.Kind == Core.Declarations.DeclarationOutcomeKind.Created))
            app.Logger.LogInformation("{Source} {Object}: created", declared.Source, outcome.Object);
        app.Logger.LogInformation("{Source}: {Created} declared object(s) created, {Unchanged} unchanged", declared.Source,
            report.Outcomes.Count(outcome => outcome.Kind == Core.Declarations.DeclarationOutcomeKind.Created),
            report.Outcomes.Count(outcome => outcome.Kind == Core.Declarations.DeclarationOutcomeKind.Unchanged));
    }

    private static Core.Declarations.DeclaredTenantsApplier CreateTenantsApplier(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IStorageBackend>();
        return new Core.Declarations.DeclaredTenantsApplier(storage.Tenants, new TenantAdministration(storage.Tenants,
            services.GetRequiredService<TimeProvider>(), services.GetRequiredService<Core.Grants.SupportedGrantTypes>().Names));
    }

    private static Core.Declarations.DeclaredObjectsApplier CreateDeclarationApplier(IServiceProvider services)
    {
        var storage = services.GetRequiredService<IStorageBackend>();
        var time = services.GetRequiredService<TimeProvider>();
        return new Core.Declarations.DeclaredObjectsApplier(storage.Clients, services.GetRequiredService<Core.Clients.ClientAdministration>(),
            storage.Scopes, new Core.Scopes.ScopeAdministration(storage.Scopes, time), storage.Users,
            services.GetRequiredService<Core.Users.UserAdministration>(), services.GetRequiredService<SecretHasher>(), time);
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

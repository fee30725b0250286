using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Hosting.Server;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Middleware;

namespace Warden.Hosting;

/// <summary>
/// Serves the Razor pages from a pipeline and a service provider of their own, both built on the first request that no
/// API endpoint matched. Registering MVC (<c>AddRazorPages</c>) loads and JIT-compiles its MVC, Razor and Components
/// assemblies, and building a route table with the pages builds MVC's application model; in the server's own
/// provider both happened before the first request of any kind, <c>/health</c> included. Here an instance that serves
/// only machines never pays for them, and the first page request pays once (bench/README.md, "Footprint, fourth
/// pass"; issue 15 part 4). Anti-forgery and Data Protection, which only the pages' forms use, live here too.
/// </summary>
/// <remarks>
/// The pages' provider holds every service the server registered. Warden's own singletons and the host's logging,
/// lifetime and server are the server's instances, resolved from it, so a page sees the same stores, caches, audit
/// trail and session store as an API endpoint; the framework's other services (options, routing and the rest) are the
/// pages' own, which MVC extends with its own (its matcher policies, for one). Hosted services stay the server's only.
/// A page request runs in a scope of the pages' provider: <see cref="HttpContext.RequestServices"/> is swapped for it.
/// </remarks>
public static class PageHost
{
    /// <summary>Services of the framework that the pages share with the server rather than having their own.</summary>
    private static readonly HashSet<Type> SharedHostServices =
    [
        typeof(ILoggerFactory), typeof(ILoggerProvider), typeof(IHostApplicationLifetime), typeof(IServer),
        typeof(System.Diagnostics.Metrics.IMeterFactory),
    ];

    /// <summary>
    /// Takes every request that no endpoint of the server's route table matched into the pages' pipeline. The pages'
    /// pipeline routes with its own route table and applies the rate limits to what it matched; what it does not match
    /// is a 404.
    /// </summary>
    public static void UsePagesOnDemand(WebApplication app, IServiceCollection serverServices, WardenOptions options, MasterKey masterKey)
    {
        var pages = new Lazy<RequestDelegate>(() => BuildPipeline(app, serverServices, options, masterKey),
            LazyThreadSafetyMode.ExecutionAndPublication);
        app.Use((context, next) => context.GetEndpoint() is null ? pages.Value(context) : next(context));
    }

    private static RequestDelegate BuildPipeline(WebApplication app, IServiceCollection serverServices, WardenOptions options, MasterKey masterKey)
    {
        // Never disposed: a provider disposes what its factories returned, and the forwarding factories return the server's
        // own singletons (its logger factory and stores among them), which the server disposes when it stops. What the
        // pages' provider creates itself (MVC's caches, the key ring) holds no thread, timer or connection.
        var provider = CreatePageServices(app, serverServices, options, masterKey);
        var branch = new ApplicationBuilder(provider, app.Services.GetRequiredService<IServer>().Features);
        branch.Use(async (context, next) =>
        {
            var serverScope = context.RequestServices;
            await using var scope = provider.CreateAsyncScope();
            context.RequestServices = scope.ServiceProvider;
            try
            {
                await next(context);
            }
            finally
            {
                context.RequestServices = serverScope;
            }
        });
        branch.UseRouting();
        branch.UseMiddleware<RateLimitMiddleware>();
        branch.UseEndpoints(endpoints => endpoints.MapRazorPages());
        return branch.Build();
    }

    private static ServiceProvider CreatePageServices(WebApplication app, IServiceCollection serverServices, WardenOptions options, MasterKey masterKey)
    {
        IServiceCollection services = new ServiceCollection();
        // A service registered more than once is an enumerable (the grant handlers): the n-th registration forwards to the
        // server's n-th instance.
        var registrations = new Dictionary<Type, int>();
        foreach (var service in serverServices.Where(service => service.ServiceType != typeof(IHostedService)))
        {
            var position = service.IsKeyedService ? 0 : registrations[service.ServiceType] = registrations.GetValueOrDefault(service.ServiceType) + 1;
            if (IsShared(service))
            {
                var type = service.ServiceType;
                services.AddSingleton(type, _ => app.Services.GetServices(type).ElementAt(position - 1)!);
            }
            else
            {
                services.Add(service);
            }
        }
        // MVC finds the assembly with the compiled pages through the environment's application name, which it reads
        // from an instance registered in the collection.
        services.AddSingleton(app.Environment);
        services.AddRazorPages();
        services.AddAntiforgery(antiforgery => Sessions.AntiforgeryCookie.Configure(antiforgery, options.Server.IsHttps));
        // Anti-forgery tokens are protected with ASP.NET Data Protection keys; keeping the key ring in the shared database
        // lets a form rendered by one instance be posted to another. This provider runs no hosted service, so the key
        // ring is read on the first form, not at start.
        services.AddDataProtection().SetApplicationName("warden");
        var storage = app.Services.GetRequiredService<IStorageBackend>();
        var time = app.Services.GetRequiredService<TimeProvider>();
        services.Configure<KeyManagementOptions>(keyManagement =>
            keyManagement.XmlRepository = new DatabaseXmlRepository(storage.DataProtectionKeys, new KeyProtector(masterKey), time));
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Whether the pages resolve this service from the server: a singleton (not an open generic, not keyed) of Warden's
    /// own or of the host's logging, lifetime and server. Instances registered as such are the same object either way.
    /// </summary>
    private static bool IsShared(ServiceDescriptor service) =>
        service.Lifetime == ServiceLifetime.Singleton && !service.IsKeyedService && !service.ServiceType.IsGenericTypeDefinition
        && service.ImplementationInstance is null
        && (IsWarden(service.ServiceType) || IsWarden(service.ImplementationType) || SharedHostServices.Contains(service.ServiceType));

    private static bool IsWarden(Type? type) =>
        type?.Assembly.GetName().Name is { } name && name.StartsWith("warden", StringComparison.OrdinalIgnoreCase);
}

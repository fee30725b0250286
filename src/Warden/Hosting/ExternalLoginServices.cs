using Warden.Configuration;
using Warden.Core.ExternalLogins;
using Warden.Core.IdentityProviders;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Hosting;

/// <summary>Registers sign-in with upstream identity providers: the providers (declared and stored), the round trip and linking.</summary>
public static class ExternalLoginServices
{
    public static IServiceCollection AddExternalLogins(this IServiceCollection services, WardenOptions options)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().IdentityProviders);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().ExternalLogins);
        services.AddSingleton(provider => new IdentityProviderDirectory(provider.GetRequiredService<IIdentityProviderStore>(),
            Declared(options, provider.GetRequiredService<KeyProtector>(), provider.GetRequiredService<TimeProvider>())));
        services.AddSingleton<UpstreamClient>();
        services.AddSingleton<UpstreamSignIn>();
        services.AddSingleton<ExternalLoginLinker>();
        services.AddSingleton<Core.Users.ISignInMethodSource, ExternalLoginSignInMethods>();
        return services;
    }

    /// <summary>The providers of config.yaml, built once with their secrets encrypted in memory like the stored ones.</summary>
    public static IReadOnlyList<IdentityProvider> Declared(WardenOptions options, KeyProtector protector, TimeProvider time) =>
        options.Declarations.IdentityProviders
            .Select(specification => IdentityProviderAdministration.Build(specification, Tenant.DefaultId, null, protector, time.GetUtcNow())
                with { Source = IdentityProviderSource.Configuration })
            .ToList();
}

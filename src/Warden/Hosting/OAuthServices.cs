using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Authorization;
using Warden.Core.Caching;
using Warden.Core.Cleanup;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Grants;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Registration;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Warden.Sessions;
using Warden.Middleware;

namespace Warden.Hosting;

/// <summary>Registers the protocol engine: key management, client authentication, authorization, grants, introspection and revocation.</summary>
public static class OAuthServices
{
    public static IServiceCollection AddOAuthEngine(this IServiceCollection services, WardenOptions options, MasterKey masterKey)
    {
        services.AddSingleton(new OAuthServerOptions(options.Server.Issuer, options.Tokens.AccessTokenLifetime, options.Tokens.ClientCacheLifetime));
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Tenants);
        services.AddSingleton<Core.Tenants.TenantDirectory>();
        services.AddSingleton(new SigningKeyOptions(options.Keys.SigningAlgorithm, options.Keys.ActivationDelay,
            OAuthServerOptions.MaxAccessTokenLifetime, TimeSpan.FromSeconds(30)));
        services.AddSingleton(masterKey);
        services.AddSingleton<SecretHasher>();
        services.AddSingleton<KeyProtector>();
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().SigningKeys);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Clients);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().ReferenceTokens);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Revocations);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().AuditLog);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().AuthorizationCodes);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().RefreshTokens);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Consents);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Scopes);
        services.AddSingleton<SigningKeyManager>();
        services.AddSingleton<ClientDirectory>();
        services.AddSingleton<CorsOrigins>();
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Settings);
        services.AddSingleton(options.Fetch);
        services.AddSingleton<GuardedHttpFetcher>();
        services.AddSingleton<ClientJwksResolver>();
        services.AddSingleton(provider => new DefaultClientScopes(provider.GetRequiredService<IStorageBackend>().Scopes,
            options.Registration.DefaultScopes));
        services.AddSingleton<ClientAdministration>();
        services.AddSingleton(options.Passwords);
        services.AddSingleton(options.Sessions);
        services.AddSingleton<PasswordHasher>();
        services.AddSingleton(new PasswordHashLimiter(options.PasswordHashLimits));
        services.AddSingleton(new SignInLimits(options.Limits.LoginPerMinute, options.Limits.LoginPerAccountPerMinute));
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Users);
        services.AddSingleton<SignInService>();
        services.AddSingleton(provider => new PasswordPolicies(options.PasswordPolicy, provider.GetRequiredService<Core.Tenants.TenantDirectory>()));
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<Core.Sessions.SessionStore>();
        services.AddSingleton<CurrentUser>();
        services.AddSingleton<SignInCompletion>();
        services.AddSingleton<Core.Users.SignInMethods>();
        options.Passkeys.RequireUsableWith(options.Server.Issuer);
        services.AddSingleton(options.Passkeys);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().Passkeys);
        services.AddSingleton<Core.Users.ISignInMethodSource, Core.Passkeys.PasskeySignInMethods>();
        services.AddSingleton<Passkeys.PasskeyCeremonies>();
        services.AddSingleton<AuditTrail>();
        services.AddHostedService<AuditTrailWriter>();
        services.AddSingleton<ClientAuthenticator>();
        services.AddSingleton<AccessTokenIssuer>();
        services.AddSingleton<SignedJwtReader>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton(options.Tokens.Authorization);
        services.AddSingleton<AuthorizationRequestValidator>();
        services.AddSingleton<AuthorizationCodeIssuer>();
        services.AddSingleton<ScopeCatalog>();
        services.AddSingleton<ConsentRules>();
        services.AddSingleton<UserClaims>();
        services.AddSingleton<UserDirectory>();
        services.AddSingleton<RefreshTokenService>();
        services.AddSingleton<UserTokenIssuer>();
        services.AddSingleton<GrantRevocation>();
        services.AddSingleton<IGrantHandler, ClientCredentialsGrant>();
        services.AddSingleton<IGrantHandler, AuthorizationCodeGrant>();
        services.AddSingleton<IGrantHandler, RefreshTokenGrant>();
        services.AddSingleton(options.Tokens.Devices);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().DeviceAuthorizations);
        services.AddSingleton<DeviceAuthorizationHandler>();
        services.AddSingleton<DeviceVerification>();
        services.AddSingleton<IGrantHandler, DeviceCodeGrant>();
        services.AddApiKeys(options);
        services.AddSingleton<SupportedGrantTypes>();
        services.AddSingleton(options.Registration);
        services.AddSingleton(options.Limits);
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().RegistrationTokens);
        services.AddSingleton<ClientRegistration>();
        services.AddSingleton<InitialAccessTokens>();
        services.AddSingleton(provider => new ExpiredDataCleaner(provider.GetRequiredService<IStorageBackend>().ExpiredData,
            new CleanupOptions(options.Database.AuditRetention), provider.GetRequiredService<TimeProvider>()));
        services.AddHostedService<Operations.Cleanup.CleanupService>();
        services.AddSingleton<TokenEndpointHandler>();
        services.AddSingleton<IntrospectionAndRevocationHandler>();
        services.AddExternalLogins(options);
        return services;
    }
}

/// <summary>API keys: the store, the policy of every tenant (config.yaml's api_keys section), the batched last-use writer, the token exchange grant.</summary>
public static class ApiKeyServices
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services, WardenOptions options)
    {
        services.AddSingleton(provider => provider.GetRequiredService<IStorageBackend>().ApiKeys);
        services.AddSingleton<Core.ApiKeys.IApiKeyPolicySource>(provider =>
            new Core.ApiKeys.TenantApiKeyPolicySource(options.ApiKeys, provider.GetRequiredService<Core.Tenants.TenantDirectory>()));
        services.AddSingleton<Core.ApiKeys.ApiKeyUseRecorder>();
        services.AddHostedService<ApiKeyUseWriter>();
        services.AddSingleton<Core.ApiKeys.ApiKeyService>();
        services.AddSingleton<IGrantHandler, TokenExchangeGrant>();
        return services;
    }
}

/// <summary>Writes API keys' last-use times in batches for the lifetime of the server, and what is left at shutdown.</summary>
public sealed class ApiKeyUseWriter(Core.ApiKeys.ApiKeyUseRecorder recorder) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => recorder.RunAsync(stoppingToken);
}

/// <summary>Runs the audit trail's background writer for the lifetime of the server.</summary>
public sealed class AuditTrailWriter(AuditTrail trail) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => trail.RunAsync(stoppingToken);
}

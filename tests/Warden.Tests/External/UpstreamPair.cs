using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.IdentityProviders;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Tests.OAuth;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.External;

/// <summary>
/// Two real Warden servers: the upstream OpenID Provider (memory backend, at <c>http://localhost:…</c> so that its cookies
/// and the downstream's, at <c>http://127.0.0.1:…</c>, are kept apart as two sites' are) and the downstream under test on
/// the given database. The downstream knows the upstream three times, one provider per link policy, each with its own
/// client at the upstream: <c>upstream</c> (create users just in time), <c>corp</c> (link by verified email) and
/// <c>partner</c> (link from the account page only). Users at the upstream: alice (alice@example.com, verified, as the
/// downstream's alice), ursula and bob; the downstream has alice and a first-party application <see cref="AppClientId"/>.
/// </summary>
public sealed class UpstreamPair : IAsyncDisposable
{
    private UpstreamPair(RunningWarden upstream, RunningWarden downstream, string appClientId, string appSecret)
    {
        Upstream = upstream;
        Downstream = downstream;
        AppClientId = appClientId;
        AppSecret = appSecret;
    }

    public RunningWarden Upstream { get; }
    public RunningWarden Downstream { get; }
    public string AppClientId { get; }
    public string AppSecret { get; }

    public IStorageBackend DownstreamStorage => Downstream.Services.GetRequiredService<IStorageBackend>();

    public static async Task<UpstreamPair> StartAsync(DatabaseOptions downstreamDatabase, TimeSpan? fetchTimeout = null)
    {
        var upstream = await AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            options => options with { Server = new ServerOptions(OnLocalhost(options.Server.Urls), OnLocalhost(options.Server.Issuer)) });
        // A generous fetch timeout: on a loaded machine a walk through two servers must not fail for the upstream being slow.
        var downstream = await AuthorizationCodeFixture.StartAsync(downstreamDatabase,
            options => AllowLoopbackFetches(options, fetchTimeout ?? TimeSpan.FromSeconds(15)));
        var upstreamUsers = new UserAdministration(upstream.Services.GetRequiredService<IStorageBackend>().Users,
            upstream.Services.GetRequiredService<Core.Security.PasswordHasher>(), TimeProvider.System);
        foreach (var name in new[] { "ursula", "bob" })
        {
            await upstreamUsers.CreateAsync(Tenant.DefaultId, new UserChanges
            {
                Username = name, Password = Password, Email = $"{name}@example.org", EmailVerified = true, Name = $"{char.ToUpperInvariant(name[0])}{name[1..]} Upstream",
            });
        }

        var administration = Administration(downstream);
        foreach (var (name, displayName, policy) in new[]
                 {
                     ("upstream", "Upstream", LinkPolicy.CreateUser), ("corp", "Corp", LinkPolicy.LinkVerifiedEmail),
                     ("partner", "Partner", LinkPolicy.AccountPage),
                 })
        {
            var (client, secret) = await upstream.CreateClientAsync(new ClientSpecification
            {
                Name = displayName + " at downstream", GrantTypes = ["authorization_code"], Scopes = ["openid", "profile", "email"],
                RedirectUris = [Core.ExternalLogins.UpstreamSignIn.RedirectUri(downstream.Issuer, name)], FirstParty = true,
            });
            await administration.CreateAsync(Tenant.DefaultId, new IdentityProviderSpecification
            {
                Name = name, DisplayName = displayName, Issuer = upstream.Issuer, ClientId = client.ClientId, ClientSecret = secret,
                Scopes = ["openid", "profile", "email"], LinkPolicy = policy,
            });
        }
        var (app, appSecret) = await downstream.CreateClientAsync(WebClient("Photo Album") with { FirstParty = true });
        return new UpstreamPair(upstream, downstream, app.ClientId, appSecret!);
    }

    /// <summary>The CLI's way of adding providers, on the running downstream's storage and master key.</summary>
    public static IdentityProviderAdministration Administration(RunningWarden warden) =>
        new(warden.Services.GetRequiredService<IIdentityProviderStore>(), warden.Services.GetRequiredService<Core.Security.KeyProtector>(),
            TimeProvider.System, []);

    /// <summary>The downstream fetches its upstreams on loopback over http, which only a test allows.</summary>
    public static WardenOptions AllowLoopbackFetches(WardenOptions options, TimeSpan? timeout = null) => options with
    {
        Fetch = options.Fetch with
        {
            AllowHttp = true, AllowedNetworks = [IPNetwork.Parse("127.0.0.0/8"), IPNetwork.Parse("::1/128")], Timeout = timeout ?? options.Fetch.Timeout,
        },
    };

    private static string OnLocalhost(string url) => url.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        await Downstream.DisposeAsync();
        await Upstream.DisposeAsync();
    }
}

using System.Net;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Reliability;

/// <summary>
/// Losing PostgreSQL under requests gives 503 temporarily_unavailable within the connect timeout (no hang, no 500) and
/// service comes back without a restart. Losing Redis degrades what lives in the cache (sign-in sessions) to 503 while
/// token issuance for machine clients keeps working.
/// </summary>
public sealed class DependencyLossTests
{
    // A deadline for an answer during an outage, far beyond the 2-5 s driver timeouts: a request that hangs fails the
    // test here instead of running into the HTTP client's own timeout.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    private static async Task<T> WithinBound<T>(Task<T> request, string what)
    {
        try
        {
            return await request.WaitAsync(Bound);
        }
        catch (TimeoutException)
        {
            throw new Xunit.Sdk.XunitException($"{what} did not answer within {Bound.TotalSeconds} s");
        }
    }

    [Fact]
    public async Task Requests_during_a_PostgreSQL_outage_get_503_quickly_and_succeed_again_after_it()
    {
        await using var postgres = await PostgresServer.StartPrivateAsync();
        var settings = await postgres.CreateDatabaseAsync("warden") with { ConnectTimeoutSeconds = 2, CommandTimeoutSeconds = 5 };
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = settings },
            configure: options => options with { Tokens = options.Tokens with { ClientCacheLifetime = TimeSpan.Zero } });
        // Reference tokens are stored, so every token request needs the database.
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { AccessTokenFormat = AccessTokenFormat.Reference });
        await warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        await postgres.StopAsync(immediate: true);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (status, body, _) = await WithinBound(warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret),
                "a token request during the outage");
            Assert.Equal(503, status);
            Assert.Equal("temporarily_unavailable", body.GetProperty("error").GetString());
        }

        await postgres.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        int recovered;
        do
        {
            recovered = (await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret)).Status;
            if (recovered != 200)
                await Task.Delay(500);
        }
        while (recovered != 200 && DateTime.UtcNow < deadline);
        Assert.Equal(200, recovered);
    }

    [Fact]
    public async Task Without_Redis_sign_in_answers_503_but_machine_tokens_are_still_issued()
    {
        await using var redis = await RedisServer.StartPrivateAsync();
        await using var warden = await AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            cache: new CacheOptions(CacheType.Redis, redis.IsolatedSettings()));
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        using var browser = new Browser(warden);
        var form = await (await browser.GetAsync("/login")).Content.ReadAsStringAsync();

        redis.Stop();
        var signIn = await WithinBound(browser.Raw.PostAsync("/login", new FormUrlEncodedContent([
            new("username", "alice"), new("password", AuthorizationCodeFixture.Password), new("__RequestVerificationToken", Browser.TokenOf(form)),
        ])), "sign-in during the outage");
        var token = await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, signIn.StatusCode);
        Assert.Contains("temporarily_unavailable", await signIn.Content.ReadAsStringAsync());
        Assert.Equal(200, token.Status);

        await redis.StartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        HttpStatusCode status;
        do
        {
            form = await (await browser.GetAsync("/login")).Content.ReadAsStringAsync();
            status = (await browser.Raw.PostAsync("/login", new FormUrlEncodedContent([
                new("username", "alice"), new("password", AuthorizationCodeFixture.Password), new("__RequestVerificationToken", Browser.TokenOf(form)),
            ]))).StatusCode;
            if (status != HttpStatusCode.Found)
                await Task.Delay(500);
        }
        while (status != HttpStatusCode.Found && DateTime.UtcNow < deadline);
        Assert.Equal(HttpStatusCode.Found, status);
    }
}

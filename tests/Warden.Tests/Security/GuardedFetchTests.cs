using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Security;
using Warden.Core.Tenants;
using Warden.Tests.OAuth;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>
/// Server-side fetching of client-given URLs (jwks_uri) against a real HTTP server on loopback: loopback refused unless
/// allowed, http refused unless allowed, host names checked by the address they resolve to, no redirects, a size cap,
/// a timeout, failures cached briefly and the cache bounded.
/// </summary>
public sealed class GuardedFetchTests : IAsyncLifetime
{
    private static readonly OutboundFetchOptions LoopbackAllowed = OutboundFetchOptions.Default with
    {
        AllowHttp = true, AllowedNetworks = [IPNetwork.Parse("127.0.0.0/8")], Timeout = TimeSpan.FromMilliseconds(500),
    };

    private FetchTargetServer? _server;

    private FetchTargetServer Server => _server!;

    public async Task InitializeAsync() => _server = await FetchTargetServer.StartAsync();

    public async Task DisposeAsync() => await _server!.DisposeAsync();

    [Fact]
    public async Task Loopback_is_refused_by_default_and_fetched_when_the_allow_list_names_it()
    {
        using var strict = new GuardedHttpFetcher(OutboundFetchOptions.Default with { AllowHttp = true });
        var refused = await strict.GetStringAsync(Server.Url + "/jwks", CancellationToken.None);
        Assert.Null(refused.Body);
        Assert.Contains("127.0.0.1", refused.Failure);
        Assert.Contains("security.fetch_allowed_networks", refused.Failure);
        Assert.Equal(0, Server.Hits("/jwks"));

        using var allowing = new GuardedHttpFetcher(LoopbackAllowed);
        var fetched = await allowing.GetStringAsync(Server.Url + "/jwks", CancellationToken.None);
        Assert.Null(fetched.Failure);
        Assert.Equal(FetchTargetServer.Jwks, fetched.Body);
    }

    [Fact]
    public async Task A_host_name_is_checked_by_the_addresses_it_resolves_to_when_connecting()
    {
        using var strict = new GuardedHttpFetcher(OutboundFetchOptions.Default with { AllowHttp = true });
        var refused = await strict.GetStringAsync(Server.Url.Replace("127.0.0.1", "localhost") + "/jwks", CancellationToken.None);
        Assert.Null(refused.Body);
        Assert.Contains("localhost is", refused.Failure);
        Assert.Equal(0, Server.Hits("/jwks"));
    }

    [Fact]
    public async Task Plain_http_is_refused_unless_the_development_setting_allows_it()
    {
        using var fetcher = new GuardedHttpFetcher(LoopbackAllowed with { AllowHttp = false });
        var refused = await fetcher.GetStringAsync(Server.Url + "/jwks", CancellationToken.None);
        Assert.Contains("not https", refused.Failure);
        Assert.Contains("not an http(s) URL", (await fetcher.GetStringAsync("file:///etc/passwd", CancellationToken.None)).Failure);
        Assert.Contains("user name or password",
            (await fetcher.GetStringAsync("https://user:pw@app.example/jwks", CancellationToken.None)).Failure);
        Assert.Equal(0, Server.Hits("/jwks"));
    }

    [Fact]
    public async Task Redirects_are_not_followed()
    {
        using var fetcher = new GuardedHttpFetcher(LoopbackAllowed);
        var result = await fetcher.GetStringAsync(Server.Url + "/redirect", CancellationToken.None);
        Assert.Null(result.Body);
        Assert.Contains("redirects are not followed", result.Failure);
        Assert.Equal(1, Server.Hits("/redirect"));
        Assert.Equal(0, Server.Hits("/jwks"));
    }

    [Theory]
    [InlineData("/large-declared")]
    [InlineData("/large-chunked")]
    public async Task A_response_over_64_KiB_is_refused(string path)
    {
        using var fetcher = new GuardedHttpFetcher(LoopbackAllowed);
        var result = await fetcher.GetStringAsync(Server.Url + path, CancellationToken.None);
        Assert.Null(result.Body);
        Assert.Contains("larger than 65536 bytes", result.Failure);
        var exact = await fetcher.GetStringAsync(Server.Url + "/exactly-64-kib", CancellationToken.None);
        Assert.Equal(64 * 1024, exact.Body?.Length);
    }

    [Fact]
    public async Task A_slow_answer_ends_at_the_configured_timeout()
    {
        using var fetcher = new GuardedHttpFetcher(LoopbackAllowed with { Timeout = TimeSpan.FromMilliseconds(200) });
        var result = await fetcher.GetStringAsync(Server.Url + "/slow", CancellationToken.None);
        Assert.Null(result.Body);
        Assert.Contains("no answer within 0.2 s", result.Failure);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.1")]
    [InlineData("192.168.0.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.100.100.200")]
    [InlineData("127.0.0.53")]
    [InlineData("0.0.0.0")]
    [InlineData("255.255.255.255")]
    [InlineData("::1")]
    [InlineData("::")]
    [InlineData("fe80::1")]
    [InlineData("fd00:ec2::254")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("::ffff:169.254.169.254")]
    [InlineData("64:ff9b::a00:1")]
    public void Loopback_private_link_local_unique_local_and_metadata_addresses_are_refused(string address)
    {
        using var fetcher = new GuardedHttpFetcher(OutboundFetchOptions.Default);
        Assert.False(fetcher.IsPermitted(IPAddress.Parse(address)));
        using var allowing = new GuardedHttpFetcher(OutboundFetchOptions.Default with { AllowedNetworks = [IPNetwork.Parse("10.1.2.0/24")] });
        Assert.Equal(address == "10.1.2.3", allowing.IsPermitted(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("93.184.215.14")]
    [InlineData("8.8.8.8")]
    [InlineData("2606:4700:4700::1111")]
    public void Public_addresses_are_fetched(string address)
    {
        using var fetcher = new GuardedHttpFetcher(OutboundFetchOptions.Default);
        Assert.True(fetcher.IsPermitted(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task Fetched_keys_are_kept_five_minutes_and_a_failure_thirty_seconds()
    {
        var time = PinnedTime.StartingNow();
        using var fetcher = new GuardedHttpFetcher(LoopbackAllowed);
        var resolver = new ClientJwksResolver(fetcher, time);

        var working = ClientWithJwksUri(Server.Url + "/jwks");
        Assert.Null((await resolver.ResolveAsync(working, CancellationToken.None)).Failure);
        time.Advance(ClientJwksResolver.FetchedLifetime - TimeSpan.FromSeconds(1));
        Assert.Single((await resolver.ResolveAsync(working, CancellationToken.None)).Keys);
        Assert.Equal(1, Server.Hits("/jwks"));
        time.Advance(TimeSpan.FromSeconds(1));
        await resolver.ResolveAsync(working, CancellationToken.None);
        Assert.Equal(2, Server.Hits("/jwks"));

        var failing = ClientWithJwksUri(Server.Url + "/fail");
        Assert.Contains("answered 500", (await resolver.ResolveAsync(failing, CancellationToken.None)).Failure);
        time.Advance(ClientJwksResolver.FailureLifetime - TimeSpan.FromSeconds(1));
        Assert.Contains("answered 500", (await resolver.ResolveAsync(failing, CancellationToken.None)).Failure);
        Assert.Equal(1, Server.Hits("/fail"));
        time.Advance(TimeSpan.FromSeconds(1));
        await resolver.ResolveAsync(failing, CancellationToken.None);
        Assert.Equal(2, Server.Hits("/fail"));
    }

    [Fact]
    public async Task The_cache_of_fetched_URIs_is_bounded()
    {
        using var fetcher = new GuardedHttpFetcher(OutboundFetchOptions.Default);
        var resolver = new ClientJwksResolver(fetcher, PinnedTime.StartingNow());
        for (var i = 0; i < ClientJwksResolver.MaxCachedUris + 500; i++)
            Assert.Contains("not https", (await resolver.ResolveAsync(ClientWithJwksUri($"http://app{i}.example/jwks"), CancellationToken.None)).Failure);
        Assert.InRange(resolver.CachedCount, 1, ClientJwksResolver.MaxCachedUris);
    }

    [Fact]
    public async Task A_private_key_jwt_client_whose_jwks_uri_is_on_loopback_is_refused_by_a_server_with_default_settings()
    {
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        await using var keyServer = await FetchTargetServer.StartAsync(PublicJwks(clientKey));
        var (client, _) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with
        {
            TokenEndpointAuthMethod = "private_key_jwt", JwksUri = keyServer.Url + "/jwks",
        });

        var (status, body, _) = await warden.PostFormAsync("/token", [
            new("grant_type", "client_credentials"),
            new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
            new("client_assertion", Assertion(clientKey, client.ClientId, warden.Issuer)),
        ]);

        Assert.Equal(401, status);
        Assert.Equal(("invalid_client", "WARDEN-CLIENT-0010"), (body.GetProperty("error").GetString(), body.GetProperty("error_id").GetString()));
        Assert.Equal(0, keyServer.Hits("/jwks"));
    }

    [Theory]
    [InlineData("", 200)]
    [InlineData("/token", 200)]
    [InlineData("/introspect", 401)]
    [InlineData("/revoke", 401)]
    [InlineData("https://elsewhere.example", 401)]
    public async Task A_client_assertion_is_accepted_for_the_issuer_or_the_token_endpoint_only(string audienceSuffix, int expected)
    {
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var (client, _) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with
        {
            TokenEndpointAuthMethod = "private_key_jwt", Jwks = PublicJwks(clientKey),
        });
        var audience = audienceSuffix.StartsWith("https://", StringComparison.Ordinal) ? audienceSuffix : warden.Issuer + audienceSuffix;

        var (status, body, _) = await warden.PostFormAsync("/token", [
            new("grant_type", "client_credentials"),
            new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
            new("client_assertion", Assertion(clientKey, client.ClientId, audience)),
        ]);

        Assert.True(status == expected, body.ToString());
        if (expected == 401)
            Assert.Contains("wrong audience", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task With_Redis_an_assertion_accepted_by_one_instance_is_a_replay_at_another()
    {
        var database = WardenOptions.Defaults.Database with
        {
            Type = DatabaseType.Postgres, Postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(),
        };
        var cache = new CacheOptions(CacheType.Redis, (await RedisServer.SharedAsync()).Settings);
        static WardenOptions SharedIssuer(WardenOptions options) => options with { Server = options.Server with { Issuer = "https://auth.example" } };
        await using var first = await RunningWarden.StartAsync(database, cache, SharedIssuer);
        await using var second = await RunningWarden.StartAsync(database, cache, SharedIssuer);
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var (client, _) = await first.CreateClientAsync(OAuthClientHelpers.MachineClient() with
        {
            TokenEndpointAuthMethod = "private_key_jwt", Jwks = PublicJwks(clientKey),
        });
        var assertion = Assertion(clientKey, client.ClientId, "https://auth.example");
        KeyValuePair<string, string>[] form =
        [
            new("grant_type", "client_credentials"),
            new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), new("client_assertion", assertion),
        ];

        Assert.Equal(200, (await first.PostFormAsync("/token", form)).Status);
        var (status, body, _) = await second.PostFormAsync("/token", form);

        Assert.Equal((401, "WARDEN-CLIENT-0015"), (status, body.GetProperty("error_id").GetString()));
    }

    internal static string PublicJwks(ECDsa key)
    {
        var point = key.ExportParameters(false).Q;
        return JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "EC", crv = "P-256", kid = "c1", alg = "ES256", use = "sig", x = Base64UrlEncoder.Encode(point.X), y = Base64UrlEncoder.Encode(point.Y) } },
        });
    }

    internal static string Assertion(ECDsa key, string clientId, string audience) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = clientId,
        Audience = audience,
        Claims = new Dictionary<string, object> { ["sub"] = clientId, ["jti"] = Guid.NewGuid().ToString() },
        Expires = DateTime.UtcNow.AddMinutes(1),
        SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = "c1" }, SecurityAlgorithms.EcdsaSha256),
    });

    private static Client ClientWithJwksUri(string uri) => new()
    {
        TenantId = Tenant.DefaultId, ClientId = "c-" + Guid.NewGuid().ToString("N"), Name = "fetching", JwksUri = uri,
        TokenEndpointAuthMethod = "private_key_jwt", CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow,
    };
}

/// <summary>A real HTTP server on loopback with the answers a hostile jwks_uri could give, counting requests per path.</summary>
public sealed class FetchTargetServer : IAsyncDisposable
{
    public const string Jwks = """{"keys":[{"kty":"EC","crv":"P-256","kid":"k","use":"sig","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}]}""";

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, int> _hits;

    private FetchTargetServer(WebApplication app, string url, ConcurrentDictionary<string, int> hits)
    {
        _app = app;
        Url = url;
        _hits = hits;
    }

    public string Url { get; }

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public static async Task<FetchTargetServer> StartAsync(string jwks = Jwks)
    {
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var hits = new ConcurrentDictionary<string, int>();
        app.Use(async (context, next) =>
        {
            hits.AddOrUpdate(context.Request.Path.Value!, 1, (_, count) => count + 1);
            await next(context);
        });
        app.MapGet("/jwks", () => Results.Text(jwks, "application/json"));
        app.MapGet("/redirect", () => Results.Redirect("/jwks"));
        app.MapGet("/fail", () => Results.StatusCode(500));
        app.MapGet("/large-declared", () => Results.Text(new string('x', 70_000), "application/json"));
        app.MapGet("/exactly-64-kib", () => Results.Text(new string('x', 64 * 1024), "application/json"));
        app.MapGet("/large-chunked", async (HttpContext http) =>
        {
            http.Response.ContentType = "application/json";
            for (var i = 0; i < 10; i++)
            {
                await http.Response.WriteAsync(new string('x', 8_000));
                await http.Response.Body.FlushAsync();
            }
        });
        app.MapGet("/slow", async (HttpContext http) =>
        {
            await Task.Delay(Timeout.Infinite, http.RequestAborted).ContinueWith(_ => { });
        });
        await app.StartAsync();
        return new FetchTargetServer(app, url, hits);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

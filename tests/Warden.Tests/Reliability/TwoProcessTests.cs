using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Reliability;

/// <summary>
/// Two `warden serve` processes on different ports sharing one PostgreSQL database and one redis-server, started at
/// the same moment against an empty database. Tokens, revocations, sessions and refresh rotation are shared between
/// them. (Key rotation reaches other instances at their 30-second reread: SharedDatabaseTests shows that on a pinned
/// clock rather than waiting here for real time to pass.)
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly List<Process> _processes = [];
    private Dictionary<string, string?> _environment = [];
    private string _a = "", _b = "";

    public async Task InitializeAsync()
    {
        var postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var redis = await RedisServer.SharedAsync();
        _environment = new Dictionary<string, string?>
        {
            ["DB_TYPE"] = "postgres", ["POSTGRES_HOST"] = postgres.Host, ["POSTGRES_PORT"] = postgres.Port.ToString(),
            ["POSTGRES_DB"] = postgres.Database, ["POSTGRES_USER"] = postgres.User, ["POSTGRES_PASSWORD"] = postgres.Password,
            ["POSTGRES_SSLMODE"] = "disable", ["CACHE_TYPE"] = "redis", ["REDIS_URL"] = redis.Url + "/5",
            ["WARDEN_CACHE_KEY_PREFIX"] = redis.IsolatedSettings().KeyPrefix,
            ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["WARDEN_ISSUER"] = "http://warden.test",
            ["WARDEN_REGISTRATION_POLICY"] = "open",
            // #14: registered machine clients only when the operator allows client_credentials.
            ["WARDEN_REGISTRATION_ALLOWED_GRANT_TYPES"] = "authorization_code refresh_token client_credentials", ["WARDEN_KEY_ACTIVATION_DELAY"] = "0", ["LOG_LEVEL"] = "warn",
        };
        _a = $"http://127.0.0.1:{FreePort.Next()}";
        _b = $"http://127.0.0.1:{FreePort.Next()}";
        foreach (var url in new[] { _a, _b })
            _processes.Add(WardenProcess.Start(["serve", "--urls", url], _directory.Path, _environment));
        await Task.WhenAll(WaitUntilReadyAsync(_a), WaitUntilReadyAsync(_b));
    }

    public async Task DisposeAsync()
    {
        foreach (var process in _processes)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
        _directory.Dispose();
    }

    [Fact]
    public async Task Both_start_against_an_empty_database_and_share_tokens_and_revocations()
    {
        var status = await WardenProcess.RunAsync(["migrate", "--status"], _directory.Path, _environment);
        Assert.Contains($"{RepositoryRoot.MigrationCount} applied, 0 pending", status.StandardOutput);

        using var a = new HttpClient { BaseAddress = new Uri(_a) };
        using var b = new HttpClient { BaseAddress = new Uri(_b) };
        var registered = await RegisterAsync(a, """{"client_name":"Shared","grant_types":["client_credentials"],"token_endpoint_auth_method":"client_secret_post"}""");
        var clientId = registered.GetProperty("client_id").GetString()!;
        var secret = registered.GetProperty("client_secret").GetString()!;

        var token = (await PostAsync(a, "/token", ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret)))
            .GetProperty("access_token").GetString()!;
        Assert.True((await PostAsync(b, "/introspect", ("token", token), ("client_id", clientId), ("client_secret", secret))).GetProperty("active").GetBoolean());
        await PostAsync(b, "/revoke", ("token", token), ("client_id", clientId), ("client_secret", secret));
        Assert.False((await PostAsync(a, "/introspect", ("token", token), ("client_id", clientId), ("client_secret", secret))).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_session_started_on_one_is_valid_on_the_other_and_a_rotated_refresh_token_cannot_be_replayed_there()
    {
        var user = await WardenProcess.RunAsync(["users", "create", "--username", "alice", "--password", AuthorizationCodeFixture.Password], _directory.Path,
            _environment);
        Assert.True(user.ExitCode == 0, user.Output);
        var seed = await WardenProcess.RunAsync(["seed"], _directory.Path, new Dictionary<string, string?>(_environment) { ["WARDEN_ADMIN_PASSWORD"] = "admin-password-1" });
        Assert.True(seed.ExitCode == 0, seed.Output);
        using var plain = new HttpClient { BaseAddress = new Uri(_a) };
        var spa = await RegisterAsync(plain, $$"""
            {"client_name":"SPA","redirect_uris":["{{AuthorizationCodeFixture.RedirectUri}}"],"grant_types":["authorization_code","refresh_token"],
             "token_endpoint_auth_method":"none","scope":"openid offline_access"}
            """);
        var clientId = spa.GetProperty("client_id").GetString()!;

        var cookies = new CookieContainer();
        using var browserA = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(_a) };
        using var browserB = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = new Uri(_b) };
        var form = await browserA.GetStringAsync("/login");
        var signIn = await browserA.PostAsync("/login", new FormUrlEncodedContent([
            new("username", "alice"), new("password", AuthorizationCodeFixture.Password), new("__RequestVerificationToken", Browser.TokenOf(form)),
        ]));
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        Assert.Contains("Signed in as <strong>alice</strong>", await browserB.GetStringAsync("/login"));

        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var consent = await browserB.GetAsync(AuthorizationCodeFixture.AuthorizeUrl(clientId, pkce, scope: "openid offline_access"));
        Assert.Equal(HttpStatusCode.Found, consent.StatusCode);
        var consentPage = await browserB.GetAsync(consent.Headers.Location);
        var decision = await browserA.PostAsync(consent.Headers.Location!.ToString(), new FormUrlEncodedContent([
            new("decision", "allow"), new("__RequestVerificationToken", Browser.TokenOf(await consentPage.Content.ReadAsStringAsync())),
        ]));
        Assert.Equal(HttpStatusCode.Found, decision.StatusCode);
        var code = System.Web.HttpUtility.ParseQueryString(decision.Headers.Location!.Query)["code"]!;

        var tokens = await PostAsync(plain, "/token", ("grant_type", "authorization_code"), ("code", code), ("client_id", clientId),
            ("redirect_uri", AuthorizationCodeFixture.RedirectUri), ("code_verifier", pkce.Verifier));
        var first = tokens.GetProperty("refresh_token").GetString()!;
        var rotated = await PostAsync(plain, "/token", ("grant_type", "refresh_token"), ("refresh_token", first), ("client_id", clientId));
        using var b = new HttpClient { BaseAddress = new Uri(_b) };
        // The successor is used on the other instance, so presenting the first token again is reuse, not a retry within
        // tokens.refresh_token_reuse_grace.
        var onB = await PostAsync(b, "/token", ("grant_type", "refresh_token"), ("refresh_token", rotated.GetProperty("refresh_token").GetString()!),
            ("client_id", clientId));
        var replay = await b.PostAsync("/token", new FormUrlEncodedContent([new("grant_type", "refresh_token"), new("refresh_token", first), new("client_id", clientId)]));
        var afterReplay = await plain.PostAsync("/token", new FormUrlEncodedContent([
            new("grant_type", "refresh_token"), new("refresh_token", onB.GetProperty("refresh_token").GetString()!), new("client_id", clientId),
        ]));

        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Contains("invalid_grant", await replay.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, afterReplay.StatusCode);
    }

    private static async Task<JsonElement> RegisterAsync(HttpClient http, string json)
    {
        var response = await http.PostAsync("/register", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> PostAsync(HttpClient http, string path, params (string Name, string Value)[] form)
    {
        var response = await http.PostAsync(path, new FormUrlEncodedContent(form.Select(pair => KeyValuePair.Create(pair.Name, pair.Value))));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode} {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static Task WaitUntilReadyAsync(string url) => WaitUntilAsync(async () =>
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await http.GetAsync("/health/ready")).IsSuccessStatusCode;
        }
        // A process still starting on a busy machine may accept the connection and answer late: try again until the deadline.
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }, TimeSpan.FromSeconds(60));

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"condition not met within {within.TotalSeconds} s");
            await Task.Delay(250);
        }
    }
}

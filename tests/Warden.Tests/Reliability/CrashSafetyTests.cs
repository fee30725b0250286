using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Reliability;

/// <summary>
/// Crash safety: refresh rotation and client_credentials under load, then SIGKILL, then a restart. Every refresh token
/// a client holds must still work after the restart: one the kill's request did not rotate is live, and one it did
/// rotate (consume and successor are one transaction, so there is never one without the other) is answered as the
/// retry of a lost response. The reuse grace window is set long enough to span the restart, so this holds without
/// exception; the successor then works, after which the held token is reuse. Every access token a client received
/// must still verify.
/// </summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Chains = 4;

    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public Task On_SQLite_nothing_a_client_received_is_lost_by_a_kill() => RunAsync(new Dictionary<string, string?>
    {
        ["DB_TYPE"] = "sqlite", ["SQLITE_PATH"] = _directory.File("warden.db"),
    });

    [Fact]
    public async Task On_PostgreSQL_nothing_a_client_received_is_lost_by_a_kill()
    {
        var postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        await RunAsync(new Dictionary<string, string?>
        {
            ["DB_TYPE"] = "postgres", ["POSTGRES_HOST"] = postgres.Host, ["POSTGRES_PORT"] = postgres.Port.ToString(),
            ["POSTGRES_DB"] = postgres.Database, ["POSTGRES_USER"] = postgres.User, ["POSTGRES_PASSWORD"] = postgres.Password,
            ["POSTGRES_SSLMODE"] = "disable",
        });
    }

    private async Task RunAsync(Dictionary<string, string?> database)
    {
        var environment = new Dictionary<string, string?>(database)
        {
            ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["WARDEN_ISSUER"] = "http://warden.test", ["WARDEN_REGISTRATION_POLICY"] = "open",
            // #14: registered machine clients only when the operator allows client_credentials.
            ["WARDEN_REGISTRATION_ALLOWED_GRANT_TYPES"] = "authorization_code refresh_token client_credentials",
            ["WARDEN_ARGON2_MEMORY"] = "8192", ["WARDEN_ARGON2_ITERATIONS"] = "1", ["LOG_LEVEL"] = "warn",
            // The longest window: a token the cut-off request rotated is retried after the restart, within it.
            ["WARDEN_REFRESH_TOKEN_REUSE_GRACE"] = "60",
        };
        var url = $"http://127.0.0.1:{FreePort.Next()}";
        var user = await WardenProcess.RunAsync(["users", "create", "--username", "alice", "--password", AuthorizationCodeFixture.Password],
            _directory.Path, environment);
        Assert.True(user.ExitCode == 0, user.Output);
        var server = await StartAsync(url, environment);
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var (clientId, secret, refreshTokens) = await PrepareAsync(http);

        var received = refreshTokens.ToArray();
        var inFlight = new bool[Chains];
        var accessTokens = new List<string>();
        var rotations = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, Chains).Select(chain => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                inFlight[chain] = true;
                var response = await TryPostAsync(http, ("grant_type", "refresh_token"), ("refresh_token", received[chain]), ("client_id", clientId), ("client_secret", secret));
                if (response is null)
                    return;
                received[chain] = response.Value.GetProperty("refresh_token").GetString()!;
                inFlight[chain] = false;
                Interlocked.Increment(ref rotations);
            }
        })).Append(Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var response = await TryPostAsync(http, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", secret));
                if (response is null)
                    return;
                lock (accessTokens)
                    accessTokens.Add(response.Value.GetProperty("access_token").GetString()!);
            }
        })).ToList();
        int AccessTokenCount()
        {
            lock (accessTokens)
                return accessTokens.Count;
        }

        // The kill comes once the load is under way: every chain rotated a few times, machine tokens issued.
        var underWay = DateTime.UtcNow.AddSeconds(60);
        while (Volatile.Read(ref rotations) < Chains * 3 || AccessTokenCount() < 10)
        {
            Assert.True(DateTime.UtcNow < underWay && load.All(task => !task.IsCompleted), "the load did not get under way");
            await Task.Delay(20);
        }
        server.Kill(entireProcessTree: true);
        await server.WaitForExitAsync();
        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(accessTokens.Count > 0, "no token was issued before the kill");
        Assert.True(received.Where((token, chain) => token != refreshTokens[chain]).Any(), "no refresh token was rotated before the kill");

        var restarted = await StartAsync(url, environment);
        try
        {
            for (var chain = 0; chain < Chains; chain++)
            {
                Task<(int Status, string Body)> RefreshAsync(string token) =>
                    PostAsync(http, ("grant_type", "refresh_token"), ("refresh_token", token), ("client_id", clientId), ("client_secret", secret));
                var (status, body) = await RefreshAsync(received[chain]);
                Assert.True(status == 200, $"chain {chain} (request in flight at the kill: {inFlight[chain]}): the refresh token it holds " +
                    $"was refused after the restart: {body}");
                var successor = JsonDocument.Parse(body).RootElement.GetProperty("refresh_token").GetString()!;
                var (next, nextBody) = await RefreshAsync(successor);
                Assert.True(next == 200, $"chain {chain}: the successor was refused: {nextBody}");
                var (again, _) = await RefreshAsync(received[chain]);
                Assert.Equal(400, again);
            }
            string[] sample;
            lock (accessTokens)
                sample = [accessTokens[0], accessTokens[^1]];
            foreach (var token in sample)
            {
                var (status, body) = await PostAsync(http, ("token", token), ("client_id", clientId), ("client_secret", secret), ("path", "/introspect"));
                Assert.Equal(200, status);
                Assert.Contains("\"active\":true", body);
            }
        }
        finally
        {
            restarted.Kill(entireProcessTree: true);
            await restarted.WaitForExitAsync();
        }
    }

    /// <summary>A confidential client for client_credentials and a first-party web client with one refresh token per chain.</summary>
    private static async Task<(string ClientId, string Secret, List<string> RefreshTokens)> PrepareAsync(HttpClient http)
    {
        var response = await http.PostAsync("/register", new StringContent($$"""
            {"client_name":"Crash","grant_types":["client_credentials","authorization_code","refresh_token"],"token_endpoint_auth_method":"client_secret_post",
             "redirect_uris":["{{AuthorizationCodeFixture.RedirectUri}}"]}
            """, System.Text.Encoding.UTF8, "application/json"));
        var registered = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var clientId = registered.GetProperty("client_id").GetString()!;
        var secret = registered.GetProperty("client_secret").GetString()!;

        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = http.BaseAddress };
        var form = await browser.GetStringAsync("/login");
        await browser.PostAsync("/login", new FormUrlEncodedContent([
            new("username", "alice"), new("password", AuthorizationCodeFixture.Password), new("__RequestVerificationToken", Browser.TokenOf(form)),
        ]));
        var refreshTokens = new List<string>();
        for (var chain = 0; chain < Chains; chain++)
        {
            var pkce = AuthorizationCodeFixture.Pkce.Create();
            // No scope requires consent, so the request goes straight back with a code.
            var redirect = await browser.GetAsync(AuthorizationCodeFixture.AuthorizeUrl(clientId, pkce, scope: ""));
            var code = System.Web.HttpUtility.ParseQueryString(redirect.Headers.Location!.Query)["code"]!;
            var (status, body) = await PostAsync(http, ("grant_type", "authorization_code"), ("code", code), ("client_id", clientId),
                ("client_secret", secret), ("redirect_uri", AuthorizationCodeFixture.RedirectUri), ("code_verifier", pkce.Verifier));
            Assert.True(status == 200, body);
            refreshTokens.Add(JsonDocument.Parse(body).RootElement.GetProperty("refresh_token").GetString()!);
        }
        return (clientId, secret, refreshTokens);
    }

    private async Task<Process> StartAsync(string url, Dictionary<string, string?> environment)
    {
        var process = WardenProcess.Start(["serve", "--urls", url], _directory.Path, environment);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                if ((await http.GetAsync("/health/ready")).IsSuccessStatusCode)
                    return process;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            if (DateTime.UtcNow > deadline || process.HasExited)
                throw new TimeoutException($"warden at {url} did not become ready");
            await Task.Delay(200);
        }
    }

    /// <summary>The JSON of a successful answer; null once the server is gone (the kill).</summary>
    private static async Task<JsonElement?> TryPostAsync(HttpClient http, params (string Name, string Value)[] form)
    {
        try
        {
            var (status, body) = await PostAsync(http, form);
            Assert.True(status == 200, body);
            return JsonDocument.Parse(body).RootElement.Clone();
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    /// <summary>POSTs to /token, or to the path given as a ("path", …) pair.</summary>
    private static async Task<(int Status, string Body)> PostAsync(HttpClient http, params (string Name, string Value)[] form)
    {
        var path = form.FirstOrDefault(pair => pair.Name == "path").Value ?? "/token";
        var response = await http.PostAsync(path, new FormUrlEncodedContent(form.Where(pair => pair.Name != "path")
            .Select(pair => KeyValuePair.Create(pair.Name, pair.Value))));
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public void Dispose() => _directory.Dispose();
}

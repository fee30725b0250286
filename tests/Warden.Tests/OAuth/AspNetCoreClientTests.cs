using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Warden.Configuration;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// #12: a .NET web application signs people in with ASP.NET Core's OpenIdConnect handler in the configuration its
/// documentation shows, against a client made by `warden clients create` with default options, and calls an API
/// protected by JwtBearer with the access token. The handler's defaults are what matter here: response_mode=form_post,
/// PKCE, and the client secret posted in the form (client_secret_post) although the client was registered with the
/// default client_secret_basic. The application runs on https (its correlation cookies are Secure); Warden runs on
/// http, so RequireHttpsMetadata is off, the one change from the documented options.
/// </summary>
public abstract class AspNetCoreClientContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private readonly X509Certificate2 _certificate = SelfSignedLocalhost();
    private RunningWarden? _warden;
    private DatabaseOptions _database = null!;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _database = await new TBackend().CreateAsync(_directory);
        _warden = await AuthorizationCodeFixture.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _certificate.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public async Task The_OpenIdConnect_handler_with_its_default_options_signs_in_refreshes_and_calls_a_JwtBearer_API()
    {
        var appPort = FreePort.Next();
        var appUrl = $"https://localhost:{appPort}";
        var created = await WardenProcess.RunAsync(["clients", "create", "--name", "Photo Album", "--redirect-uri", appUrl + "/signin-oidc", "--json"],
            _directory.Path, CliEnvironment());
        Assert.True(created.ExitCode == 0, created.Output);
        var client = JsonDocument.Parse(created.StandardOutput).RootElement;
        var clientId = client.GetProperty("client_id").GetString()!;
        var clientSecret = client.GetProperty("client_secret").GetString()!;
        Assert.Equal("client_secret_basic", client.GetProperty("token_endpoint_auth_method").GetString());

        await using var api = await StartApiAsync();
        await using var app = await StartApplicationAsync(appPort, clientId, clientSecret, api.Urls.First());
        using var browser = new CrossSiteBrowser(_certificate);

        // The application challenges, Warden asks the person to sign in and consent, and answers with a form_post page.
        var authorize = await browser.GetAsync(new Uri(appUrl + "/profile"));
        Assert.Equal(HttpStatusCode.Found, authorize.StatusCode);
        var authorizeUrl = authorize.Headers.Location!;
        Assert.StartsWith(Warden.Issuer + "/authorize", authorizeUrl.ToString());
        Assert.Contains("code_challenge_method=S256", authorizeUrl.Query);
        Assert.Contains("response_mode=form_post", authorizeUrl.Query);
        var consent = await browser.SignInAndConsentAsync(authorizeUrl);
        var formPost = await consent.Content.ReadAsStringAsync();
        Assert.True(consent.StatusCode == HttpStatusCode.OK, $"{consent.RequestMessage!.RequestUri}: {consent.StatusCode}: {formPost}");

        // What the page's script does in a browser: post the form to the application's callback.
        var callback = await browser.SubmitFormAsync(formPost);
        Assert.True(callback.StatusCode == HttpStatusCode.Found, $"{callback.StatusCode}: {await callback.Content.ReadAsStringAsync()}");
        var profile = await browser.GetAsync(new Uri(appUrl + "/profile"));
        var body = JsonDocument.Parse(await profile.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal("Alice Liddell", body.GetProperty("name").GetString());
        Assert.Equal("alice@example.com", body.GetProperty("email").GetString());
        var alice = await Warden.Services.GetRequiredService<Core.Storage.IStorageBackend>().Users.FindByUsernameAsync(Core.Tenants.Tenant.DefaultId, "alice");
        Assert.Equal(alice!.Id.ToString(), body.GetProperty("api").GetProperty("sub").GetString());
        var refreshToken = body.GetProperty("refresh_token").GetString()!;

        // The application refreshes as its code would: the secret in the form, as the handler sent it.
        using var refreshed = await Warden.Client.PostAsync("/token", new FormUrlEncodedContent([
            new("grant_type", "refresh_token"), new("refresh_token", refreshToken), new("client_id", clientId), new("client_secret", clientSecret),
        ]));
        var tokens = JsonDocument.Parse(await refreshed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.NotEqual(refreshToken, tokens.GetProperty("refresh_token").GetString());
        using var apiCall = new HttpRequestMessage(HttpMethod.Get, api.Urls.First() + "/me");
        apiCall.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens.GetProperty("access_token").GetString());
        using var apiClient = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, (await apiClient.SendAsync(apiCall)).StatusCode);
    }

    private Dictionary<string, string?> CliEnvironment()
    {
        var environment = new Dictionary<string, string?> { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };
        if (_database.Type == DatabaseType.Postgres)
            environment["DATABASE_URL"] = $"postgres://{_database.Postgres.User}@{_database.Postgres.Host}:{_database.Postgres.Port}/{_database.Postgres.Database}?sslmode=disable";
        else
            environment["SQLITE_PATH"] = _database.SqlitePath;
        return environment;
    }

    /// <summary>The application as ASP.NET Core's documentation sets it up: cookies, and OpenID Connect to challenge.</summary>
    private async Task<WebApplication> StartApplicationAsync(int port, string clientId, string clientSecret, string apiUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenLocalhost(port, listen => listen.UseHttps(_certificate)));
        builder.Services.AddHttpClient();
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(options =>
            {
                options.Authority = Warden.Issuer;
                options.ClientId = clientId;
                options.ClientSecret = clientSecret;
                options.ResponseType = "code";
                options.SaveTokens = true;
                options.Scope.Add("email");
                options.Scope.Add("offline_access");
                options.RequireHttpsMetadata = false;
            });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/profile", async (HttpContext http, IHttpClientFactory factory) =>
        {
            var accessToken = await http.GetTokenAsync("access_token");
            using var request = new HttpRequestMessage(HttpMethod.Get, apiUrl + "/me");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            using var response = await factory.CreateClient().SendAsync(request);
            response.EnsureSuccessStatusCode();
            return Results.Json(new
            {
                name = http.User.FindFirstValue("name"),
                email = http.User.FindFirstValue(ClaimTypes.Email),
                refresh_token = await http.GetTokenAsync("refresh_token"),
                api = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement,
            });
        }).RequireAuthorization();
        await app.StartAsync();
        return app;
    }

    /// <summary>An API as JwtBearer's documentation sets it up: the authority, and the audience Warden puts in user tokens.</summary>
    private async Task<WebApplication> StartApiAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        builder.Services.AddAuthentication().AddJwtBearer(options =>
        {
            options.Authority = Warden.Issuer;
            options.Audience = Warden.Issuer;
            options.RequireHttpsMetadata = false;
        });
        builder.Services.AddAuthorization();
        var api = builder.Build();
        api.UseAuthentication();
        api.UseAuthorization();
        api.MapGet("/me", (ClaimsPrincipal user) => Results.Json(new
        {
            sub = user.FindFirstValue(ClaimTypes.NameIdentifier),
        })).RequireAuthorization();
        await api.StartAsync();
        return api;
    }

    private static X509Certificate2 SelfSignedLocalhost()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}

public sealed class SqliteAspNetCoreClientTests : AspNetCoreClientContract<SqliteServerBackend>;
public sealed class PostgresAspNetCoreClientTests : AspNetCoreClientContract<PostgresServerBackend>;

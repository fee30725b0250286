using Duende.IdentityModel.OidcClient;
using Duende.IdentityModel.OidcClient.Browser;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// #12: Duende.IdentityModel.OidcClient, the certified library for native applications (RFC 8252), in its documented
/// configuration against a public client made by `warden clients create --type public` with a loopback redirect URI:
/// PKCE, the ID token, UserInfo and a refresh. The system browser is played by <see cref="CrossSiteBrowser"/>; the
/// loopback port differs from the registered one, as RFC 8252 §7.3 allows.
/// </summary>
public abstract class OidcClientContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;

    public async Task InitializeAsync() =>
        _warden = await AuthorizationCodeFixture.StartAsync(await new TBackend().CreateAsync(_directory));

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_native_application_signs_in_with_PKCE_reads_the_profile_and_refreshes()
    {
        var warden = _warden!;
        var (client, secret) = await warden.CreateClientAsync(new Core.Clients.ClientSpecification
        {
            Name = "Desktop App", Type = Core.Clients.ClientType.Public, GrantTypes = ["authorization_code", "refresh_token"],
            RedirectUris = ["http://127.0.0.1/callback"],
        });
        Assert.Null(secret);
        using var browser = new CrossSiteBrowser();
        var oidc = new OidcClient(new OidcClientOptions
        {
            Authority = warden.Issuer,
            ClientId = client.ClientId,
            RedirectUri = $"http://127.0.0.1:{FreePort.Next()}/callback",
            Scope = "openid profile email offline_access",
            Browser = new PersonAtBrowser(browser),
            // The test issuer is http://; the only change from the documented options.
            Policy = new Policy { Discovery = { RequireHttps = false } },
        });

        var login = await oidc.LoginAsync();

        Assert.False(login.IsError, login.Error + " " + login.ErrorDescription);
        Assert.Equal("Alice Liddell", login.User.FindFirst("name")?.Value);
        Assert.Equal("alice@example.com", login.User.FindFirst("email")?.Value);
        var refreshed = await oidc.RefreshTokenAsync(login.RefreshToken);
        Assert.False(refreshed.IsError, refreshed.Error);
        Assert.NotEqual(login.RefreshToken, refreshed.RefreshToken);
    }

    /// <summary>The system browser: signs alice in, consents, and hands the loopback redirect back to the application.</summary>
    private sealed class PersonAtBrowser(CrossSiteBrowser browser) : IBrowser
    {
        public async Task<BrowserResult> InvokeAsync(BrowserOptions options, CancellationToken cancellationToken = default)
        {
            var answer = await browser.SignInAndConsentAsync(new Uri(options.StartUrl));
            var callback = answer.Headers.Location?.ToString();
            return callback is not null && callback.StartsWith(options.EndUrl, StringComparison.Ordinal)
                ? new BrowserResult { ResultType = BrowserResultType.Success, Response = callback }
                : new BrowserResult { ResultType = BrowserResultType.UnknownError, Error = $"{answer.StatusCode} {callback}" };
        }
    }
}

public sealed class MemoryOidcClientTests : OidcClientContract<MemoryServerBackend>;
public sealed class SqliteOidcClientTests : OidcClientContract<SqliteServerBackend>;

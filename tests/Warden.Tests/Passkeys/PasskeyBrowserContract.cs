using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Warden.Tests.Ui;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Passkeys;

/// <summary>
/// Passkeys in Debian's headless Chromium with the DevTools protocol's virtual authenticator (CTAP2, internal transport,
/// resident keys, user verification), one walk per backend: add a passkey on the account page, sign out, sign in
/// during an authorization code flow through conditional mediation (the username field's autofill) and again with the
/// button (each ID token's amr says swk, user, pin and its acr phr), rename and remove the passkey, and without one be
/// offered a passkey after a password sign-in (created with the offer page's button). The issuer is
/// http://localhost (browsers refuse an IP address as a relying-party id). The memory walk also takes the screenshots
/// at phone and desktop width and runs axe-core on the new page states.
/// </summary>
public abstract class PasskeyBrowserContract<TBackend>(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
    where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;
    private string _origin = "";

    protected virtual CacheOptions? Cache => null;
    protected virtual bool TakesScreenshots => false;

    public async Task InitializeAsync()
    {
        var database = await new TBackend().CreateAsync(_directory);
        _warden = await StartAsync(database, options =>
        {
            _origin = "http://localhost:" + new Uri(options.Server.Urls).Port;
            return options with { Server = options.Server with { Issuer = _origin } };
        }, cache: await CacheAsync());
    }

    private async Task<CacheOptions?> CacheAsync() => Cache is null ? null : new CacheOptions(CacheType.Redis, (await RedisServer.SharedAsync()).IsolatedSettings());

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_passkey_is_added_on_the_account_page_signs_in_through_autofill_and_the_button_and_is_offered_after_a_password()
    {
        var warden = _warden!;
        // The client's redirect URI is a page of the server itself (its liveness probe): the browser's navigation ends normally.
        var callbackUri = _origin + "/health/live";
        var (client, secret) = await warden.CreateClientAsync(WebClient() with { RedirectUris = [callbackUri] });
        var page = await chromium.NewPageAsync(Screen.Desktop);
        var devTools = await page.Context.NewCDPSessionAsync(page);
        await devTools.SendAsync("WebAuthn.enable", new Dictionary<string, object> { ["enableUI"] = false });
        await devTools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true, ["hasUserVerification"] = true,
                ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });
        // Sign in with the password ("not now" said to the passkey offer before), add a passkey.
        await page.GotoAsync(_origin + "/login");
        await page.EvaluateAsync("() => localStorage.setItem('warden.passkeyOfferDeclined', String(Date.now()))");
        await page.GotoAsync(_origin + "/account");
        await page.FillAsync("#username", "alice");
        await page.FillAsync("#password", Password);
        await page.PressAsync("#password", "Enter");
        await page.WaitForURLAsync(_origin + "/account");
        await page.WaitForSelectorAsync("#passkey-add:not([hidden])");
        if (TakesScreenshots)
            await ShootAsync(page, "account-passkeys-none");
        await page.FillAsync("#passkey-new-name", "Test laptop");
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        page.Response += (_, response) => { if (response.Url.Contains("/passkeys/")) console.Add($"{response.Status} {response.Url}"); };
        await page.ClickAsync("#passkey-add-button");
        await WaitForAsync(page, "**/account?done=passkey_added*", console);
        Assert.Equal("Test laptop", await page.Locator("#passkeys .passkey-name").InnerTextAsync());
        if (TakesScreenshots)
        {
            await ShootAsync(page, "account-passkeys");
            await Chromium.AssertAccessibleAsync(page, "account with a passkey");
        }

        // Signed out (the cookie gone), an application's sign-in: the username field's autofill (conditional mediation)
        // offers the passkey, which the virtual authenticator accepts without a click.
        await page.Context.ClearCookiesAsync();
        var pkce = Pkce.Create();
        await page.GotoAsync(_origin + AuthorizeUrl(client.ClientId, pkce, redirectUri: callbackUri));
        await WaitForAsync(page, "**/consent**", console);
        await page.ClickAsync("button[value='allow']");
        await WaitForAsync(page, callbackUri + "?**", console);
        await AssertIdTokenAsync(warden, client.ClientId, secret, pkce, callbackUri, page.Url);

        // A browser without conditional mediation: the sign-in page's button.
        await page.Context.ClearCookiesAsync();
        await page.AddInitScriptAsync("PublicKeyCredential.isConditionalMediationAvailable = () => Promise.resolve(false);");
        pkce = Pkce.Create();
        await page.GotoAsync(_origin + AuthorizeUrl(client.ClientId, pkce, state: "s-button", redirectUri: callbackUri));
        await page.WaitForSelectorAsync("#passkey-sign-in:not([hidden])");
        if (TakesScreenshots)
        {
            await ShootAsync(page, "login-passkey");
            await Chromium.AssertAccessibleAsync(page, "sign-in with a passkey button");
        }
        await page.ClickAsync("#passkey-button");
        await WaitForAsync(page, callbackUri + "?*s-button*", console);
        await AssertIdTokenAsync(warden, client.ClientId, secret, pkce, callbackUri, page.Url);

        await page.GotoAsync(_origin + "/account");
        Assert.Equal(1, await page.Locator("#passkeys li.passkey").CountAsync());
        Assert.Contains("Last used", await page.Locator("#passkeys li.passkey").InnerTextAsync());

        // Rename, then remove (alice still has her password, so it is not her last way to sign in).
        await page.FillAsync("#passkeys .passkey-rename input[name=name]", "Work laptop");
        await page.ClickAsync("#passkeys .passkey-rename button");
        await page.WaitForURLAsync("**/account?done=passkey_renamed*");
        Assert.Equal("Work laptop", await page.Locator("#passkeys .passkey-name").InnerTextAsync());
        await page.ClickAsync("#passkeys li.passkey button.danger");
        await page.WaitForURLAsync("**/account?done=passkey_removed*");
        Assert.Equal(0, await page.Locator("#passkeys li.passkey").CountAsync());

        // Without a passkey, a password sign-in on this device (which can make one) is offered a passkey.
        await page.EvaluateAsync("() => localStorage.removeItem('warden.passkeyOfferDeclined')");
        await page.Context.ClearCookiesAsync();
        await page.GotoAsync(_origin + "/login?returnUrl=%2Faccount");
        await page.FillAsync("#username", "alice");
        await page.FillAsync("#password", Password);
        await page.WaitForFunctionAsync("() => document.getElementById('passkey-offer').value === '1'");
        await page.PressAsync("#password", "Enter");
        await WaitForAsync(page, "**/passkeys/offer?*", console);
        if (TakesScreenshots)
        {
            await ShootAsync(page, "passkey-offer");
            await Chromium.AssertAccessibleAsync(page, "passkey offer");
        }
        await page.ClickAsync("#passkey-offer-button");
        await WaitForAsync(page, _origin + "/account", console);
        Assert.Equal(1, await page.Locator("#passkeys li.passkey").CountAsync());
    }

    /// <summary>Redeems the code the callback carried; the ID token's amr is a passkey's with user verification.</summary>
    private static async Task AssertIdTokenAsync(RunningWarden warden, string clientId, string? secret, Pkce pkce, string redirectUri, string callback)
    {
        var code = QueryHelpers.ParseQuery(new Uri(callback).Query)["code"].ToString();
        var (status, tokens, _) = await warden.RedeemAsync(code, clientId, secret, pkce.Verifier, redirectUri);
        Assert.Equal(200, status);
        var idToken = await warden.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, clientId);
        Assert.Equal(["swk", "user", "pin"], idToken.GetPayloadValue<string[]>("amr"));
        Assert.Equal("phr", idToken.GetPayloadValue<string>("acr"));
    }

    /// <summary>Waits for the page to reach <paramref name="url"/>; on a timeout fails with the page's notice and console.</summary>
    private static async Task WaitForAsync(IPage page, string url, List<string> console)
    {
        try
        {
            await page.WaitForURLAsync(url, new PageWaitForURLOptions { Timeout = 15_000 });
        }
        catch (Exception exception) when (exception is TimeoutException or PlaywrightException)
        {
            var notices = await page.Locator(".notice:not([hidden])").AllInnerTextsAsync();
            Assert.Fail($"{url} not reached (at {page.Url}, {exception.Message.Split('\n')[0]}): notices [{string.Join("; ", notices)}], console [{string.Join("; ", console)}]");
        }
    }

    private static async Task ShootAsync(IPage page, string name)
    {
        foreach (var screen in Screen.Both)
        {
            await page.SetViewportSizeAsync(screen.Width, screen.Height);
            await Chromium.ScreenshotAsync(page, name, screen, ColorScheme.Light);
        }
        await page.SetViewportSizeAsync(Screen.Desktop.Width, Screen.Desktop.Height);
    }
}

public sealed class MemoryPasskeyBrowserTests(Chromium chromium) : PasskeyBrowserContract<MemoryServerBackend>(chromium)
{
    protected override bool TakesScreenshots => true;
}

public sealed class SqlitePasskeyBrowserTests(Chromium chromium) : PasskeyBrowserContract<SqliteServerBackend>(chromium);

/// <summary>PostgreSQL with Redis as the challenge (and session) store.</summary>
public sealed class PostgresPasskeyBrowserTests(Chromium chromium) : PasskeyBrowserContract<PostgresServerBackend>(chromium)
{
    protected override CacheOptions? Cache => new(CacheType.Redis, null);
}

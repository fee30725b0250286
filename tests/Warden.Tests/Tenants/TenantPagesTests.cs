using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;
using Warden.Testing;
using Warden.Tests.Account;
using Warden.Tests.OAuth;
using Warden.Tests.Ui;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Tenants;

/// <summary>
/// A tenant's own password rule and page theme (issue 19 item 1), beside the default tenant that keeps the server's:
/// acme, in path form, asks for 12 characters of 3 kinds and shows the repository's example theme (examples/theme).
/// The rule holds wherever a password is set; the theme's stylesheet, logo and texts load below /t/acme, in Chromium.
/// </summary>
public sealed class TenantPagesTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string AcmePassword = "Acme-Passw0rd-2026";
    private static readonly string ThemeDirectory = Path.Combine(RepositoryRoot.Path, "examples", "theme");

    private readonly TemporaryDirectory _directory = new();
    private RunningWarden _warden = null!;

    private UserAdministration Users => _warden.Services.GetRequiredService<UserAdministration>();

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(await new SqliteServerBackend().CreateAsync(_directory));
        var storage = _warden.Services.GetRequiredService<IStorageBackend>();
        var time = _warden.Services.GetRequiredService<TimeProvider>();
        await storage.Tenants.CreateAsync(new Tenant("acme", "Acme", time.GetUtcNow())
        {
            Settings = new TenantSettings(PasswordMinLength: 12, PasswordCharacterClasses: 3, ThemeDirectory: ThemeDirectory),
        });
        await new ScopeAdministration(storage.Scopes, time).EnsureStandardScopesAsync("acme");
        await Users.CreateAsync("acme", "alice", AcmePassword, "alice@acme.example", UserRole.Regular);
    }

    public async Task DisposeAsync()
    {
        await _warden.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_tenant_password_rule_holds_for_its_new_passwords_and_nowhere_else()
    {
        var tooFewKinds = await Assert.ThrowsAsync<InvalidUserException>(() =>
            Users.CreateAsync("acme", "bob", "only lowercase and long", null, UserRole.Regular));
        Assert.Equal("a password has 12 to 1024 characters and uses at least 3 of: lowercase letters, uppercase letters, digits, other characters",
            tooFewKinds.Message);
        await Assert.ThrowsAsync<InvalidUserException>(() => Users.CreateAsync("acme", "bob", "Sh0rt-Pass", null, UserRole.Regular));
        await Assert.ThrowsAsync<InvalidUserException>(() => Users.SetPasswordAsync("acme", "alice", "only lowercase and long"));
        Assert.NotNull(await Users.CreateAsync("acme", "bob", "Bob-Passw0rd-2026", null, UserRole.Regular));
        // The default tenant keeps the server's rule: 8 characters of any kind.
        Assert.NotNull(await Users.CreateAsync(Tenant.DefaultId, "bob", "lowercase", null, UserRole.Regular));

        using var browser = new Browser(_warden);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync("alice", AcmePassword, "/t/acme/login")).StatusCode);
        var account = WebUtility.HtmlDecode(await (await browser.GetAsync("/t/acme/account")).Content.ReadAsStringAsync());
        Assert.Contains("At least 12 characters, using 3 of these four: lowercase letters, capital letters, digits, other characters.", account);

        async Task<HttpResponseMessage> ChangeAsync(string newPassword) => await browser.Raw.PostAsync("/t/acme/account?handler=Password",
            new FormUrlEncodedContent(
            [
                new("current_password", AcmePassword), new("new_password", newPassword), new("new_password_again", newPassword),
                new("__RequestVerificationToken", Browser.TokenOf(account)),
            ]));
        var refused = await ChangeAsync("only lowercase and long");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("A password has 12 to 1024 characters and uses at least 3 of these four: lowercase letters, capital letters, digits, other characters.",
            AccountPage.FieldError(await refused.Content.ReadAsStringAsync(), "new_password"));
        var changed = await ChangeAsync("N3w-Acme-Passphrase");
        Assert.Equal(HttpStatusCode.Found, changed.StatusCode);
        Assert.Equal("/t/acme/account?done=password", changed.Headers.Location!.OriginalString);

        // The default tenant's account page states the server's rule (its alice is the fixture's).
        using var defaultBrowser = await AccountPage.SignedInAsync(_warden, AccountPage.Firefox);
        var defaultAccount = WebUtility.HtmlDecode(await (await defaultBrowser.GetAsync("/account")).Content.ReadAsStringAsync());
        Assert.Contains("At least 8 characters.", defaultAccount);
        Assert.DoesNotContain("of these four", defaultAccount);
    }

    public static TheoryData<string> Screens => new() { Screen.Phone.Name, Screen.Desktop.Name };

    [Theory]
    [MemberData(nameof(Screens))]
    public async Task A_path_form_tenant_shows_its_own_theme_and_the_default_tenant_the_servers(string screenName)
    {
        var screen = screenName == Screen.Phone.Name ? Screen.Phone : Screen.Desktop;
        var page = await chromium.NewPageAsync(screen, ColorScheme.Light, "en-US");

        var acme = await Chromium.LoadAsync(page, _warden.Issuer + "/t/acme/login");
        Assert.Contains(acme.Urls, url => url.Contains("/t/acme" + SiteTheme.ThemeStylesheetPath, StringComparison.Ordinal));
        Assert.Equal("Welcome back", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal("Acme", (await page.TextContentAsync("#site-name"))?.Trim());
        Assert.Equal("rgb(15, 118, 110)", await page.EvalOnSelectorAsync<string>("button.primary", "button => getComputedStyle(button).backgroundColor"));
        Assert.True(await page.EvalOnSelectorAsync<bool>("header.site img", "logo => logo.complete && logo.naturalWidth > 0"), "acme's logo did not load");
        Assert.StartsWith("/t/acme" + SiteTheme.LogoPath + "?v=", await page.GetAttributeAsync("header.site img", "src"));
        await Chromium.ScreenshotAsync(page, "tenant-acme-login", screen, ColorScheme.Light);
        await Chromium.AssertAccessibleAsync(page, $"acme's themed login ({screen.Name})");

        var server = await Chromium.LoadAsync(page, _warden.Issuer + "/login");
        Assert.DoesNotContain(server.Urls, url => url.Contains(SiteTheme.ThemeStylesheetPath, StringComparison.Ordinal));
        Assert.Equal("Sign in", (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal("Warden", (await page.TextContentAsync("#site-name"))?.Trim());
        Assert.Null(await page.QuerySelectorAsync("header.site img"));
        await page.Context.CloseAsync();
    }
}

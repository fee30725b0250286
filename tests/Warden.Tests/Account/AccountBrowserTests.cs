using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warden.Configuration;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Tests.OAuth;
using Warden.Tests.Ui;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Account;

/// <summary>
/// The account page in a real browser (Debian's Chromium): signed in through the sign-in form, with a second session and
/// an allowed application listed, at phone and desktop width in light and dark; a screenshot of each, and axe-core
/// finds no serious or critical violation, also with a field error shown.
/// </summary>
public sealed class AccountBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        var (client, _) = await Warden.CreateClientAsync(WebClient("Photo Album"));
        var storage = Warden.Services.GetRequiredService<IStorageBackend>();
        var alice = (await storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!;
        await storage.Consents.SaveAsync(new Consent(Tenant.DefaultId, alice.Id, client.ClientId, ["openid", "profile", "offline_access"],
            DateTimeOffset.UtcNow, DateTimeOffset.UtcNow));
    }

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    public static TheoryData<string, ColorScheme> Looks => new()
    {
        { Screen.Phone.Name, ColorScheme.Light }, { Screen.Phone.Name, ColorScheme.Dark },
        { Screen.Desktop.Name, ColorScheme.Light }, { Screen.Desktop.Name, ColorScheme.Dark },
    };

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task The_account_page_renders_and_has_no_serious_accessibility_violations(string screenName, ColorScheme scheme)
    {
        var screen = Screen.Both.Single(candidate => candidate.Name == screenName);
        using var phone = await AccountPage.SignedInAsync(Warden, AccountPage.ChromeOnAndroid);
        var page = await chromium.NewPageAsync(screen, scheme);

        await Chromium.LoadAsync(page, Warden.Issuer + "/account");
        Assert.EndsWith("/login?returnUrl=%2Faccount", page.Url);
        await page.FillAsync("#username", "alice");
        await page.FillAsync("#password", Password);
        await page.PressAsync("#password", "Enter");
        await page.WaitForURLAsync(Warden.Issuer + "/account");

        Assert.Equal(2, await page.Locator("#sessions li.item").CountAsync());
        Assert.Equal("Photo Album", await page.Locator("#applications .application-name").InnerTextAsync());
        Assert.Equal("true", await page.EvaluateAsync<string>("() => String(document.scrollingElement.scrollWidth <= window.innerWidth)"));
        Assert.True(File.Exists(await Chromium.ScreenshotAsync(page, "account", screen, scheme)));
        await Chromium.AssertAccessibleAsync(page, "account");

        // A URL the browser's own check accepts and the server refuses: only https.
        await page.FillAsync("#picture", "http://img.example/alice.png");
        await page.ClickAsync("#profile button[type=submit]");
        await page.WaitForSelectorAsync("#picture-error");
        Assert.Equal("true", await page.GetAttributeAsync("#picture", "aria-invalid"));
        await Chromium.ScreenshotAsync(page, "account-error", screen, scheme);
        await Chromium.AssertAccessibleAsync(page, "account with a field error");
    }
}

using Microsoft.Playwright;
using Warden.Configuration;
using Xunit;

namespace Warden.Tests.Ui;

/// <summary>
/// The browser fixture itself, on the sign-in page: the stylesheet loads under the pages' content security policy
/// (a page whose CSS was blocked would render in the browser's default serif font), the language follows the
/// browser's, and a screenshot, an axe-core run and the transferred bytes are available to every page test.
/// </summary>
public sealed class ChromiumFixtureTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private RunningWarden? _warden;

    public async Task InitializeAsync() =>
        _warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    [Fact]
    public async Task The_sign_in_page_loads_its_stylesheet_under_the_content_security_policy()
    {
        var page = await chromium.NewPageAsync(Screen.Phone, ColorScheme.Dark);
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                violations.Add(message.Text);
        };

        var load = await Chromium.LoadAsync(page, _warden!.Issuer + "/login");

        Assert.Equal(200, load.Document!.Status);
        Assert.Contains(load.Urls, url => url.Contains("/assets/warden.css", StringComparison.Ordinal));
        var font = await page.EvalOnSelectorAsync<string>("body", "element => getComputedStyle(element).fontFamily");
        Assert.Contains("system-ui", font);
        Assert.Empty(violations);
        Assert.InRange(load.TransferredBytes, 1, 40 * 1024);
        Assert.True(File.Exists(await Chromium.ScreenshotAsync(page, "fixture-login", Screen.Phone, ColorScheme.Dark)));
        await Chromium.AssertAccessibleAsync(page, "login");
    }

    [Fact]
    public async Task The_page_language_follows_the_browser()
    {
        var page = await chromium.NewPageAsync(Screen.Desktop, language: "de-DE");
        await Chromium.LoadAsync(page, _warden!.Issuer + "/login");
        Assert.Equal("de", await page.GetAttributeAsync("html", "lang"));
    }
}

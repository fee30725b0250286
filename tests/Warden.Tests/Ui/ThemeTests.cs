using Microsoft.Playwright;
using Warden.Configuration;
using Warden.Pages.Presentation;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Ui;

/// <summary>
/// The example theme of the repository (examples/theme, as docs/operations.md describes it) on a real server: the
/// pages show its logo, its accent colour and its text, in light and dark.
/// </summary>
public sealed class ThemeTests(Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private static readonly string ThemeDirectory = Path.Combine(RepositoryRoot.Path, "examples", "theme");
    private RunningWarden? _warden;

    public async Task InitializeAsync() =>
        _warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            configure: options => options with { Ui = new UiOptions(ThemeDirectory, null, null) });

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    [Theory]
    [InlineData(ColorScheme.Light, "rgb(15, 118, 110)", "Welcome back", "en-US")]
    [InlineData(ColorScheme.Dark, "rgb(94, 234, 212)", "Willkommen zurück", "de-DE")]
    public async Task The_example_theme_shows_its_logo_accent_and_texts(ColorScheme scheme, string accent, string heading, string language)
    {
        var page = await chromium.NewPageAsync(Screen.Desktop, scheme, language);
        var load = await Chromium.LoadAsync(page, _warden!.Issuer + "/login");

        Assert.Contains(load.Urls, url => url.Contains(SiteTheme.ThemeStylesheetPath, StringComparison.Ordinal));
        Assert.Equal(heading, (await page.TextContentAsync("h1"))?.Trim());
        Assert.Equal(accent, await page.EvalOnSelectorAsync<string>("button.primary", "button => getComputedStyle(button).backgroundColor"));
        Assert.True(await page.EvalOnSelectorAsync<bool>("header.site img", "logo => logo.complete && logo.naturalWidth > 0"), "the theme's logo did not load");
        Assert.StartsWith(SiteTheme.LogoPath + "?v=", await page.GetAttributeAsync("header.site img", "src"));
        Assert.StartsWith(SiteTheme.FaviconPath + "?v=", await page.GetAttributeAsync("link[rel=icon]", "href"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(ThemeDirectory, "favicon.svg")),
            await _warden.Client.GetByteArrayAsync(await page.GetAttributeAsync("link[rel=icon]", "href")));
        await Chromium.ScreenshotAsync(page, "theme-login", Screen.Desktop, scheme);
        await Chromium.AssertAccessibleAsync(page, $"themed login ({scheme})");
        await page.Context.CloseAsync();
    }
}

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Ui;

/// <summary>A phone or desktop viewport, in CSS pixels.</summary>
public sealed record Screen(string Name, int Width, int Height)
{
    public static readonly Screen Phone = new("phone", 375, 812);
    public static readonly Screen Desktop = new("desktop", 1280, 800);
    public static readonly IReadOnlyList<Screen> Both = [Phone, Desktop];
}

/// <summary>What one page load fetched: every response's headers and body, as they crossed the wire (Warden does not compress).</summary>
public sealed record PageLoad(IResponse? Document, long TransferredBytes, IReadOnlyList<string> Urls);

/// <summary>
/// Debian's headless Chromium driven by Playwright (its bundled driver; no browser download), one browser per test
/// class (<c>IClassFixture&lt;Chromium&gt;</c>), a fresh context (cookies, viewport, colour scheme, language) per page.
/// Screenshots go to <see cref="ArtifactsDirectory"/>; <see cref="AssertAccessibleAsync"/> runs axe-core in the page.
/// A missing Chromium fails the test and says what to install.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    /// <summary>Where screenshots are written: <c>WARDEN_TEST_ARTIFACTS</c>, else <c>artifacts/screenshots</c> in the checkout.</summary>
    public static string ArtifactsDirectory { get; } = Environment.GetEnvironmentVariable("WARDEN_TEST_ARTIFACTS") is { Length: > 0 } configured
        ? configured
        : System.IO.Path.Combine(RepositoryRoot.Path, "artifacts", "screenshots");

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium has not started");

    public async Task InitializeAsync()
    {
        var executable = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" }.FirstOrDefault(File.Exists)
                         ?? throw new InvalidOperationException("Chromium is missing: install it with 'apt-get install chromium' (scripts/test.sh does)");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable, Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--no-first-run"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
            await _browser.CloseAsync();
        _playwright?.Dispose();
    }

    /// <summary>A new page in a context of its own: the screen's viewport, the colour scheme and, optionally, an Accept-Language.</summary>
    public async Task<IPage> NewPageAsync(Screen screen, ColorScheme scheme = ColorScheme.Light, string? language = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = screen.Width, Height = screen.Height },
            ColorScheme = scheme,
            Locale = language ?? "en-US",
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Opens <paramref name="url"/> and counts what its load transferred: the document and every stylesheet, image and script it pulled.</summary>
    public static async Task<PageLoad> LoadAsync(IPage page, string url)
    {
        var finished = new List<IRequest>();
        void OnFinished(object? sender, IRequest request) => finished.Add(request);
        page.RequestFinished += OnFinished;
        var document = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        page.RequestFinished -= OnFinished;
        long bytes = 0;
        foreach (var request in finished)
        {
            var sizes = await request.SizesAsync();
            bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
        }
        return new PageLoad(document, bytes, finished.Select(request => request.Url).ToList());
    }

    /// <summary>A full-page screenshot named <c>{name}-{screen}-{scheme}.png</c> in <see cref="ArtifactsDirectory"/>; returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, Screen screen, ColorScheme scheme)
    {
        Directory.CreateDirectory(ArtifactsDirectory);
        var path = System.IO.Path.Combine(ArtifactsDirectory, $"{name}-{screen.Name}-{scheme.ToString().ToLowerInvariant()}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>Runs axe-core (WCAG 2.x A and AA rules) in the page and fails with every serious or critical violation, listed.</summary>
    public static async Task AssertAccessibleAsync(IPage page, string name)
    {
        var results = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] },
        });
        var serious = results.Violations.Where(violation => violation.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{name}: axe-core found " + string.Join("; ", serious.Select(violation =>
            $"{violation.Impact} {violation.Id} ({violation.Help}) at {string.Join(", ", violation.Nodes.Select(node => node.Target?.ToString()))}")));
    }
}

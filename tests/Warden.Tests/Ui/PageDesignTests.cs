using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;
using Warden.Tests.OAuth;
using Xunit;
using Xunit.Abstractions;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Ui;

/// <summary>
/// Every page in a real Chromium, at phone and desktop width, light and dark: a person's whole tour (an error page,
/// the interstitial, sign-in and its error, consent of an operator's and of a self-registered client, the device
/// pages, sign-out and end_session, sign-up with its emailed link and "send the link again", forgot password and the
/// reset link; the account page has its own, AccountBrowserTests), each page screenshotted into <see cref="Chromium.ArtifactsDirectory"/>
/// (<c>{page}-{phone|desktop}-{light|dark}.png</c>), checked by axe-core (no serious or critical violation) and weighed:
/// its HTML, stylesheet and images at most 40 KB over the wire, with the browser's cache off.
/// </summary>
public sealed class PageDesignTests(Chromium chromium, PageDesignTests.TourServer server, ITestOutputHelper output)
    : IClassFixture<Chromium>, IClassFixture<PageDesignTests.TourServer>
{
    private const long PageBudget = 40 * 1024;
    private const string SelfRedirectUri = "https://notes.example/cb";
    private const string SelfLogo = "https://notes.example/logo.svg";
    private const string SupportEmail = "help@example.com";

    public static TheoryData<string, ColorScheme> Looks => new()
    {
        { Screen.Phone.Name, ColorScheme.Light }, { Screen.Phone.Name, ColorScheme.Dark },
        { Screen.Desktop.Name, ColorScheme.Light }, { Screen.Desktop.Name, ColorScheme.Dark },
    };

    /// <summary>
    /// One server for the class: the standard scopes, an operator's web client, a device client and a self-registered
    /// client; sign-up open and email to a test SMTP server, with the per-address limit off (every tour comes from loopback).
    /// </summary>
    public sealed class TourServer : IAsyncLifetime
    {
        public RunningWarden Warden { get; private set; } = null!;
        public SelfService.TestSmtpServer Smtp { get; } = SelfService.TestSmtpServer.Start();
        public Client Web { get; private set; } = null!;
        public Client SelfRegistered { get; private set; } = null!;
        public Client Tv { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
                options =>
                {
                    var withEmail = SelfService.SelfServiceFixture.WithEmail(options with { Ui = new UiOptions(null, SupportEmail, null) }, Smtp.Port);
                    return withEmail with { SignUp = withEmail.SignUp with { PerAddressPerMinute = 0 } };
                });
            (Web, _) = await Warden.CreateClientAsync(WebClient());
            (Tv, _) = await Warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient());
            (SelfRegistered, _) = await Warden.CreateClientAsync(new ClientSpecification
            {
                Name = "Snap Notes",
                Type = ClientType.Public,
                GrantTypes = ["authorization_code"],
                Scopes = ["openid", "profile", "email"],
                RedirectUris = [SelfRedirectUri],
                Origin = ClientOrigins.Registration,
                RegistrationMetadata = $$"""{"client_uri":"https://notes.example","logo_uri":"{{SelfLogo}}","policy_uri":"https://notes.example/privacy","tos_uri":"https://notes.example/terms"}""",
            });
        }

        public async Task DisposeAsync()
        {
            await Warden.DisposeAsync();
            await Smtp.DisposeAsync();
        }
    }

    [Theory]
    [MemberData(nameof(Looks))]
    public async Task Every_page_renders_accessibly_and_within_its_weight(string screenName, ColorScheme scheme)
    {
        var screen = Screen.Both.Single(candidate => candidate.Name == screenName);
        var username = $"{screen.Name}-{scheme}".ToLowerInvariant();
        await CreateUserAsync(username);
        var page = await chromium.NewPageAsync(screen, scheme);
        // Routing every request turns the browser's cache off, so each page is weighed with its stylesheet and images;
        // the self-registered client's logo is served here, as its own site would.
        await page.RouteAsync("**/*", route => route.Request.Url == SelfLogo
            ? route.FulfillAsync(new RouteFulfillOptions { ContentType = "image/svg+xml", BodyBytes = SnapNotesLogo })
            : route.ContinueAsync());
        var issuer = server.Warden.Issuer;
        // axe-core takes seconds a page: it checks each page in both schemes (colour contrast) and both layouts, once
        // each, on phone-light and desktop-dark; the markup is the same at every width.
        var audited = (screen == Screen.Phone) == (scheme == ColorScheme.Light);
        var tour = new Tour(page, screen, scheme, audited, output);

        await tour.VisitAsync("error", () => page.GotoAsync(issuer + AuthorizeUrl("no-such-client", Pkce.Create())));
        Assert.Equal(SupportEmail, await page.TextContentAsync("#support a"));
        await tour.VisitAsync("authorize-interstitial", () => page.GotoAsync(issuer + AuthorizeUrl(server.SelfRegistered.ClientId, Pkce.Create(), scope: "bogus",
            redirectUri: SelfRedirectUri)));
        Assert.Equal("notes.example", await page.TextContentAsync("#destination-host"));

        await tour.VisitAsync("login", () => page.GotoAsync(issuer + AuthorizeUrl(server.Web.ClientId, Pkce.Create())));
        Assert.Equal("Photo Album", await page.TextContentAsync("#client-title"));
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", "not the password");
        await tour.VisitAsync("login-error", () => SubmitAsync(page, "button.primary", "#password-error"));
        Assert.Equal("true", await page.GetAttributeAsync("#password", "aria-invalid"));
        Assert.Equal("Invalid username or password.", await page.TextContentAsync("#password-error"));
        await page.FillAsync("#password", Password);
        await tour.VisitAsync("consent", () => SubmitAsync(page, "button.primary", "#client-name"));
        Assert.Equal("Photo Album", await page.TextContentAsync("#client-name"));

        await tour.VisitAsync("consent-self-registered", () => page.GotoAsync(issuer + AuthorizeUrl(server.SelfRegistered.ClientId, Pkce.Create(),
            scope: "openid profile email", redirectUri: SelfRedirectUri)));
        Assert.True(await page.EvalOnSelectorAsync<bool>(".client img", "image => image.complete && image.naturalWidth > 0"), "the client's logo did not load");
        Assert.Equal("https://notes.example/privacy", await page.GetAttributeAsync("#client-policy", "href"));
        Assert.Equal("https://notes.example/terms", await page.GetAttributeAsync("#client-terms", "href"));
        Assert.NotNull(await page.QuerySelectorAsync("#self-registered"));

        await tour.VisitAsync("device-entry", () => page.GotoAsync(issuer + "/device"));
        var (status, codes, _) = await server.Warden.PostFormAsync("/device_authorization", [new("client_id", server.Tv.ClientId), new("scope", "openid profile")]);
        Assert.Equal(200, status);
        var userCode = codes.GetProperty("user_code").GetString()!;
        await tour.VisitAsync("device-confirm", () => page.GotoAsync(issuer + "/device?user_code=" + userCode));
        Assert.Equal(userCode, await page.TextContentAsync("#user-code"));
        await tour.VisitAsync("device-done", () => SubmitAsync(page, "button[value=allow]", "#outcome"));
        Assert.Contains("Your device is connected", await page.TextContentAsync("#outcome"));

        await tour.VisitAsync("logout", () => page.GotoAsync(issuer + "/logout"));
        await tour.VisitAsync("end-session-confirm", () => page.GotoAsync(issuer + "/end_session?client_id=" + server.Web.ClientId));
        await tour.VisitAsync("signed-out", () => SubmitAsync(page, "button[value=logout]", "#signed-out"));
        Assert.NotNull(await page.QuerySelectorAsync("#signed-out"));

        var newcomer = $"new-{username}@example.com";
        await tour.VisitAsync("signup", () => page.GotoAsync(issuer + "/signup"));
        await page.FillAsync("#email", newcomer);
        await page.FillAsync("#name", "Nia Newcomer");
        await page.FillAsync("#password", Password);
        await page.FillAsync("#password_confirmation", Password + " typo");
        await tour.VisitAsync("signup-error", () => SubmitAsync(page, "main button.primary", "#password_confirmation-error"));
        await page.FillAsync("#password", Password);
        await page.FillAsync("#password_confirmation", Password);
        await tour.VisitAsync("signup-sent", () => SubmitAsync(page, "main button.primary", "#sent"));
        var verifyLink = SelfService.TestSmtpServer.LinkIn(await server.Smtp.NextAsync(newcomer), "/signup/verify");
        await tour.VisitAsync("signup-resend", () => page.GotoAsync(issuer + "/signup/resend"));
        await tour.VisitAsync("signup-verify", () => page.GotoAsync(issuer + verifyLink));
        await tour.VisitAsync("signup-verified", () => SubmitAsync(page, "main button.primary", "#verified"));
        await tour.VisitAsync("password-forgot", () => page.GotoAsync(issuer + "/password/forgot"));
        await page.FillAsync("#email", newcomer);
        await SubmitAsync(page, "main button.primary", "#sent");
        var resetLink = SelfService.TestSmtpServer.LinkIn(await server.Smtp.NextAsync(newcomer), "/password/reset");
        await tour.VisitAsync("password-reset", () => page.GotoAsync(issuer + resetLink));

        await page.Context.CloseAsync();
    }

    /// <summary>Clicks a submit button and waits until the page it leads to shows <paramref name="expected"/>.</summary>
    private static async Task SubmitAsync(IPage page, string button, string expected)
    {
        await page.ClickAsync(button);
        await page.WaitForSelectorAsync(expected);
    }

    private async Task CreateUserAsync(string username)
    {
        var services = server.Warden.Services;
        await new UserAdministration(services.GetRequiredService<IStorageBackend>().Users, services.GetRequiredService<PasswordHasher>(),
            services.GetRequiredService<TimeProvider>()).CreateAsync(Tenant.DefaultId, username, Password, $"{username}@example.com", UserRole.Regular);
    }

    private static readonly byte[] SnapNotesLogo = """
        <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" fill="#f59e0b"/><path d="M14 12h14l6 6v18H14z" fill="#fff"/><path d="M18 24h12M18 29h12" stroke="#b45309" stroke-width="2"/></svg>
        """u8.ToArray();

    /// <summary>One person's walk through the pages: each visit is weighed, screenshotted and checked with axe-core.</summary>
    private sealed class Tour(IPage page, Screen screen, ColorScheme scheme, bool audited, ITestOutputHelper output)
    {
        public async Task VisitAsync(string name, Func<Task> navigate)
        {
            var finished = new List<IRequest>();
            void OnFinished(object? sender, IRequest request) => finished.Add(request);
            page.RequestFinished += OnFinished;
            var started = System.Diagnostics.Stopwatch.StartNew();
            await navigate();
            // The load event waits for the stylesheets and images, so every response of the page has finished by then.
            await page.WaitForLoadStateAsync(LoadState.Load);
            page.RequestFinished -= OnFinished;
            long bytes = 0;
            foreach (var request in finished)
            {
                var sizes = await request.SizesAsync();
                bytes += sizes.ResponseHeadersSize + sizes.ResponseBodySize;
            }

            var loaded = started.Elapsed;
            Assert.Contains(finished, request => request.Url.Contains(SiteTheme.StylesheetPath, StringComparison.Ordinal));
            Assert.True(bytes <= PageBudget, $"{name} transferred {bytes} bytes, more than {PageBudget}: {string.Join(", ", finished.Select(r => r.Url))}");
            await Chromium.ScreenshotAsync(page, name, screen, scheme);
            var shot = started.Elapsed;
            if (audited)
                await Chromium.AssertAccessibleAsync(page, $"{name} ({screen.Name}, {scheme})");
            output.WriteLine($"{name} ({screen.Name}, {scheme}): {bytes} bytes in {finished.Count} responses; "
                             + $"loaded {loaded.TotalMilliseconds:F0} ms, screenshot {(shot - loaded).TotalMilliseconds:F0} ms, axe {(started.Elapsed - shot).TotalMilliseconds:F0} ms");
        }
    }
}

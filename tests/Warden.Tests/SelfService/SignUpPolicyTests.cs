using System.Net;
using Warden.Configuration;
using Warden.Core.Users;
using Warden.Tests.OAuth;
using Xunit;
using static Warden.Tests.SelfService.SelfServiceFixture;

namespace Warden.Tests.SelfService;

/// <summary>What signup.policy and a missing SMTP server offer, and the form's rules with their errors next to the fields.</summary>
public sealed class SignUpPolicyTests : IAsyncLifetime
{
    private TestSmtpServer _smtp = null!;

    public Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _smtp.DisposeAsync();

    private static Task<RunningWarden> StartAsync(Func<WardenOptions, WardenOptions> configure) =>
        AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, configure);

    [Fact]
    public async Task With_the_default_policy_sign_up_is_not_offered_but_password_reset_is()
    {
        await using var warden = await StartAsync(options => WithEmail(options, _smtp.Port) with { SignUp = SignUpOptions.Default });
        using var browser = new Browser(warden);

        var page = await browser.GetAsync("/signup");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("does not offer creating an account", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/signup/resend")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/password/forgot")).StatusCode);
    }

    [Fact]
    public async Task Without_an_SMTP_server_neither_sign_up_nor_password_reset_is_offered_and_a_post_creates_nothing()
    {
        await using var warden = await StartAsync(options => options with { SignUp = SignUpOptions.Default with { Policy = SignUpPolicy.Open } });
        using var browser = new Browser(warden);

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/signup")).StatusCode);
        var forgot = await browser.GetAsync("/password/forgot");
        Assert.Equal(HttpStatusCode.NotFound, forgot.StatusCode);
        Assert.Contains("cannot send email", await forgot.Content.ReadAsStringAsync());
        Assert.Empty(await warden.AuditAsync("signup"));
    }

    [Fact]
    public async Task With_the_domains_policy_only_addresses_at_those_domains_may_sign_up()
    {
        await using var warden = await StartAsync(options => WithEmail(options, _smtp.Port) with
        {
            SignUp = options.SignUp with { Policy = SignUpPolicy.Domains, AllowedDomains = ["example.org"] },
        });
        using var browser = new Browser(warden);

        var (refused, refusedHtml) = await browser.SignUpAsync("eve@example.net");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Addresses at example.org only.", FieldError(refusedHtml, "email"));
        Assert.Contains("Accounts are open to addresses at example.org.", WebUtility.HtmlDecode(refusedHtml));

        var (accepted, acceptedHtml) = await browser.SignUpAsync("eve@example.org");
        Assert.Contains("id=\"sent\"", acceptedHtml);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        await _smtp.NextAsync("eve@example.org");
    }

    [Theory]
    [InlineData("not-an-address", "Ann", "", "long enough password", "long enough password", "email", "Enter an email address such as name@example.com.")]
    [InlineData("ann@example.org", "", "", "long enough password", "long enough password", "name", "Fill in this field.")]
    [InlineData("ann@example.org", "Ann", "has space", "long enough password", "long enough password", "username", "Use 1 to 100 letters, digits and . _ @ + - (no spaces).")]
    [InlineData("ann@example.org", "Ann", "alice", "long enough password", "long enough password", "username", "This username is taken. Choose another, or leave it empty.")]
    [InlineData("ann@example.org", "Ann", "", "short", "short", "password", "A password has 8 to 1024 characters.")]
    [InlineData("ann@example.org", "Ann", "", "long enough password", "long enough passwort", "password_confirmation", "The two passwords are not the same.")]
    public async Task A_field_that_breaks_a_rule_shows_the_form_again_with_the_error_next_to_it(string email, string name, string username,
        string password, string confirmation, string field, string error)
    {
        await using var warden = await StartAsync(options => WithEmail(options, _smtp.Port));
        using var browser = new Browser(warden);

        var (response, html) = await browser.SignUpAsync(email, name, username, password, confirmation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(error, FieldError(html, field));
        Assert.Contains("autocomplete=\"new-password\"", html);
        Assert.Empty(await warden.AuditAsync("signup"));
    }

    [Fact]
    public async Task The_pages_and_the_mail_speak_german_when_the_browser_asks_for_it()
    {
        await using var warden = await StartAsync(options => WithEmail(options, _smtp.Port));
        using var browser = new Browser(warden);
        browser.Raw.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de-DE");

        var (_, html) = await browser.SignUpAsync("greta@example.org", name: "Greta");

        Assert.Contains("Sehen Sie in Ihr Postfach", html);
        var mail = await _smtp.NextAsync("greta@example.org");
        Assert.Equal("Bestätigen Sie Ihre E-Mail-Adresse für Warden", mail.Subject);
        Assert.Contains("Hallo Greta,", mail.TextBody);
    }
}

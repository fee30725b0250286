using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Warden.Configuration;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;
using static Warden.Tests.SelfService.SelfServiceFixture;

namespace Warden.Tests.SelfService;

/// <summary>
/// Sign-up with email verification and password reset by email, on a real server and a real SMTP server, on every
/// backend (the links live in email_tokens). Time is a pinned clock that the expiry tests advance.
/// </summary>
public abstract class SelfServiceContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private TestSmtpServer _smtp = null!;
    private DatabaseOptions _database = null!;
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden ?? throw new InvalidOperationException("call StartAsync first");

    public async Task InitializeAsync()
    {
        _smtp = TestSmtpServer.Start();
        _database = await new TBackend().CreateAsync(_directory);
    }

    public async Task DisposeAsync()
    {
        if (_warden is not null)
            await _warden.DisposeAsync();
        await _smtp.DisposeAsync();
        _directory.Dispose();
    }

    private async Task<RunningWarden> StartAsync(Func<WardenOptions, WardenOptions>? configure = null, int? smtpPort = null)
    {
        _warden = await AuthorizationCodeFixture.StartAsync(_database,
            options => configure?.Invoke(WithEmail(options, smtpPort ?? _smtp.Port)) ?? WithEmail(options, smtpPort ?? _smtp.Port), time: _time);
        return _warden;
    }

    private Task<User?> FindByEmailAsync(string email) =>
        Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByEmailAsync(Tenant.DefaultId, email);

    [Fact]
    public async Task Sign_up_mails_a_link_that_verifies_once_and_until_then_the_account_cannot_sign_in()
    {
        await StartAsync();
        using var browser = new Browser(Warden);

        var (signUp, html) = await browser.SignUpAsync("ann@example.org", name: "Ann Example");
        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        Assert.Contains("id=\"sent\"", html);
        var mail = await _smtp.NextAsync("ann@example.org");
        Assert.Equal("Confirm your email address for Warden", mail.Subject);
        Assert.Contains("Hello Ann Example,", mail.TextBody);
        Assert.Contains("<a href=\"http://", mail.HtmlBody);
        Assert.Equal(From, mail.From.Mailboxes.Single().Address);
        var link = TestSmtpServer.LinkIn(mail, "/signup/verify");
        var created = await FindByEmailAsync("ann@example.org");
        Assert.Equal("ann@example.org", created!.Username);
        Assert.True(created.EmailVerificationRequired);
        Assert.Equal("Ann Example", System.Text.Json.Nodes.JsonNode.Parse(created.Metadata)!["name"]!.GetValue<string>());

        var refused = await browser.SignInAsync("ann@example.org", NewPassword);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Confirm your email address first", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()));
        var wrongPassword = await browser.SignInAsync("ann@example.org", "not the password");
        Assert.DoesNotContain("Confirm your email address first", WebUtility.HtmlDecode(await wrongPassword.Content.ReadAsStringAsync()));

        // Opening the link only shows a button: a mail scanner fetching it does not use it up.
        var opened = await browser.GetAsync(link);
        Assert.Contains("Confirm my address", await opened.Content.ReadAsStringAsync());
        var (verified, verifiedHtml) = await browser.FollowLinkAsync(link);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains("id=\"verified\"", verifiedHtml);
        var reopened = await browser.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, reopened.StatusCode);
        Assert.Contains("href=\"/signup/resend\"", await reopened.Content.ReadAsStringAsync());
        var (again, againHtml) = await browser.SubmitAsync(link, "/signup/resend", ("token", TokenOf(link)));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("id=\"link-unusable\"", againHtml);

        var user = await FindByEmailAsync("ann@example.org");
        Assert.True(user!.EmailVerified);
        Assert.False(user.EmailVerificationRequired);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync("ann@example.org", NewPassword)).StatusCode);
        Assert.Single(await Warden.AuditAsync("signup"), audit => audit.Outcome == "success");
        Assert.Contains(await Warden.AuditAsync("email_verified"), audit => audit.Outcome == "success");
    }

    [Fact]
    public async Task A_verification_link_expires_and_a_new_one_can_be_asked_for()
    {
        await StartAsync();
        using var browser = new Browser(Warden);
        await browser.SignUpAsync("bea@example.org", username: "bea");
        var link = TestSmtpServer.LinkIn(await _smtp.NextAsync("bea@example.org"), "/signup/verify");

        _time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(link)).StatusCode);
        var (expired, _) = await browser.SubmitAsync(link, "/signup/resend", ("token", TokenOf(link)));
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);

        var (resent, resentHtml) = await browser.SubmitAsync("/signup/resend", ("email", "bea@example.org"));
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Contains("id=\"sent\"", resentHtml);
        var fresh = TestSmtpServer.LinkIn(await _smtp.NextAsync("bea@example.org"), "/signup/verify");
        Assert.NotEqual(link, fresh);
        var (verified, _) = await browser.FollowLinkAsync(fresh);
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await browser.SignInAsync("bea", NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Signing_up_with_a_registered_email_answers_the_same_and_mails_the_owner_instead()
    {
        await StartAsync();
        using var browser = new Browser(Warden);

        var (fresh, freshHtml) = await browser.SignUpAsync("new@example.org");
        var (taken, takenHtml) = await browser.SignUpAsync("ALICE@example.com", name: "Mallory");

        Assert.Equal(fresh.StatusCode, taken.StatusCode);
        Assert.Equal(freshHtml, takenHtml);
        var owner = await _smtp.NextAsync("alice@example.com");
        Assert.Equal("Sign-up attempt on Warden", owner.Subject);
        Assert.Contains("Hello Alice Liddell,", owner.TextBody);
        Assert.Contains("/password/forgot", owner.TextBody);
        Assert.DoesNotContain("token=", owner.TextBody);
        var alice = await FindByEmailAsync("alice@example.com");
        Assert.Equal("alice", alice!.Username);
        Assert.False(alice.EmailVerificationRequired);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_an_unknown_and_a_known_address_and_mails_only_the_account()
    {
        await StartAsync();
        using var browser = new Browser(Warden);

        var (unknown, unknownHtml) = await browser.ForgotAsync("nobody@example.com");
        var (known, knownHtml) = await browser.ForgotAsync("alice@example.com");

        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Equal(unknown.StatusCode, known.StatusCode);
        Assert.Equal(unknownHtml, knownHtml);
        var mail = await _smtp.NextAsync("alice@example.com");
        Assert.Equal("Reset your password for Warden", mail.Subject);
        Assert.Contains("within 30 minutes", mail.TextBody);
        Assert.DoesNotContain(_smtp.All, message => message.To.Mailboxes.Any(mailbox => mailbox.Address == "nobody@example.com"));
        var audits = await Warden.AuditAsync("password_reset_requested");
        Assert.Contains(audits, audit => audit.Outcome == "failure" && audit.Details.Contains("unknown_email"));
        Assert.Contains(audits, audit => audit.Outcome == "success");
    }

    [Fact]
    public async Task A_reset_link_sets_the_password_once_unlocks_verifies_and_ends_every_session_and_refresh_token()
    {
        await StartAsync();
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var signedIn = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await signedIn.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;
        Assert.Equal("alice", await signedIn.SignedInAsAsync());
        using var attacker = new Browser(Warden);
        for (var attempt = 0; attempt < 3; attempt++)
            await attacker.SignInAsync("alice", "wrong guess");
        Assert.NotNull((await FindByEmailAsync("alice@example.com"))!.LockedUntil);

        using var person = new Browser(Warden);
        await person.ForgotAsync("alice@example.com");
        var link = TestSmtpServer.LinkIn(await _smtp.NextAsync("alice@example.com"), "/password/reset");

        var (mismatch, mismatchHtml) = await person.FollowLinkAsync(link, ("password", NewPassword), ("password_confirmation", NewPassword + "!"));
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Equal("The two passwords are not the same.", FieldError(mismatchHtml, "password_confirmation"));
        var (done, doneHtml) = await person.FollowLinkAsync(link, ("password", NewPassword), ("password_confirmation", NewPassword));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("id=\"reset-done\"", doneHtml);

        Assert.Null(await signedIn.SignedInAsAsync());
        var (refreshStatus, refreshed, _) = await Warden.RefreshAsync(refreshToken, client.ClientId, secret);
        Assert.Equal(400, refreshStatus);
        Assert.Equal("invalid_grant", refreshed.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.OK, (await person.SignInAsync("alice", Password)).StatusCode);
        Assert.Equal(HttpStatusCode.Found, (await person.SignInAsync("alice", NewPassword)).StatusCode);
        var alice = await FindByEmailAsync("alice@example.com");
        Assert.True(alice!.EmailVerified);
        Assert.Null(alice.LockedUntil);

        var reopened = await person.GetAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, reopened.StatusCode);
        Assert.Contains("href=\"/password/forgot\"", await reopened.Content.ReadAsStringAsync());
        var (reused, reusedHtml) = await person.SubmitAsync(link, "/password/forgot", ("token", TokenOf(link)),
            ("password", "yet another passphrase"), ("password_confirmation", "yet another passphrase"));
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Contains("id=\"link-unusable\"", reusedHtml);
        Assert.Single(await Warden.AuditAsync("password_reset"), audit => audit.Outcome == "success");
    }

    [Fact]
    public async Task A_reset_link_expires_after_its_lifetime_and_a_later_link_ends_the_earlier_ones()
    {
        await StartAsync();
        using var person = new Browser(Warden);
        await person.ForgotAsync("alice@example.com");
        var first = TestSmtpServer.LinkIn(await _smtp.NextAsync("alice@example.com"), "/password/reset");
        await person.ForgotAsync("alice@example.com");
        var second = TestSmtpServer.LinkIn(await _smtp.NextAsync("alice@example.com"), "/password/reset");

        _time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(HttpStatusCode.OK, (await person.GetAsync(second)).StatusCode);
        var (done, _) = await person.FollowLinkAsync(second, ("password", NewPassword), ("password_confirmation", NewPassword));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var firstPage = await person.GetAsync(first);
        Assert.Equal(HttpStatusCode.BadRequest, firstPage.StatusCode);

        await person.ForgotAsync("alice@example.com");
        var third = TestSmtpServer.LinkIn(await _smtp.NextAsync("alice@example.com"), "/password/reset");
        _time.Advance(TimeSpan.FromMinutes(30));
        var expired = await person.GetAsync(third);
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.Contains("id=\"link-unusable\"", await expired.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Requests_over_the_per_email_or_per_address_limit_are_refused_with_429_whatever_the_account()
    {
        await StartAsync(options => options with { SignUp = options.SignUp with { PerEmailPerHour = 2, PerAddressPerMinute = 4 } });
        using var browser = new Browser(Warden);

        Assert.Equal(HttpStatusCode.OK, (await browser.ForgotAsync("nobody@example.com")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.ForgotAsync("nobody@example.com")).Response.StatusCode);
        var (overEmail, html) = await browser.ForgotAsync("nobody@example.com");
        Assert.Equal(HttpStatusCode.TooManyRequests, overEmail.StatusCode);
        Assert.Equal("60", overEmail.Headers.RetryAfter!.ToString());
        Assert.Contains("Too many requests", html);

        Assert.Equal(HttpStatusCode.OK, (await browser.SignUpAsync("other@example.org")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.SignUpAsync("third@example.org")).Response.StatusCode);
        Assert.Null(await FindByEmailAsync("third@example.org"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await browser.SignUpAsync("third@example.org")).Response.StatusCode);
    }

    [Fact]
    public async Task When_the_SMTP_server_is_down_the_pages_answer_as_usual_and_the_failure_is_logged_and_audited_without_the_link()
    {
        await StartAsync(smtpPort: FreePort.Next());
        using var browser = new Browser(Warden);

        var (forgot, forgotHtml) = await browser.ForgotAsync("alice@example.com");
        var (signUp, signUpHtml) = await browser.SignUpAsync("dora@example.org");

        Assert.Equal(HttpStatusCode.OK, forgot.StatusCode);
        Assert.Contains("id=\"sent\"", forgotHtml);
        Assert.Equal(HttpStatusCode.OK, signUp.StatusCode);
        Assert.Contains("id=\"sent\"", signUpHtml);
        var failures = await Warden.AwaitAuditAsync("email_failed");
        Assert.NotEmpty(failures);
        Assert.All(failures, failure => Assert.DoesNotContain("token=", failure.Details));
        Assert.Contains(failures, failure => failure.Details.Contains("reset_password"));
    }
}

public sealed class MemorySelfServiceTests : SelfServiceContract<MemoryServerBackend>;
public sealed class SqliteSelfServiceTests : SelfServiceContract<SqliteServerBackend>;
public sealed class PostgresSelfServiceTests : SelfServiceContract<PostgresServerBackend>;

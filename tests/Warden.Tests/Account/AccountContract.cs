using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Warden.Core.Audit;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Tests.OAuth;
using Warden.Testing;
using Xunit;
using static Warden.Tests.Account.AccountPage;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Account;

/// <summary>
/// Issue 16: the account page at the HTTP level, as a browser without JavaScript uses it, on every storage backend (the
/// page writes users, consents, refresh token families and reads the audit trail). The server's clock is pinned.
/// </summary>
public abstract class AccountContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private const string NewPassword = "a much longer new passphrase";

    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    private IStorageBackend Storage => Warden.Services.GetRequiredService<IStorageBackend>();

    public async Task InitializeAsync() => _warden = await StartAsync(await new TBackend().CreateAsync(_directory), time: _time);

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    private Task<User?> AliceAsync() => Storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice");

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_back_to_the_account_page()
    {
        using var browser = new Browser(Warden);

        var page = await browser.GetAsync("/account");
        var token = Browser.TokenOf(await (await browser.GetAsync("/login")).Content.ReadAsStringAsync());
        var post = await browser.Raw.PostAsync("/account?handler=Profile",
            new FormUrlEncodedContent([new("name", "Mallory"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Found, page.StatusCode);
        Assert.Equal("/login?returnUrl=%2Faccount", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.Found, post.StatusCode);
        Assert.Equal("/login?returnUrl=%2Faccount", post.Headers.Location!.ToString());
        var signIn = await browser.SignInAsync("alice", Password, "/login?returnUrl=%2Faccount");
        Assert.Equal("/account", signIn.Headers.Location!.ToString());
        Assert.Contains("Signed in as alice.", await browser.HtmlAsync());
    }

    [Fact]
    public async Task A_form_without_its_anti_forgery_token_is_refused_with_400()
    {
        using var browser = await SignedInAsync(Warden, Firefox);

        var response = await browser.Raw.PostAsync("/account?handler=Profile", new FormUrlEncodedContent([new("name", "Mallory")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Alice Liddell", UserAdministration.NameOf((await AliceAsync())!));
    }

    [Fact]
    public async Task The_profile_is_saved_and_a_changed_email_is_no_longer_verified()
    {
        using var browser = await SignedInAsync(Warden, Firefox);
        Assert.Contains("value=\"Alice Liddell\"", await browser.HtmlAsync());

        var saved = await browser.PostAsync("Profile",
            ("name", "Alice Pleasance Liddell"), ("email", "alice@wonderland.example"), ("picture", "https://img.example/alice.png"));

        AssertCompleted(saved, "profile");
        var alice = (await AliceAsync())!;
        Assert.Equal("Alice Pleasance Liddell", UserAdministration.NameOf(alice));
        Assert.Equal("alice@wonderland.example", alice.Email);
        Assert.False(alice.EmailVerified);
        Assert.Equal("https://img.example/alice.png", alice.ProfilePictureUrl);
        Assert.Equal("en-GB", JsonDocument.Parse(alice.Metadata).RootElement.GetProperty("locale").GetString());
        var html = await browser.HtmlAsync(saved.Headers.Location!.ToString());
        Assert.Contains("Your profile is saved.", html);
        Assert.Contains("This address is not verified.", html);
    }

    [Theory]
    [InlineData("email", "not an address", "Enter an email address that no other account uses")]
    [InlineData("picture", "http://img.example/alice.png", "Enter an https address")]
    [InlineData("picture", "javascript:alert(1)", "Enter an https address")]
    [InlineData("name", "a name far too long", "A name has at most 200 characters.")]
    public async Task A_profile_field_that_breaks_a_rule_is_400_with_the_error_next_to_it_and_nothing_saved(string field, string value, string error)
    {
        using var browser = await SignedInAsync(Warden, Firefox);
        var before = await AliceAsync();
        if (value == "a name far too long")
            value = new string('n', UserAdministration.MaxNameLength + 1);
        var fields = new Dictionary<string, string> { ["name"] = "Alice", ["email"] = "alice@example.com", ["picture"] = "", [field] = value };

        var refused = await browser.PostAsync("Profile", [.. fields.Select(pair => (pair.Key, pair.Value))]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.StartsWith(error, FieldError(html, field));
        Assert.Contains($"aria-describedby=\"{(field == "name" ? "" : field + "-hint ")}{field}-error\" aria-invalid=\"true\"", html);
        Assert.Equal(before, await AliceAsync());
    }

    [Fact]
    public async Task An_email_another_account_has_is_refused_next_to_the_email_field()
    {
        var users = Warden.Services.GetRequiredService<UserAdministration>();
        await users.CreateAsync(Tenant.DefaultId, "bob", Password, "bob@example.com", UserRole.Regular);
        using var browser = await SignedInAsync(Warden, Firefox);

        var refused = await browser.PostAsync("Profile", ("name", "Alice"), ("email", "BOB@example.com"), ("picture", ""));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.NotNull(FieldError(await refused.Content.ReadAsStringAsync(), "email"));
        Assert.Equal("alice@example.com", (await AliceAsync())!.Email);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_and_counted_as_a_failed_sign_in()
    {
        using var browser = await SignedInAsync(Warden, Firefox);

        var refused = await browser.PostAsync("Password", ("current_password", "not my password"), ("new_password", NewPassword),
            ("new_password_again", NewPassword));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("This is not your current password.", FieldError(await refused.Content.ReadAsStringAsync(), "current_password"));
        Assert.Equal(1, (await AliceAsync())!.FailedLoginCount);
        Assert.True(await SignsInAsync(Password));
    }

    [Fact]
    public async Task Three_wrong_current_passwords_lock_the_account_as_three_wrong_sign_ins_do()
    {
        using var browser = await SignedInAsync(Warden, Firefox);

        for (var attempt = 0; attempt < 3; attempt++)
            await browser.PostAsync("Password", ("current_password", "not my password"), ("new_password", NewPassword), ("new_password_again", NewPassword));
        var locked = await browser.PostAsync("Password", ("current_password", Password), ("new_password", NewPassword), ("new_password_again", NewPassword));

        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal("This is not your current password.", FieldError(await locked.Content.ReadAsStringAsync(), "current_password"));
        Assert.NotNull((await AliceAsync())!.LockedUntil);
        Assert.False(await SignsInAsync(Password));
    }

    [Theory]
    [InlineData("a much longer new passphrase", "a different new passphrase", "new_password_again", "The two new passwords are not the same.")]
    [InlineData("short", "short", "new_password", "A password has 8 to 1024 characters.")]
    [InlineData("", "", "new_password", "A password has 8 to 1024 characters.")]
    public async Task New_passwords_that_differ_or_break_the_rules_are_refused_next_to_the_field(string first, string second, string field, string error)
    {
        using var browser = await SignedInAsync(Warden, Firefox);
        var stamp = (await AliceAsync())!.SecurityStamp;

        var refused = await browser.PostAsync("Password", ("current_password", Password), ("new_password", first), ("new_password_again", second));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(error, FieldError(await refused.Content.ReadAsStringAsync(), field));
        Assert.Equal(stamp, (await AliceAsync())!.SecurityStamp);
    }

    [Fact]
    public async Task A_password_change_ends_other_sessions_and_refresh_tokens_and_this_session_continues()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var phone = await SignedInAsync(Warden, ChromeOnAndroid);
        var refreshToken = (await TokensAsync(phone, client.ClientId, secret!)).GetProperty("refresh_token").GetString()!;
        using var laptop = await SignedInAsync(Warden, Firefox);

        var changed = await laptop.PostAsync("Password", ("current_password", Password), ("new_password", NewPassword), ("new_password_again", NewPassword));

        AssertCompleted(changed, "password");
        Assert.Contains("Your password is changed.", await laptop.HtmlAsync("/account?done=password"));
        Assert.Single(SessionIds(await laptop.HtmlAsync()));
        Assert.Null(await phone.SignedInAsAsync());
        var (status, body, _) = await Warden.RefreshAsync(refreshToken, client.ClientId, secret);
        Assert.Equal((400, "invalid_grant"), (status, body.GetProperty("error").GetString()));
        Assert.True(await SignsInAsync(NewPassword));
        Assert.False(await SignsInAsync(Password));
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var audited = await Storage.AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = "password_changed" });
        Assert.Equal("success", Assert.Single(audited).Outcome);
        Assert.Contains("\"other_sessions_ended\":1", audited[0].Details.Replace(" ", ""));
    }

    [Fact]
    public async Task Sessions_are_listed_with_device_address_and_times_and_this_device_marked()
    {
        using var phone = await SignedInAsync(Warden, ChromeOnAndroid);
        _time.Advance(TimeSpan.FromMinutes(10));
        using var laptop = await SignedInAsync(Warden, Firefox);
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal("alice", await phone.SignedInAsAsync());

        var items = SessionItems(await laptop.HtmlAsync());

        Assert.Equal(2, items.Count);
        var laptopItem = Assert.Single(items, item => item.Contains("Firefox on Windows"));
        var phoneItem = Assert.Single(items, item => item.Contains("Chrome on Android"));
        Assert.Contains("(this device)", laptopItem);
        Assert.DoesNotContain("(this device)", phoneItem);
        Assert.True(phoneItem.Contains("Address: 127.0.0.1"), phoneItem);
        Assert.Contains("Signed in: " + Shown(_time.GetUtcNow().AddMinutes(-15)), phoneItem);
        Assert.Contains("Last active: " + Shown(_time.GetUtcNow()), phoneItem);
    }

    [Fact]
    public async Task Signing_out_one_session_ends_it_and_no_other()
    {
        using var phone = await SignedInAsync(Warden, ChromeOnAndroid);
        using var tablet = await SignedInAsync(Warden, SafariOnIPhone);
        using var laptop = await SignedInAsync(Warden, Firefox);
        var html = await laptop.HtmlAsync();
        var phoneSid = SessionIds(html)[SessionItems(html).ToList().FindIndex(item => item.Contains("Chrome on Android"))];

        var ended = await laptop.PostAsync("EndSession", ("sid", phoneSid));

        AssertCompleted(ended, "session");
        Assert.Null(await phone.SignedInAsAsync());
        Assert.Equal("alice", await tablet.SignedInAsAsync());
        Assert.Equal("alice", await laptop.SignedInAsAsync());
        Assert.Equal(2, SessionIds(await laptop.HtmlAsync()).Count);
        var again = await laptop.PostAsync("EndSession", ("sid", phoneSid));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("That session has already ended.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_session_of_another_person_cannot_be_ended_from_this_page()
    {
        await Warden.Services.GetRequiredService<UserAdministration>().CreateAsync(Tenant.DefaultId, "bob", Password, null, UserRole.Regular);
        using var bob = await SignedInAsync(Warden, Firefox, "bob");
        var bobSid = Assert.Single(SessionIds(await bob.HtmlAsync()));
        using var alice = await SignedInAsync(Warden, Firefox);

        var refused = await alice.PostAsync("EndSession", ("sid", bobSid));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("bob", await bob.SignedInAsAsync());
    }

    [Fact]
    public async Task Signing_out_everywhere_else_ends_every_other_session_and_keeps_this_one()
    {
        using var phone = await SignedInAsync(Warden, ChromeOnAndroid);
        using var tablet = await SignedInAsync(Warden, SafariOnIPhone);
        using var laptop = await SignedInAsync(Warden, Firefox);

        var ended = await laptop.PostAsync("EndOtherSessions");

        AssertCompleted(ended, "sessions");
        Assert.Null(await phone.SignedInAsAsync());
        Assert.Null(await tablet.SignedInAsAsync());
        var html = await laptop.HtmlAsync();
        Assert.Single(SessionIds(html));
        Assert.Contains("You are signed in on this device only.", html);
    }

    [Fact]
    public async Task Signing_out_here_from_the_list_ends_this_session()
    {
        using var laptop = await SignedInAsync(Warden, Firefox);
        var token = Browser.TokenOf(await (await laptop.GetAsync("/account")).Content.ReadAsStringAsync());

        var signedOut = await laptop.Raw.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.True(signedOut.StatusCode is HttpStatusCode.Found or HttpStatusCode.OK, signedOut.StatusCode.ToString());
        Assert.Null(await laptop.SignedInAsAsync());
        Assert.Equal(HttpStatusCode.Found, (await laptop.GetAsync("/account")).StatusCode);
    }

    [Fact]
    public async Task Revoking_an_application_forgets_the_consent_and_refuses_its_refresh_token_but_not_another_applications()
    {
        var (album, albumSecret) = await Warden.CreateClientAsync(WebClient("Photo Album"));
        var (diary, diarySecret) = await Warden.CreateClientAsync(WebClient("Diary"));
        using var browser = await SignedInAsync(Warden, Firefox);
        var albumToken = (await TokensAsync(browser, album.ClientId, albumSecret!)).GetProperty("refresh_token").GetString()!;
        var diaryToken = (await TokensAsync(browser, diary.ClientId, diarySecret!)).GetProperty("refresh_token").GetString()!;
        var html = await browser.HtmlAsync();
        Assert.Contains($"data-client-id=\"{album.ClientId}\"", html);
        Assert.Contains("<strong class=\"application-name\">Photo Album</strong>", html);

        var revoked = await browser.PostAsync("RevokeApplication", ("client_id", album.ClientId));

        AssertCompleted(revoked, "application");
        Assert.Null(await Storage.Consents.FindAsync(Tenant.DefaultId, (await AliceAsync())!.Id, album.ClientId));
        Assert.NotNull(await Storage.Consents.FindAsync(Tenant.DefaultId, (await AliceAsync())!.Id, diary.ClientId));
        var (status, body, _) = await Warden.RefreshAsync(albumToken, album.ClientId, albumSecret);
        Assert.Equal((400, "invalid_grant"), (status, body.GetProperty("error").GetString()));
        Assert.Equal(200, (await Warden.RefreshAsync(diaryToken, diary.ClientId, diarySecret)).Status);
        Assert.DoesNotContain($"data-client-id=\"{album.ClientId}\"", await browser.HtmlAsync());
        var again = await browser.PostAsync("RevokeApplication", ("client_id", album.ClientId));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Recent_security_events_are_listed_readably_in_the_pages_language()
    {
        using var stranger = new Browser(Warden);
        await stranger.SignInAsync("alice", "a wrong guess");
        _time.Advance(TimeSpan.FromSeconds(1));
        using var browser = await SignedInAsync(Warden, Firefox);
        _time.Advance(TimeSpan.FromSeconds(1));
        await browser.PostAsync("Password", ("current_password", "another wrong guess"), ("new_password", NewPassword), ("new_password_again", NewPassword));
        _time.Advance(TimeSpan.FromSeconds(1));
        await browser.PostAsync("Password", ("current_password", Password), ("new_password", NewPassword), ("new_password_again", NewPassword));
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();

        var english = await browser.HtmlAsync();
        browser.Raw.DefaultRequestHeaders.AcceptLanguage.ParseAdd("de");
        var german = await browser.HtmlAsync();

        var events = System.Text.RegularExpressions.Regex.Matches(english, "<strong class=\"event\">([^<]+)</strong>").Select(match => match.Groups[1].Value);
        Assert.Equal(["Password changed", "Password not changed (wrong current password)", "Signed in", "Failed sign-in (wrong password)"], events);
        Assert.True(english.Contains("Address: 127.0.0.1"), english);
        Assert.Contains("Passwort geändert", german);
        Assert.Contains("Letzte Sicherheitsereignisse", german);
    }

    /// <summary>A time as the English page shows it.</summary>
    private static string Shown(DateTimeOffset time) =>
        time.UtcDateTime.ToString("f", System.Globalization.CultureInfo.GetCultureInfo("en")) + " UTC";

    /// <summary>Whether a fresh sign-in as alice in a new browser succeeds with <paramref name="password"/>.</summary>
    private async Task<bool> SignsInAsync(string password)
    {
        using var browser = new Browser(Warden);
        return (await browser.SignInAsync("alice", password)).StatusCode == HttpStatusCode.Found && await browser.SignedInAsAsync() == "alice";
    }

    /// <summary>The signed-in browser authorizes the client (consenting when asked) and the client redeems the code.</summary>
    private async Task<JsonElement> TokensAsync(Browser browser, string clientId, string secret)
    {
        var pkce = Pkce.Create();
        var page = await browser.FollowAsync(AuthorizeUrl(clientId, pkce));
        if (page.StatusCode == HttpStatusCode.OK && page.RequestMessage!.RequestUri!.AbsolutePath == "/consent")
            page = await browser.DecideAsync(page, "allow");
        var (status, tokens, _) = await Warden.RedeemAsync(CallbackParameters(page)["code"], clientId, secret, pkce.Verifier);
        Assert.True(status == 200, tokens.ToString());
        return tokens;
    }
}

public sealed class MemoryAccountTests : AccountContract<MemoryServerBackend>;

public sealed class SqliteAccountTests : AccountContract<SqliteServerBackend>;

public sealed class PostgresAccountTests : AccountContract<PostgresServerBackend>;

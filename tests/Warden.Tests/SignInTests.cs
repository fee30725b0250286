using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Sessions;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>
/// The sign-in page driven like a browser without JavaScript: a cookie jar, the form's anti-forgery token, no
/// automatic redirects. Sessions live in the cache store, so with Redis two instances share them.
/// </summary>
public sealed partial class SignInTests : IDisposable
{
    private const string Password = "correct horse battery";
    private readonly TemporaryDirectory _directory = new();

    private async Task<RunningWarden> StartAsync(CacheOptions? cache = null, DatabaseOptions? database = null)
    {
        var warden = await RunningWarden.StartAsync(database ?? WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, cache,
            options => options with
            {
                Passwords = new Core.Security.PasswordHashingOptions(8_192, 1, 1),
                Sessions = options.Sessions with { MaxFailures = 3 },
                Keys = options.Keys with { EncryptionKeyFile = _directory.File("master.key") },
            });
        var users = warden.Services.GetRequiredService<IStorageBackend>().Users;
        if (await users.FindByUsernameAsync(Tenant.DefaultId, "alice") is null)
        {
            await new UserAdministration(users, warden.Services.GetRequiredService<Core.Security.PasswordHasher>(), TimeProvider.System)
                .CreateAsync(Tenant.DefaultId, "alice", Password, "alice@example.com", UserRole.Regular);
        }
        return warden;
    }

    [Fact]
    public async Task The_form_has_the_fields_and_headers_a_sign_in_page_needs()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);

        var response = await browser.GetAsync("/login");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("name=\"username\"", html);
        Assert.Contains("name=\"password\"", html);
        Assert.Contains("type=\"submit\"", html);
        Assert.NotEmpty(Browser.TokenOf(html));
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        // One script, the passkeys' own from /assets (no inline script), and a policy that allows only this server's.
        var scripts = Regex.Matches(html, "<script[^>]*>").Select(match => match.Value).ToList();
        Assert.Single(scripts);
        Assert.Matches(@"^<script src=""/assets/passkeys\.js\?v=[0-9a-f]+"" defer>$", scripts[0]);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
    }

    [Fact]
    public async Task Signing_in_sets_a_session_cookie_and_signing_out_ends_the_session_on_the_server()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);

        var response = await browser.SignInAsync("ALICE", Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith("warden_session="));
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.DoesNotContain("secure", cookie);
        Assert.Equal("alice", await browser.SignedInAsAsync());

        var sessionValue = Regex.Match(cookie, "warden_session=([^;]+)").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignOutAsync()).StatusCode);
        Assert.Null(await browser.SignedInAsAsync());

        // The old cookie value is dead on the server, not only forgotten by this browser.
        using var replay = new HttpRequestMessage(HttpMethod.Get, "/login");
        replay.Headers.Add("Cookie", "warden_session=" + sessionValue);
        var html = await (await warden.Client.SendAsync(replay)).Content.ReadAsStringAsync();
        Assert.DoesNotContain("Signed in as", html);
    }

    [Fact]
    public async Task Behind_a_proxy_with_an_https_issuer_the_session_cookie_is_secure()
    {
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, null,
            options => options with
            {
                Server = options.Server with { Issuer = "https://auth.example" },
                Passwords = new Core.Security.PasswordHashingOptions(8_192, 1, 1),
            });
        await new UserAdministration(warden.Services.GetRequiredService<IStorageBackend>().Users,
            warden.Services.GetRequiredService<Core.Security.PasswordHasher>(), TimeProvider.System)
            .CreateAsync(Tenant.DefaultId, "alice", Password, null, UserRole.Regular);
        // A cookie jar would not send the Secure anti-forgery cookie over the test's plain http, so it is carried by hand.
        using var http = LoginForm.CookielessClient(warden);
        var response = await (await LoginForm.LoadAsync(http)).PostAsync("alice", Password);

        Assert.Contains("; secure", LoginForm.SetCookie(response, SessionCookie.HostName));
    }

    [Fact]
    public async Task Wrong_passwords_and_unknown_users_get_the_same_generic_answer_and_audit_rows()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);

        var wrong = await (await browser.SignInAsync("alice", "not the password")).Content.ReadAsStringAsync();
        var unknown = await (await browser.SignInAsync("mallory", "not the password")).Content.ReadAsStringAsync();
        await browser.SignInAsync("alice", Password);

        Assert.Contains("Invalid username or password.", wrong);
        Assert.Contains("Invalid username or password.", unknown);
        Assert.Equal(Regex.Replace(wrong, "value=\"[^\"]*\"", ""), Regex.Replace(unknown, "value=\"[^\"]*\"", "").Replace("mallory", "alice"));
        await warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await warden.Services.GetRequiredService<IStorageBackend>().AuditLog
            .QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = "login" });
        Assert.Equal(2, events.Count(e => e.Outcome == "failure"));
        Assert.Single(events, e => e.Outcome == "success");
        Assert.All(events, e => Assert.DoesNotContain("not the password", e.Details));
    }

    [Fact]
    public async Task A_sign_in_upgrades_a_hash_made_with_another_cost()
    {
        await using var warden = await StartAsync();
        var users = warden.Services.GetRequiredService<IStorageBackend>().Users;
        var alice = await users.FindByUsernameAsync(Tenant.DefaultId, "alice");
        var oldHash = new Core.Security.PasswordHasher(new Core.Security.PasswordHashingOptions(8_192, 2, 1)).Hash(Password);
        await users.UpdateAsync(alice! with { PasswordHash = oldHash });
        using var browser = new Browser(warden);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("alice", Password)).StatusCode);

        var upgraded = (await users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!.PasswordHash!;
        Assert.StartsWith("$argon2id$v=19$m=8192,t=1,p=1$", upgraded);
        Assert.True(warden.Services.GetRequiredService<Core.Security.PasswordHasher>().Verify(Password, upgraded));
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);

        for (var attempt = 0; attempt < 3; attempt++)
            await browser.SignInAsync("alice", "wrong password " + attempt);
        var locked = await browser.SignInAsync("alice", Password);

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Invalid username or password.", await locked.Content.ReadAsStringAsync());
        var user = await warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice");
        Assert.True(user!.LockedUntil > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);
        await browser.GetAsync("/login");

        var response = await browser.Raw.PostAsync("/login", new FormUrlEncodedContent([new("username", "alice"), new("password", Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await browser.SignedInAsAsync());
    }

    [Fact]
    public async Task A_foreign_return_url_never_becomes_the_redirect()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);

        var response = await browser.SignInAsync("alice", Password, "/login?returnUrl=" + Uri.EscapeDataString("https://evil.example/steal"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/login", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Disabling_a_user_or_changing_the_password_ends_their_sessions()
    {
        await using var warden = await StartAsync();
        using var browser = new Browser(warden);
        await browser.SignInAsync("alice", Password);
        Assert.Equal("alice", await browser.SignedInAsAsync());

        var admin = new UserAdministration(warden.Services.GetRequiredService<IStorageBackend>().Users,
            warden.Services.GetRequiredService<Core.Security.PasswordHasher>(), TimeProvider.System);
        await admin.SetPasswordAsync(Tenant.DefaultId, "alice", "a brand new password");
        Assert.Null(await browser.SignedInAsAsync());

        await browser.SignInAsync("alice", "a brand new password");
        Assert.Equal("alice", await browser.SignedInAsAsync());
        await admin.SetActiveAsync(Tenant.DefaultId, "alice", false);
        Assert.Null(await browser.SignedInAsAsync());
        Assert.Contains("Invalid username or password.", await (await browser.SignInAsync("alice", "a brand new password")).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task With_redis_and_one_database_a_session_started_on_one_instance_is_valid_on_the_other()
    {
        var redis = await RedisServer.SharedAsync();
        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync() };
        var cache = new CacheOptions(CacheType.Redis, redis.IsolatedSettings());
        await using var first = await StartAsync(cache, database);
        await using var second = await StartAsync(cache, database);
        using var browser = new Browser(first);

        var response = await browser.SignInAsync("alice", Password);
        var cookie = Regex.Match(response.Headers.GetValues("Set-Cookie").Single(v => v.StartsWith("warden_session=")), "warden_session=([^;]+)").Groups[1].Value;

        using var onSecond = new HttpRequestMessage(HttpMethod.Get, "/login");
        onSecond.Headers.Add("Cookie", "warden_session=" + cookie);
        var html = await (await second.Client.SendAsync(onSecond)).Content.ReadAsStringAsync();
        Assert.Contains("Signed in as <strong>alice</strong>", html);
    }

    [Fact]
    public async Task A_form_rendered_by_one_instance_is_accepted_by_another_sharing_the_database()
    {
        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = _directory.File("shared.db") };
        await using var first = await StartAsync(database: database);
        await using var second = await StartAsync(database: database);
        using var browser = new Browser(first);

        var form = await (await browser.GetAsync("/login")).Content.ReadAsStringAsync();
        var antiforgeryCookie = browser.Cookies.GetCookies(first.Client.BaseAddress!).Single(cookie => cookie.Name.StartsWith(".AspNetCore.Antiforgery"));
        using var post = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([new("username", "alice"), new("password", Password), new("__RequestVerificationToken", Browser.TokenOf(form))]),
        };
        post.Headers.Add("Cookie", $"{antiforgeryCookie.Name}={antiforgeryCookie.Value}");
        var response = await second.Client.SendAsync(post);

        // The instance's own client follows the redirect with the new session cookie: the form was accepted.
        Assert.Contains("Signed in as <strong>alice</strong>", await response.Content.ReadAsStringAsync());
        var stored = await first.Services.GetRequiredService<IStorageBackend>().DataProtectionKeys.ListAsync(Tenant.DefaultId);
        Assert.NotEmpty(stored);
        Assert.All(stored, key => Assert.True(key.EncryptedXml.AsSpan().IndexOf("<key"u8) < 0, "a key ring element is stored in plaintext"));
    }

    public void Dispose() => _directory.Dispose();
}

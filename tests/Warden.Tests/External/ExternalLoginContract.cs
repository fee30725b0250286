using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.ExternalLogins;
using Warden.Core.Tenants;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.External;

/// <summary>
/// Issue #18 over HTTP (no JavaScript), on every backend: a second real Warden is the upstream OpenID Provider. Signing
/// in through it completes the application's authorization code flow at the downstream with <c>amr</c> fed; the first
/// sign-in creates a user just in time, a verified email links to the existing user where the provider allows it, a
/// provider that links from the account page only refuses until the person linked it there, and unlinking is refused
/// for the last way to sign in.
/// </summary>
public abstract class ExternalLoginContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private UpstreamPair? _pair;

    private UpstreamPair Pair => _pair!;

    public async Task InitializeAsync() => _pair = await UpstreamPair.StartAsync(await new TBackend().CreateAsync(_directory));

    public async Task DisposeAsync()
    {
        await _pair!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Signing_in_through_the_upstream_creates_the_user_just_in_time_and_completes_the_code_flow_with_amr_fed()
    {
        using var browser = new UpstreamBrowser();
        var pkce = Pkce.Create();
        var login = await browser.FollowAsync(Pair.Downstream.Issuer + AuthorizeUrl(Pair.AppClientId, pkce));
        Assert.Equal("/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        var button = ButtonOf(await login.Content.ReadAsStringAsync(), "upstream");

        var callback = UpstreamBrowser.Callback(await browser.FollowAsync(Pair.Downstream.Issuer + button, Pair.Upstream.Issuer, "ursula"));
        var (status, tokens, _) = await Pair.Downstream.RedeemAsync(callback["code"], Pair.AppClientId, Pair.AppSecret, pkce.Verifier);
        Assert.Equal(200, status);
        var idToken = await Pair.Downstream.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, Pair.AppClientId);
        Assert.Equal(["fed"], idToken.GetPayloadValue<string[]>("amr"));

        var ursula = (await Pair.DownstreamStorage.Users.FindByUsernameAsync(Tenant.DefaultId, "ursula"))!;
        Assert.Equal(ursula.Id.ToString(), idToken.Subject);
        Assert.Null(ursula.PasswordHash);
        Assert.Equal(("ursula@example.org", true), (ursula.Email, ursula.EmailVerified));
        var upstreamUrsula = (await Pair.Upstream.Services.GetRequiredService<Core.Storage.IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "ursula"))!;
        var link = Assert.Single(await Pair.DownstreamStorage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, ursula.Id));
        Assert.Equal(("upstream", upstreamUrsula.Id.ToString(), "ursula@example.org", true), (link.Provider, link.Subject, link.Email, link.EmailVerified));
        Assert.Null(link.EncryptedTokens);

        // The second sign-in finds the link: no second user.
        using var again = new UpstreamBrowser();
        var second = await again.FollowAsync(Pair.Downstream.Issuer + "/login/external/upstream?returnUrl=%2Faccount", Pair.Upstream.Issuer, "ursula");
        Assert.Equal((HttpStatusCode.OK, "/account"), (second.StatusCode, second.RequestMessage!.RequestUri!.AbsolutePath));
        Assert.Single(await Pair.DownstreamStorage.Users.ListAsync(Tenant.DefaultId), user => user.Username.StartsWith("ursula", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_verified_email_links_to_the_existing_user_only_where_the_provider_allows_it()
    {
        var alice = (await Pair.DownstreamStorage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!;
        var usersBefore = (await Pair.DownstreamStorage.Users.ListAsync(Tenant.DefaultId)).Count;

        // "upstream" creates users and does not link by email: alice's address is taken, so it refuses.
        using (var refused = new UpstreamBrowser())
        {
            var page = await refused.FollowAsync(Pair.Downstream.Issuer + "/login/external/upstream", Pair.Upstream.Issuer, "alice");
            await AssertFailurePageAsync(page, "An account with this email address exists already");
        }

        using var browser = new UpstreamBrowser();
        var account = await browser.FollowAsync(Pair.Downstream.Issuer + "/login/external/corp?returnUrl=%2Faccount", Pair.Upstream.Issuer, "alice");
        Assert.Equal((HttpStatusCode.OK, "/account"), (account.StatusCode, account.RequestMessage!.RequestUri!.AbsolutePath));
        Assert.Contains("Signed in as alice.", await account.Content.ReadAsStringAsync());
        var link = Assert.Single(await Pair.DownstreamStorage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, alice.Id));
        Assert.Equal("corp", link.Provider);
        Assert.Equal(usersBefore, (await Pair.DownstreamStorage.Users.ListAsync(Tenant.DefaultId)).Count);
    }

    [Fact]
    public async Task An_account_page_only_provider_signs_in_after_the_person_linked_it_from_the_account_page()
    {
        using (var stranger = new UpstreamBrowser())
        {
            var page = await stranger.FollowAsync(Pair.Downstream.Issuer + "/login/external/partner", Pair.Upstream.Issuer, "bob");
            await AssertFailurePageAsync(page, "This account is not linked yet");
        }
        Assert.Null(await Pair.DownstreamStorage.Users.FindByUsernameAsync(Tenant.DefaultId, "bob"));

        using var browser = new UpstreamBrowser();
        await SignInWithPasswordAsync(browser, "alice");
        var account = await browser.FollowAsync(Pair.Downstream.Issuer + "/account");
        Assert.Contains("href=\"/login/external/partner?link=1\"", await account.Content.ReadAsStringAsync());
        var linked = await browser.FollowAsync(Pair.Downstream.Issuer + "/login/external/partner?link=1", Pair.Upstream.Issuer, "bob");
        Assert.Equal("/account", linked.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await linked.Content.ReadAsStringAsync();
        Assert.Contains("The account is linked.", html);
        Assert.Matches("data-provider=\"partner\"[\\s\\S]*bob@example.org", html);

        using var later = new UpstreamBrowser();
        var signedIn = await later.FollowAsync(Pair.Downstream.Issuer + "/login/external/partner", Pair.Upstream.Issuer, "bob");
        Assert.Equal("/login", signedIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains("Signed in as <strong>alice</strong>", await signedIn.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unlinking_is_refused_for_the_last_way_to_sign_in_and_done_otherwise()
    {
        using (var ursula = new UpstreamBrowser())
        {
            var account = await ursula.FollowAsync(Pair.Downstream.Issuer + "/login/external/upstream?returnUrl=%2Faccount", Pair.Upstream.Issuer, "ursula");
            var user = (await Pair.DownstreamStorage.Users.FindByUsernameAsync(Tenant.DefaultId, "ursula"))!;
            var link = Assert.Single(await Pair.DownstreamStorage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, user.Id));
            var refused = await ursula.PostFormAsync(account.RequestMessage!.RequestUri!, await account.Content.ReadAsStringAsync(),
                [new("id", link.Id.ToString())], "Unlink");
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("This is the only way to sign in to your account.", await refused.Content.ReadAsStringAsync());
            Assert.Single(await Pair.DownstreamStorage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, user.Id));
        }

        using var browser = new UpstreamBrowser();
        await SignInWithPasswordAsync(browser, "alice");
        var linked = await browser.FollowAsync(Pair.Downstream.Issuer + "/login/external/upstream?link=1", Pair.Upstream.Issuer, "bob");
        Assert.Contains("The account is linked.", await linked.Content.ReadAsStringAsync());
        var alice = (await Pair.DownstreamStorage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!;
        var aliceLink = Assert.Single(await Pair.DownstreamStorage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, alice.Id));
        var unlinked = await browser.PostFormAsync(linked.RequestMessage!.RequestUri!, await linked.Content.ReadAsStringAsync(),
            [new("id", aliceLink.Id.ToString())], "Unlink");
        Assert.Equal(HttpStatusCode.Found, unlinked.StatusCode);
        Assert.Equal("/account?done=unlinked", unlinked.Headers.Location!.ToString());
        Assert.Empty(await Pair.DownstreamStorage.ExternalLogins.ListByUserAsync(Tenant.DefaultId, alice.Id));
    }

    private async Task SignInWithPasswordAsync(UpstreamBrowser browser, string username)
    {
        var login = await browser.GetAsync(Pair.Downstream.Issuer + "/login");
        var signedIn = await browser.PostFormAsync(login.RequestMessage!.RequestUri!, await login.Content.ReadAsStringAsync(),
            [new("username", username), new("password", Password), new("returnUrl", "/login")]);
        Assert.Equal(HttpStatusCode.Found, signedIn.StatusCode);
    }

    /// <summary>The href of the "Continue with" button of <paramref name="provider"/> on the sign-in page.</summary>
    public static string ButtonOf(string html, string provider) =>
        WebUtility.HtmlDecode(Regex.Match(html, $"data-provider=\"{provider}\"\\s+href=\"([^\"]+)\"").Groups[1].Value) is { Length: > 0 } href
            ? href
            : throw new Xunit.Sdk.XunitException($"no button for {provider}");

    public static async Task AssertFailurePageAsync(HttpResponseMessage page, string sentence)
    {
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.BadRequest, $"expected 400, got {(int)page.StatusCode} at {page.RequestMessage!.RequestUri}");
        Assert.Contains("Sign-in did not complete", html);
        var notice = WebUtility.HtmlDecode(Regex.Match(html, "id=\"external-error\"[^>]*>([^<]*)<").Groups[1].Value);
        Assert.True(notice.Contains(sentence, StringComparison.Ordinal), $"the page says '{notice}', expected '{sentence}'");
        Assert.Contains("id=\"back-to-sign-in\"", html);
    }
}

public sealed class MemoryExternalLoginTests : ExternalLoginContract<MemoryServerBackend>;

public sealed class SqliteExternalLoginTests : ExternalLoginContract<SqliteServerBackend>;

public sealed class PostgresExternalLoginTests : ExternalLoginContract<PostgresServerBackend>;

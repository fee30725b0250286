using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// The attacks on the authorization code flow and the protocol's finer rules, on one server: open redirects, PKCE,
/// stolen and replayed codes, cross-site request forgery (sign-in forgery and lockout are in SignInTests), prompt and max_age, response modes, CORS.
/// </summary>
public sealed class AuthorizationAttackTests : IAsyncLifetime
{
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync() => _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    private async Task<(Core.Clients.Client Client, string Secret)> WebClientAsync(string name = "Photo Album", bool firstParty = false)
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient(name) with
        {
            FirstParty = firstParty,
            RedirectUris = [RedirectUri, "http://127.0.0.1/native/cb"],
        });
        return (client, secret!);
    }

    [Theory]
    [InlineData("https://evil.example/cb")]
    [InlineData("https://app.example/cb/../evil")]
    [InlineData("https://app.example/cb?extra=1")]
    [InlineData("https://APP.example/cb")]
    [InlineData("http://127.0.0.1:8000/other")]
    public async Task An_unregistered_redirect_uri_shows_the_error_page_and_never_redirects(string redirectUri)
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);

        var response = await browser.GetAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create(), redirectUri: redirectUri));

        await Refusals.AssertPageAsync(response, "invalid_request", "WARDEN-AUTHZ-0005");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("redirect_uri is not registered for this client", html);
        Assert.DoesNotContain("evil.example", html);
    }

    [Fact]
    public async Task An_unknown_client_shows_the_error_page()
    {
        var response = await Warden.Client.GetAsync(AuthorizeUrl("nobody", AuthorizationCodeFixture.Pkce.Create()));
        await Refusals.AssertPageAsync(response, "invalid_client", "WARDEN-AUTHZ-0003");
    }

    [Fact]
    public async Task A_loopback_redirect_uri_may_use_any_port()
    {
        var (client, secret) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        const string native = "http://127.0.0.1:49152/native/cb";

        var page = await browser.FollowAsync(AuthorizeUrl(client.ClientId, pkce, redirectUri: native));
        page = await browser.SignInAndFollowAsync(page);
        var callback = await browser.DecideAsync(page, "allow");

        Assert.StartsWith(native + "?code=", callback.Headers.Location!.ToString());
        var code = System.Web.HttpUtility.ParseQueryString(callback.Headers.Location!.Query)["code"]!;
        var (status, _, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier, native);
        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_wrong_PKCE_verifier_is_refused_and_does_not_burn_the_code()
    {
        var (client, secret) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];

        var (wrong, body, _) = await Warden.RedeemAsync(code, client.ClientId, secret, AuthorizationCodeFixture.Pkce.Create().Verifier);
        var (_, wrongRedirect, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier, "http://127.0.0.1/native/cb");
        Refusals.AssertJson(wrongRedirect, "invalid_grant", "WARDEN-GRANT-0004");
        var (missing, missingBody, _) = await Warden.RedeemAsync(code, client.ClientId, secret, verifier: null);
        Refusals.AssertJson(missingBody, "invalid_grant", "WARDEN-GRANT-0006");
        var (right, _, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);

        Assert.Equal(400, wrong);
        Refusals.AssertJson(body, "invalid_grant", "WARDEN-GRANT-0006");
        Assert.Equal(400, missing);
        Assert.Equal(200, right);
    }

    [Fact]
    public async Task Plain_PKCE_is_refused_unless_configured()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var verifier = AuthorizationCodeFixture.Pkce.Create().Verifier;

        var response = await browser.GetAsync(AuthorizeUrl(client.ClientId, null, extra: [("code_challenge", verifier), ("code_challenge_method", "plain")]));

        var callback = CallbackParameters(response);
        Refusals.AssertRedirect(callback, "invalid_request", "WARDEN-AUTHZ-0016");
        Assert.Contains("plain", callback["error_description"]);
        Assert.Equal("s-123", callback["state"]);
    }

    [Fact]
    public async Task A_confidential_client_without_PKCE_is_refused_by_default()
    {
        // #12: OAuth 2.1 and RFC 9700 §2.1.1: PKCE for every client, not only public ones.
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);

        var callback = CallbackParameters(await browser.GetAsync(AuthorizeUrl(client.ClientId, pkce: null)));

        Refusals.AssertRedirect(callback, "invalid_request", "WARDEN-AUTHZ-0014");
        Assert.Equal("PKCE is required: send code_challenge with code_challenge_method=S256 (RFC 7636)", callback["error_description"]);
        Assert.Equal(Warden.Issuer, callback["iss"]);
    }

    [Fact]
    public async Task With_require_pkce_public_a_confidential_client_may_omit_PKCE_and_a_public_one_may_not()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Tokens = options.Tokens with
            {
                Authorization = options.Tokens.Authorization with { PkceRequiredFor = Core.Authorization.PkceRequirement.PublicClients },
            },
        });
        var (confidential, secret) = await warden.CreateClientAsync(WebClient());
        var (spa, _) = await warden.CreateClientAsync(WebClient("SPA") with { Type = Core.Clients.ClientType.Public });
        using var browser = new Browser(warden);

        var code = (await browser.AuthorizeAsync(AuthorizeUrl(confidential.ClientId, pkce: null)))["code"];
        var (_, unexpected, _) = await warden.RedeemAsync(code, confidential.ClientId, secret, AuthorizationCodeFixture.Pkce.Create().Verifier);
        Refusals.AssertJson(unexpected, "invalid_grant", "WARDEN-GRANT-0005");
        var (status, _, _) = await warden.RedeemAsync(code, confidential.ClientId, secret, verifier: null);
        var refused = CallbackParameters(await browser.GetAsync(AuthorizeUrl(spa.ClientId, pkce: null)));

        Assert.Equal(200, status);
        Refusals.AssertRedirect(refused, "invalid_request", "WARDEN-AUTHZ-0014");
    }

    [Fact]
    public async Task A_code_presented_by_another_client_is_refused_and_stays_usable_by_its_own()
    {
        var (client, secret) = await WebClientAsync();
        var (thief, thiefSecret) = await WebClientAsync("Thief");
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];

        var (stolen, body, _) = await Warden.RedeemAsync(code, thief.ClientId, thiefSecret, pkce.Verifier);
        var (own, _, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);

        Assert.Equal(400, stolen);
        Refusals.AssertJson(body, "invalid_grant", "WARDEN-GRANT-0003");
        Assert.Equal(200, own);
    }

    [Fact]
    public async Task A_replayed_code_fails_and_revokes_the_tokens_of_the_first_redemption()
    {
        var (client, secret) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var (_, first, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        var accessToken = first.GetProperty("access_token").GetString()!;
        Assert.True((await Warden.IntrospectAsync(accessToken, client.ClientId, secret)).GetProperty("active").GetBoolean());

        var (replay, body, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);

        Assert.Equal(400, replay);
        Refusals.AssertJson(body, "invalid_grant", "WARDEN-GRANT-0003");
        Assert.False((await Warden.IntrospectAsync(accessToken, client.ClientId, secret)).GetProperty("active").GetBoolean());
        var (refresh, refreshBody, _) = await Warden.RefreshAsync(first.GetProperty("refresh_token").GetString()!, client.ClientId, secret);
        Assert.Equal(400, refresh);
        Refusals.AssertJson(refreshBody, "invalid_grant", "WARDEN-GRANT-0007");
        using var userInfo = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        userInfo.Headers.Authorization = new("Bearer", accessToken);
        var userInfoResponse = await Warden.Client.SendAsync(userInfo);
        Assert.Equal(HttpStatusCode.Unauthorized, userInfoResponse.StatusCode);
        Assert.Contains("error=\"invalid_token\"", userInfoResponse.Headers.WwwAuthenticate.ToString());
        Refusals.AssertJson(JsonDocument.Parse(await userInfoResponse.Content.ReadAsStringAsync()).RootElement, "invalid_token", "WARDEN-USERINFO-0001");
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId));
        var replayed = Assert.Single(events, audit => audit.EventType == "authorization_code_replayed" && audit.ClientId == client.ClientId);
        Assert.Equal("WARDEN-GRANT-0003", JsonDocument.Parse(replayed.Details).RootElement.GetProperty("error_id").GetString());
    }

    [Fact]
    public async Task The_consent_form_refuses_a_post_without_its_anti_forgery_token()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var page = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create())));
        Assert.Equal("/consent", page.RequestMessage!.RequestUri!.AbsolutePath);

        var forged = await browser.Raw.PostAsync(page.RequestMessage.RequestUri.PathAndQuery, new FormUrlEncodedContent([new("decision", "allow")]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(forged.Headers.Location);
        var consent = await Warden.Services.GetRequiredService<IStorageBackend>().Consents.ListForUserAsync(Tenant.DefaultId,
            (await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!.Id);
        Assert.Empty(consent);
    }

    [Fact]
    public async Task Denying_consent_returns_access_denied_with_state_and_issuer()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var page = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create())));

        var callback = CallbackParameters(await browser.DecideAsync(page, "deny"));

        Refusals.AssertRedirect(callback, "access_denied", "WARDEN-AUTHZ-0023");
        Assert.Equal("s-123", callback["state"]);
        Assert.Equal(Warden.Issuer, callback["iss"]);
        Assert.False(callback.ContainsKey("code"));
    }

    [Fact]
    public async Task Prompt_none_answers_login_required_then_consent_required_without_showing_a_page()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var silent = AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create(), extra: [("prompt", "none")]);

        Refusals.AssertRedirect(CallbackParameters(await browser.GetAsync(silent)), "login_required", "WARDEN-AUTHZ-0021");
        await browser.SignInAsync("alice", Password);
        Refusals.AssertRedirect(CallbackParameters(await browser.GetAsync(silent)), "consent_required", "WARDEN-AUTHZ-0022");
    }

    [Fact]
    public async Task A_first_party_client_skips_consent_and_prompt_login_or_max_age_zero_ask_for_the_password_again()
    {
        var (client, _) = await WebClientAsync("Warden Console", firstParty: true);
        using var browser = new Browser(Warden);
        var first = await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create()));
        Assert.True(first.ContainsKey("code"));

        foreach (var extra in new[] { ("prompt", "login"), ("max_age", "0") })
        {
            var page = await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create(), extra: [extra]));
            Assert.Equal("/login", page.RequestMessage!.RequestUri!.AbsolutePath);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("name=\"password\"", html);
            var callback = await browser.SignInAndFollowAsync(page);
            Assert.True(CallbackParameters(callback).ContainsKey("code"));
        }
    }

    [Fact]
    public async Task Prompt_consent_shows_the_page_again_and_login_hint_fills_the_username()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create()));

        var again = await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create(), extra: [("prompt", "consent")]));
        Assert.Equal("/consent", again.RequestMessage!.RequestUri!.AbsolutePath);

        using var stranger = new Browser(Warden);
        var login = await stranger.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create(), extra: [("login_hint", "alice@example.com")]));
        Assert.Contains("value=\"alice@example.com\"", await login.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Form_post_response_mode_posts_the_code_with_a_policy_that_allows_only_that_form()
    {
        var (client, secret) = await WebClientAsync("Form App", firstParty: true);
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var login = await browser.FollowAsync(AuthorizeUrl(client.ClientId, pkce, extra: [("response_mode", "form_post")]));

        var page = await browser.SignInAndFollowAsync(login);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Equal(RedirectUri, FormAction(html));
        var code = System.Text.RegularExpressions.Regex.Match(html, "name=\"code\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Contains($"name=\"iss\" value=\"{System.Net.WebUtility.HtmlEncode(Warden.Issuer)}\"", html.Replace("&#x3A;", ":").Replace("&#x2F;", "/"));
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("form-action https://app.example;", policy);
        Assert.Contains("script-src 'sha256-", policy);
        Assert.Equal(200, (await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier)).Status);
    }

    [Fact]
    public async Task Errors_after_the_redirect_uri_is_trusted_go_back_to_the_client()
    {
        var (client, _) = await WebClientAsync();
        var (machine, _) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { RedirectUris = [RedirectUri] });
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var cases = new (string Url, string Error, string Id)[]
        {
            (AuthorizeUrl(client.ClientId, pkce).Replace("response_type=code", "response_type=token"), "unsupported_response_type", "WARDEN-AUTHZ-0012"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("response_type", null!)]), "invalid_request", "WARDEN-AUTHZ-0011"),
            (AuthorizeUrl(client.ClientId, pkce, scope: "openid admin"), "invalid_scope", "WARDEN-SCOPE-0002"),
            (AuthorizeUrl(client.ClientId, pkce, scope: "open\"id"), "invalid_scope", "WARDEN-SCOPE-0001"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("prompt", "none login")]), "invalid_request", "WARDEN-AUTHZ-0019"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("prompt", "select_account")]), "invalid_request", "WARDEN-AUTHZ-0018"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("max_age", "-1")]), "invalid_request", "WARDEN-AUTHZ-0020"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("request", "eyJ.x.y")]), "request_not_supported", "WARDEN-AUTHZ-0009"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("request_uri", "https://app.example/request.jwt")]), "request_uri_not_supported",
                "WARDEN-AUTHZ-0010"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("response_mode", "fragment")]), "invalid_request", "WARDEN-AUTHZ-0007"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("login_hint", new string('a', 2049))]), "invalid_request", "WARDEN-AUTHZ-0006"),
            (AuthorizeUrl(client.ClientId, null, extra: [("code_challenge_method", "S256")]), "invalid_request", "WARDEN-AUTHZ-0013"),
            (AuthorizeUrl(client.ClientId, pkce, extra: [("code_challenge_method", "S512")]), "invalid_request", "WARDEN-AUTHZ-0015"),
            (AuthorizeUrl(client.ClientId, null, extra: [("code_challenge", "too-short"), ("code_challenge_method", "S256")]), "invalid_request",
                "WARDEN-AUTHZ-0017"),
            (AuthorizeUrl(machine.ClientId, pkce), "unauthorized_client", "WARDEN-AUTHZ-0008"),
            (AuthorizeUrl(client.ClientId, pkce) + "&scope=openid", "invalid_request", "WARDEN-REQUEST-0004"),
        };
        using var browser = new Browser(Warden);
        foreach (var (url, error, id) in cases)
        {
            var response = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.Found, response.StatusCode);
            var callback = CallbackParameters(response);
            Refusals.AssertRedirect(callback, error, id);
            Assert.Equal(Warden.Issuer, callback["iss"]);
        }
    }

    [Fact]
    public async Task Errors_before_the_redirect_uri_is_trusted_are_shown_with_their_identifier()
    {
        var (client, _) = await WebClientAsync();
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        using var browser = new Browser(Warden);

        await Refusals.AssertPageAsync(await browser.GetAsync(AuthorizeUrl(client.ClientId, pkce) + "&client_id=" + client.ClientId), "invalid_request",
            "WARDEN-AUTHZ-0001");
        await Refusals.AssertPageAsync(await browser.GetAsync(AuthorizeUrl(null!, pkce)), "invalid_request", "WARDEN-AUTHZ-0002");
        await Refusals.AssertPageAsync(await browser.GetAsync(AuthorizeUrl(client.ClientId, pkce, redirectUri: null!)), "invalid_request",
            "WARDEN-AUTHZ-0004");
    }

    [Fact]
    public async Task A_consent_decision_other_than_allow_or_deny_is_shown_as_invalid_request()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var page = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create())));

        await Refusals.AssertPageAsync(await browser.DecideAsync(page, "maybe"), "invalid_request", "WARDEN-AUTHZ-0024");
    }

    [Fact]
    public async Task A_refused_refresh_token_tells_the_client_only_that_it_is_invalid_and_the_audit_trail_why()
    {
        var (client, secret) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        var first = tokens.GetProperty("refresh_token").GetString()!;
        var (_, rotated, _) = await Warden.RefreshAsync(first, client.ClientId, secret);
        var (_, widened, _) = await Warden.PostFormAsync("/token",
            [new("grant_type", "refresh_token"), new("refresh_token", rotated.GetProperty("refresh_token").GetString()!), new("scope", "openid admin")],
            client.ClientId, secret);

        // Its successor used, the first token is reuse even within the reuse grace window.
        var (_, third, _) = await Warden.RefreshAsync(rotated.GetProperty("refresh_token").GetString()!, client.ClientId, secret);

        var (_, reused, _) = await Warden.RefreshAsync(first, client.ClientId, secret);
        var (_, revoked, _) = await Warden.RefreshAsync(third.GetProperty("refresh_token").GetString()!, client.ClientId, secret);
        var (_, unknown, _) = await Warden.RefreshAsync("made-up", client.ClientId, secret);

        Refusals.AssertJson(widened, "invalid_scope", "WARDEN-GRANT-0008");
        Assert.Equal("the refresh token is invalid, expired or revoked", reused.GetProperty("error_description").GetString());
        Assert.Equal(reused.ToString(), revoked.ToString());
        Assert.Equal(reused.ToString(), unknown.ToString());
        Refusals.AssertJson(reused, "invalid_grant", "WARDEN-GRANT-0007");
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var refusals = (await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog
                .QueryAsync(new AuditQuery(Tenant.DefaultId) { ClientId = client.ClientId, EventType = "token_refused" }))
            .Select(audit => JsonDocument.Parse(audit.Details).RootElement)
            .Select(details => (Id: details.GetProperty("error_id").GetString(), Detail: details.GetProperty("detail").GetString()))
            .ToList();
        Assert.All(refusals, refusal => Assert.Equal("WARDEN-GRANT-0007", refusal.Id));
        Assert.Equal(["already used: a replay or a race after rotation; the family is revoked", "revoked", "unknown token, or issued to another client"],
            refusals.Select(refusal => refusal.Detail).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task End_session_refuses_an_unregistered_post_logout_redirect_uri_and_asks_before_signing_out_without_a_hint()
    {
        var (client, _) = await WebClientAsync();
        using var browser = new Browser(Warden);
        await browser.SignInAsync("alice", Password);

        var evil = await browser.GetAsync($"/end_session?client_id={client.ClientId}&post_logout_redirect_uri=https%3A%2F%2Fevil.example%2F");
        await Refusals.AssertPageAsync(evil, "invalid_request", "WARDEN-LOGOUT-0003");
        await Refusals.AssertPageAsync(await browser.GetAsync("/end_session?id_token_hint=not-a-token"), "invalid_request", "WARDEN-LOGOUT-0001");
        using (var other = new Browser(Warden))
        {
            var (secretClient, secret) = await WebClientAsync("Hinted");
            var pkce = AuthorizationCodeFixture.Pkce.Create();
            var code = (await other.AuthorizeAsync(AuthorizeUrl(secretClient.ClientId, pkce)))["code"];
            var idToken = (await Warden.RedeemAsync(code, secretClient.ClientId, secret, pkce.Verifier)).Body.GetProperty("id_token").GetString()!;
            await Refusals.AssertPageAsync(await other.GetAsync($"/end_session?id_token_hint={idToken}&client_id={client.ClientId}"), "invalid_request",
                "WARDEN-LOGOUT-0002");
        }

        var confirm = await browser.GetAsync($"/end_session?client_id={client.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(PostLogoutUri)}");
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Equal("alice", await browser.SignedInAsAsync());
        var html = await confirm.Content.ReadAsStringAsync();
        var forged = await browser.Raw.PostAsync("/end_session", new FormUrlEncodedContent([new("decision", "logout")]));
        Assert.Equal(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal("alice", await browser.SignedInAsAsync());

        var confirmed = await browser.Raw.PostAsync("/end_session", new FormUrlEncodedContent([
            new("decision", "logout"), new("__RequestVerificationToken", Browser.TokenOf(html)),
            new("client_id", client.ClientId), new("post_logout_redirect_uri", PostLogoutUri),
        ]));
        Assert.Equal(HttpStatusCode.Found, confirmed.StatusCode);
        Assert.Equal(PostLogoutUri, confirmed.Headers.Location!.ToString());
        Assert.Null(await browser.SignedInAsAsync());
    }

    [Fact]
    public async Task Userinfo_requires_a_bearer_token_with_the_openid_scope()
    {
        var (machine, machineSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var machineToken = await Warden.ClientCredentialsTokenAsync(machine.ClientId, machineSecret!);

        var anonymous = await Warden.Client.GetAsync("/userinfo");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.StartsWith("Bearer", anonymous.Headers.WwwAuthenticate.ToString());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        request.Headers.Authorization = new("Bearer", machineToken);
        var withoutOpenId = await Warden.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, withoutOpenId.StatusCode);
        Assert.Contains("insufficient_scope", withoutOpenId.Headers.WwwAuthenticate.ToString());
        Refusals.AssertJson(JsonDocument.Parse(await withoutOpenId.Content.ReadAsStringAsync()).RootElement, "insufficient_scope",
            "WARDEN-USERINFO-0002");
    }

    [Fact]
    public async Task Userinfo_refuses_the_token_of_a_user_who_was_disabled_since()
    {
        var (client, secret) = await WebClientAsync();
        var storage = Warden.Services.GetRequiredService<IStorageBackend>();
        var bob = await new UserAdministration(storage.Users, Warden.Services.GetRequiredService<Core.Security.PasswordHasher>(), TimeProvider.System)
            .CreateAsync(Tenant.DefaultId, "bob", Password, "bob@example.com", UserRole.Regular);
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var consent = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(client.ClientId, pkce)), "bob");
        var code = CallbackParameters(await browser.DecideAsync(consent, "allow"))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        await storage.Users.UpdateAsync(bob with { IsActive = false });

        using var request = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        request.Headers.Authorization = new("Bearer", tokens.GetProperty("access_token").GetString());
        var response = await Warden.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Refusals.AssertJson(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, "invalid_token", "WARDEN-USERINFO-0003");
    }

    [Fact]
    public async Task CORS_answers_registered_origins_on_token_userinfo_and_revoke_any_origin_on_metadata_and_never_on_authorize()
    {
        await WebClientAsync();

        async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string origin)
        {
            using var request = new HttpRequestMessage(method, path);
            request.Headers.Add("Origin", origin);
            if (method == HttpMethod.Options)
                request.Headers.Add("Access-Control-Request-Method", "POST");
            return await Warden.Client.SendAsync(request);
        }

        foreach (var path in new[] { "/token", "/userinfo", "/revoke" })
        {
            var preflight = await SendAsync(HttpMethod.Options, path, "https://app.example");
            Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
            Assert.Equal("https://app.example", preflight.Headers.GetValues("Access-Control-Allow-Origin").Single());
            Assert.Contains("Authorization", preflight.Headers.GetValues("Access-Control-Allow-Headers").Single());
            var stranger = await SendAsync(HttpMethod.Options, path, "https://evil.example");
            Assert.False(stranger.Headers.Contains("Access-Control-Allow-Origin"));
        }
        var metadata = await SendAsync(HttpMethod.Get, "/.well-known/openid-configuration", "https://anyone.example");
        Assert.Equal("*", metadata.Headers.GetValues("Access-Control-Allow-Origin").Single());
        var jwks = await SendAsync(HttpMethod.Get, "/.well-known/jwks.json", "https://anyone.example");
        Assert.Equal("*", jwks.Headers.GetValues("Access-Control-Allow-Origin").Single());
        foreach (var path in new[] { "/authorize", "/login", "/consent" })
            Assert.False((await SendAsync(HttpMethod.Get, path, "https://app.example")).Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Discovery_lists_the_OpenID_Connect_endpoints_and_capabilities()
    {
        var settings = Warden.Services.GetRequiredService<IStorageBackend>().Settings;
        await settings.SetAsync(new Core.Settings.Setting(Tenant.DefaultId, "op_tos_uri", "https://example.com/terms", DateTimeOffset.UtcNow));
        await settings.SetAsync(new Core.Settings.Setting(Tenant.DefaultId, "op_policy_uri", "", DateTimeOffset.UtcNow));
        using var metadata = JsonDocument.Parse(await Warden.Client.GetStringAsync("/.well-known/openid-configuration"));
        var root = metadata.RootElement;

        Assert.Equal(Warden.Issuer + "/authorize", root.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(Warden.Issuer + "/userinfo", root.GetProperty("userinfo_endpoint").GetString());
        Assert.Equal(Warden.Issuer + "/end_session", root.GetProperty("end_session_endpoint").GetString());
        Assert.Equal(Warden.Issuer + "/device_authorization", root.GetProperty("device_authorization_endpoint").GetString());
        Assert.Equal(["code"], root.GetProperty("response_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["S256"], root.GetProperty("code_challenge_methods_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.True(root.GetProperty("authorization_response_iss_parameter_supported").GetBoolean());
        Assert.Contains("offline_access", root.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("email_verified", root.GetProperty("claims_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("https://example.com/terms", root.GetProperty("op_tos_uri").GetString());
        Assert.False(root.TryGetProperty("op_policy_uri", out _));
        foreach (var endpoint in new[] { "authorization_endpoint", "userinfo_endpoint", "end_session_endpoint" })
        {
            var response = await Warden.Client.GetAsync(root.GetProperty(endpoint).GetString());
            Assert.NotEqual(HttpStatusCode.NotFound, response.StatusCode);
            Assert.NotEqual(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
    }

    [Fact]
    public async Task Only_the_refresh_token_grant_earns_a_refresh_token_and_only_openid_an_ID_token()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient("Code Only") with
        {
            GrantTypes = ["authorization_code"], FirstParty = true,
        });
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce, scope: "profile offline_access")))["code"];

        // The authorization request named redirect_uri, so the token request repeats it (RFC 6749 §4.1.3, issue 14).
        var (status, body, _) = await Warden.PostFormAsync("/token",
        [
            new("grant_type", "authorization_code"), new("code", code), new("code_verifier", pkce.Verifier),
            new("redirect_uri", AuthorizationCodeFixture.RedirectUri),
        ], client.ClientId, secret);

        Assert.Equal(200, status);
        Assert.False(body.TryGetProperty("refresh_token", out _));
        Assert.False(body.TryGetProperty("id_token", out _));
        Assert.Equal("profile offline_access", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task Revoking_a_consent_asks_again_and_ends_refresh_tokens_for_that_client()
    {
        var (client, secret) = await WebClientAsync();
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier);
        var storage = Warden.Services.GetRequiredService<IStorageBackend>();
        var alice = await storage.Users.FindByUsernameAsync(Tenant.DefaultId, "alice");

        Assert.True(await storage.Consents.RevokeAsync(Tenant.DefaultId, alice!.Id, client.ClientId));

        var (status, body, _) = await Warden.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!, client.ClientId, secret);
        Assert.Equal(400, status);
        Refusals.AssertJson(body, "invalid_grant", "WARDEN-GRANT-0007");
        var page = await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create()));
        Assert.Equal("/consent", page.RequestMessage!.RequestUri!.AbsolutePath);
    }
}

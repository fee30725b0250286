using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// The people-facing flow over real HTTP, bound once per storage backend: sign-in form, consent, code, token, ID token
/// (validated by Microsoft.IdentityModel), UserInfo, refresh rotation, logout; and the races that must have exactly
/// one winner.
/// </summary>
public abstract class AuthorizationCodeFlowContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;

    protected RunningWarden Warden => _warden!;

    public async Task InitializeAsync() => _warden = await StartAsync(await new TBackend().CreateAsync(_directory));

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_person_signs_in_consents_and_the_app_gets_tokens_userinfo_refreshes_and_logs_out()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();

        var login = await browser.FollowAsync(AuthorizeUrl(client.ClientId, pkce));
        Assert.Equal("/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        var consentPage = await browser.SignInAndFollowAsync(login);
        Assert.Equal("/consent", consentPage.RequestMessage!.RequestUri!.AbsolutePath);
        var html = await consentPage.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"client-name\">Photo Album</span>", html);
        Assert.Contains("Your email address and whether it has been verified.", html);
        Assert.Contains("<button type=\"submit\" name=\"decision\" value=\"allow\"", html);
        Assert.Contains("<button type=\"submit\" name=\"decision\" value=\"deny\"", html);
        Assert.Equal("no-store", consentPage.Headers.CacheControl?.ToString());
        Assert.Contains("form-action 'self' https://app.example", consentPage.Headers.GetValues("Content-Security-Policy").Single());

        var callback = CallbackParameters(await browser.DecideAsync(consentPage, "allow"));
        Assert.Equal("s-123", callback["state"]);
        Assert.Equal(Warden.Issuer, callback["iss"]);

        var (status, tokens, _) = await Warden.RedeemAsync(callback["code"], client.ClientId, secret, pkce.Verifier);
        Assert.Equal(200, status);
        Assert.Equal("openid profile email offline_access", tokens.GetProperty("scope").GetString());
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var idToken = await Warden.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, client.ClientId);
        var alice = await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice");
        Assert.Equal(alice!.Id.ToString(), idToken.Subject);
        Assert.Equal("n-456", idToken.GetClaim("nonce").Value);
        Assert.Equal(Core.Tokens.IdTokenWriter.AccessTokenHash(accessToken), idToken.GetClaim("at_hash").Value);
        Assert.InRange(long.Parse(idToken.GetClaim("auth_time").Value), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal("alice@example.com", idToken.GetClaim("email").Value);
        Assert.Equal("Alice Liddell", idToken.GetClaim("name").Value);
        Assert.True((await Warden.ValidateWithJwksAsync(accessToken, Warden.Issuer)).IsValid);

        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            using var request = new HttpRequestMessage(method, "/userinfo");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            var userInfo = await Warden.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
            using var claims = JsonDocument.Parse(await userInfo.Content.ReadAsStringAsync());
            Assert.Equal(alice.Id.ToString(), claims.RootElement.GetProperty("sub").GetString());
            Assert.Equal("alice", claims.RootElement.GetProperty("preferred_username").GetString());
            Assert.True(claims.RootElement.GetProperty("email_verified").GetBoolean());
            Assert.Equal("en-GB", claims.RootElement.GetProperty("locale").GetString());
        }

        var firstRefresh = tokens.GetProperty("refresh_token").GetString()!;
        var (refreshStatus, refreshed, _) = await Warden.RefreshAsync(firstRefresh, client.ClientId, secret);
        Assert.Equal(200, refreshStatus);
        var secondRefresh = refreshed.GetProperty("refresh_token").GetString()!;
        Assert.NotEqual(firstRefresh, secondRefresh);
        var refreshedIdToken = await Warden.ValidateIdTokenAsync(refreshed.GetProperty("id_token").GetString()!, client.ClientId);
        // #13: session_id gives a grant's sign-in session, the ID tokens' sid, kept through rotation.
        var sid = idToken.GetClaim("sid").Value;
        Assert.Matches("^[A-Za-z0-9_-]{22}$", sid);
        Assert.Equal(sid, refreshedIdToken.GetClaim("sid").Value);
        var hasher = Warden.Services.GetRequiredService<Core.Security.SecretHasher>();
        var stored = await Warden.Services.GetRequiredService<IStorageBackend>().RefreshTokens.FindAsync(hasher.Hash(secondRefresh));
        Assert.Equal(sid, stored!.SessionId);

        // Remembered consent: the next request goes straight back to the app.
        var again = await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create()));
        Assert.Equal(HttpStatusCode.Found, again.StatusCode);
        Assert.True(CallbackParameters(again).ContainsKey("code"));

        var logout = await browser.GetAsync("/end_session?id_token_hint=" + tokens.GetProperty("id_token").GetString()
            + "&post_logout_redirect_uri=" + Uri.EscapeDataString(PostLogoutUri) + "&state=bye-1");
        Assert.Equal(HttpStatusCode.Found, logout.StatusCode);
        Assert.Equal(PostLogoutUri + "?state=bye-1", logout.Headers.Location!.ToString());
        Assert.Null(await browser.SignedInAsAsync());
        var afterLogout = await browser.FollowAsync(AuthorizeUrl(client.ClientId, AuthorizationCodeFixture.Pkce.Create()));
        Assert.Equal("/login", afterLogout.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task After_its_signing_key_is_revoked_an_access_token_gets_401_at_userinfo_and_an_ID_token_is_no_longer_a_hint()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var consentPage = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(client.ClientId, pkce)));
        var callback = CallbackParameters(await browser.DecideAsync(consentPage, "allow"));
        var (_, tokens, _) = await Warden.RedeemAsync(callback["code"], client.ClientId, secret, pkce.Verifier);
        var accessToken = tokens.GetProperty("access_token").GetString()!;
        var idToken = tokens.GetProperty("id_token").GetString()!;
        async Task<HttpStatusCode> UserInfoAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
            return (await Warden.Client.SendAsync(request)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await UserInfoAsync());

        var kid = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(idToken).Kid;
        Assert.Equal(kid, new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(accessToken).Kid);
        var revocation = await Warden.Services.GetRequiredService<Core.Keys.SigningKeyManager>().RevokeAsync(Tenant.DefaultId, kid, replace: true);
        Assert.Equal(Core.Keys.KeyRevocationOutcome.Revoked, revocation.Outcome);

        Assert.Equal(HttpStatusCode.Unauthorized, await UserInfoAsync());
        var logout = await browser.GetAsync("/end_session?id_token_hint=" + idToken);
        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Contains("WARDEN-LOGOUT-0001", await logout.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Fifty_parallel_redemptions_of_one_code_yield_exactly_one_success_and_the_replay_revokes_its_tokens()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier)));

        var winner = Assert.Single(results, result => result.Status == 200);
        Assert.All(results.Where(result => result.Status != 200), result =>
        {
            Assert.Equal(400, result.Status);
            Refusals.AssertJson(result.Body, "invalid_grant", "WARDEN-GRANT-0003");
        });
        var introspection = await Warden.IntrospectAsync(winner.Body.GetProperty("access_token").GetString()!, client.ClientId, secret!);
        Assert.False(introspection.GetProperty("active").GetBoolean());
        var (refreshStatus, refreshBody, _) = await Warden.RefreshAsync(winner.Body.GetProperty("refresh_token").GetString()!, client.ClientId, secret);
        Assert.Equal(400, refreshStatus);
        Assert.Equal("invalid_grant", refreshBody.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_public_client_uses_PKCE_and_its_rotated_refresh_token_is_bound_to_it()
    {
        var (spa, secret) = await Warden.CreateClientAsync(WebClient("Single Page") with { Type = Core.Clients.ClientType.Public });
        Assert.Null(secret);
        var (other, _) = await Warden.CreateClientAsync(WebClient("Other App") with { Type = Core.Clients.ClientType.Public });
        using var browser = new Browser(Warden);

        var withoutPkce = await browser.FollowAsync(AuthorizeUrl(spa.ClientId, pkce: null));
        var refusal = CallbackParameters(withoutPkce);
        Refusals.AssertRedirect(refusal, "invalid_request", "WARDEN-AUTHZ-0014");
        Assert.Equal(Warden.Issuer, refusal["iss"]);

        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(spa.ClientId, pkce)))["code"];
        var (status, tokens, _) = await Warden.RedeemAsync(code, spa.ClientId, null, pkce.Verifier);
        Assert.Equal(200, status);
        var refreshToken = tokens.GetProperty("refresh_token").GetString()!;

        var (stolenStatus, stolen, _) = await Warden.RefreshAsync(refreshToken, other.ClientId, null);
        Assert.Equal(400, stolenStatus);
        Refusals.AssertJson(stolen, "invalid_grant", "WARDEN-GRANT-0007");
        var (ownStatus, own, _) = await Warden.RefreshAsync(refreshToken, spa.ClientId, null);
        Assert.Equal(200, ownStatus);
        Assert.NotEqual(refreshToken, own.GetProperty("refresh_token").GetString());

        var (foreignStatus, foreign, _) = await Warden.PostFormAsync("/revoke",
            [new("token", own.GetProperty("refresh_token").GetString()!), new("client_id", other.ClientId)]);
        Assert.Equal(400, foreignStatus);
        Refusals.AssertJson(foreign, "unauthorized_client", "WARDEN-REVOKE-0002");
        var stored = await Warden.Services.GetRequiredService<IStorageBackend>().RefreshTokens.FindAsync(
            Warden.Services.GetRequiredService<Core.Security.SecretHasher>().Hash(own.GetProperty("refresh_token").GetString()!));
        Assert.Null(stored!.RevokedAt);
        var (revokeStatus, _, _) = await Warden.PostFormAsync("/revoke",
            [new("token", own.GetProperty("refresh_token").GetString()!), new("client_id", spa.ClientId)]);
        Assert.Equal(200, revokeStatus);
        var (afterRevoke, _, _) = await Warden.RefreshAsync(own.GetProperty("refresh_token").GetString()!, spa.ClientId, null);
        Assert.Equal(400, afterRevoke);
    }
}

public sealed class MemoryAuthorizationCodeFlowTests : AuthorizationCodeFlowContract<MemoryServerBackend>;
public sealed class SqliteAuthorizationCodeFlowTests : AuthorizationCodeFlowContract<SqliteServerBackend>;
public sealed class PostgresAuthorizationCodeFlowTests : AuthorizationCodeFlowContract<PostgresServerBackend>;

using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Tenants;

/// <summary>
/// Two tenants beside the default one, as an attacker would probe them: acme below the issuer's path (/t/acme) and
/// globex at a host of its own (matched by the Host header). The same client id and username exist in every tenant,
/// each with its own secret and password. A tenant's discovery, JWKS and tokens name its own issuer; a token, code,
/// refresh token, session cookie or registration access token of one tenant is refused by another (introspection
/// answers inactive); a disabled or unknown tenant answers 404 everywhere. Once per backend.
/// </summary>
public abstract class TenantIsolationContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private const string GlobexHost = "login.globex.test";

    private readonly TemporaryDirectory _directory = new();
    private RunningWarden _warden = null!;

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(await new TBackend().CreateAsync(_directory),
            options => options with { Registration = options.Registration with { Policy = Core.Registration.RegistrationPolicy.Open } });
        var storage = _warden.Services.GetRequiredService<IStorageBackend>();
        var time = _warden.Services.GetRequiredService<TimeProvider>();
        // acme's own lifetimes, which its flows below must show.
        await storage.Tenants.CreateAsync(new Tenant("acme", "Acme", time.GetUtcNow())
        {
            Settings = new TenantSettings(IdTokenLifetime: TimeSpan.FromMinutes(10), RefreshTokenIdleLifetime: TimeSpan.FromHours(1)),
        });
        await storage.Tenants.CreateAsync(new Tenant("globex", "Globex", time.GetUtcNow()) { Addressing = TenantAddressing.Host, Host = GlobexHost });
        foreach (var tenant in new[] { "acme", "globex" })
        {
            await new ScopeAdministration(storage.Scopes, time).EnsureStandardScopesAsync(tenant);
            var alice = await new UserAdministration(storage.Users, _warden.Services.GetRequiredService<PasswordHasher>(), time)
                .CreateAsync(tenant, "alice", Password + tenant, $"alice@{tenant}.example", UserRole.Regular);
            await storage.Users.UpdateAsync(alice with { EmailVerified = true });
        }
    }

    public async Task DisposeAsync()
    {
        await _warden.DisposeAsync();
        _directory.Dispose();
    }

    private string AcmeIssuer => _warden.Issuer + "/t/acme";

    private string GlobexIssuer => "http://" + GlobexHost;

    private async Task<(string ClientId, string Secret)> ClientAsync(string tenant, ClientSpecification specification, string clientId)
    {
        var (client, secret) = await _warden.Services.GetRequiredService<ClientAdministration>().CreateAsync(tenant, specification, clientId);
        return (client.ClientId, secret?.Value ?? "");
    }

    private async Task<(int Status, JsonElement Body)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> form, string clientId,
        string secret, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = OAuthClientHelpers.Basic(clientId, secret);
        if (host is not null)
            request.Headers.Host = host;
        var response = await _warden.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? host = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (host is not null)
            request.Headers.Host = host;
        return await _warden.Client.SendAsync(request);
    }

    private async Task<JsonElement> JsonAsync(string path, string? host = null)
    {
        var response = await GetAsync(path, host);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static List<KeyValuePair<string, string>> ClientCredentials() => [new("grant_type", "client_credentials"), new("scope", "invoices.read")];

    private static async Task<bool> ActiveAsync(Func<Task<(int Status, JsonElement Body)>> introspect)
    {
        var (status, body) = await introspect();
        Assert.Equal(200, status);
        return body.GetProperty("active").GetBoolean();
    }

    [Fact]
    public async Task Each_tenant_publishes_its_own_issuer_endpoints_and_keys_at_its_path_or_host()
    {
        var acme = await JsonAsync("/t/acme/.well-known/openid-configuration");
        Assert.Equal(AcmeIssuer, acme.GetProperty("issuer").GetString());
        Assert.Equal(AcmeIssuer + "/token", acme.GetProperty("token_endpoint").GetString());
        Assert.Equal(AcmeIssuer + "/.well-known/jwks.json", acme.GetProperty("jwks_uri").GetString());
        Assert.Equal(AcmeIssuer + "/register", acme.GetProperty("registration_endpoint").GetString());
        var globex = await JsonAsync("/.well-known/openid-configuration", GlobexHost);
        Assert.Equal(GlobexIssuer, globex.GetProperty("issuer").GetString());
        Assert.Equal(GlobexIssuer + "/authorize", globex.GetProperty("authorization_endpoint").GetString());
        Assert.Equal(_warden.Issuer, (await JsonAsync("/.well-known/openid-configuration")).GetProperty("issuer").GetString());

        static IEnumerable<string> Kids(JsonElement jwks) => jwks.GetProperty("keys").EnumerateArray().Select(key => key.GetProperty("kid").GetString()!);
        var defaultKids = Kids(await JsonAsync("/.well-known/jwks.json")).ToHashSet();
        var acmeKids = Kids(await JsonAsync("/t/acme/.well-known/jwks.json")).ToHashSet();
        var globexKids = Kids(await JsonAsync("/.well-known/jwks.json", GlobexHost)).ToHashSet();
        Assert.NotEmpty(acmeKids);
        Assert.Empty(defaultKids.Intersect(acmeKids));
        Assert.Empty(globexKids.Intersect(acmeKids).Concat(globexKids.Intersect(defaultKids)));

        // The host-form tenant is not also served below the path, nor the path-form one at a made-up host.
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/t/globex/.well-known/openid-configuration")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/t/default/.well-known/openid-configuration")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/t/nobody/.well-known/openid-configuration")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/t/acme/.well-known/openid-configuration", GlobexHost)).StatusCode);
    }

    [Fact]
    public async Task A_machine_token_is_valid_only_in_its_own_tenant_though_the_client_id_is_the_same_everywhere()
    {
        var machine = OAuthClientHelpers.MachineClient();
        var (_, defaultSecret) = await ClientAsync(Tenant.DefaultId, machine, "billing");
        var (_, acmeSecret) = await ClientAsync("acme", machine, "billing");
        var (_, globexSecret) = await ClientAsync("globex", machine, "billing");

        var (status, body) = await PostAsync("/t/acme/token", ClientCredentials(), "billing", acmeSecret);
        Assert.Equal(200, status);
        var acmeToken = body.GetProperty("access_token").GetString()!;
        Assert.Equal(AcmeIssuer, new JsonWebToken(acmeToken).Issuer);
        // The secret of the same client id in another tenant authenticates nothing here.
        Assert.Equal(401, (await PostAsync("/t/acme/token", ClientCredentials(), "billing", defaultSecret)).Status);
        Assert.Equal(401, (await PostAsync("/token", ClientCredentials(), "billing", acmeSecret)).Status);
        Assert.Equal(401, (await PostAsync("/token", ClientCredentials(), "billing", acmeSecret, GlobexHost)).Status);

        List<KeyValuePair<string, string>> Introspect(string token) => [new("token", token)];
        Assert.True(await ActiveAsync(() => PostAsync("/t/acme/introspect", Introspect(acmeToken), "billing", acmeSecret)));
        Assert.False(await ActiveAsync(() => PostAsync("/introspect", Introspect(acmeToken), "billing", defaultSecret)));
        Assert.False(await ActiveAsync(() => PostAsync("/introspect", Introspect(acmeToken), "billing", globexSecret, GlobexHost)));

        var (_, globexBody) = await PostAsync("/token", ClientCredentials(), "billing", globexSecret, GlobexHost);
        var globexToken = globexBody.GetProperty("access_token").GetString()!;
        Assert.Equal(GlobexIssuer, new JsonWebToken(globexToken).Issuer);
        Assert.False(await ActiveAsync(() => PostAsync("/t/acme/introspect", Introspect(globexToken), "billing", acmeSecret)));

        // A resource server of acme validates acme's tokens with acme's JWKS and issuer, and nobody else's.
        var jwks = new JsonWebKeySet((await JsonAsync("/t/acme/.well-known/jwks.json")).GetRawText());
        var parameters = new TokenValidationParameters
        {
            ValidIssuer = AcmeIssuer, ValidateAudience = false, IssuerSigningKeys = jwks.GetSigningKeys(), ValidTypes = ["at+jwt"],
        };
        Assert.True((await new JsonWebTokenHandler().ValidateTokenAsync(acmeToken, parameters)).IsValid);
        Assert.False((await new JsonWebTokenHandler().ValidateTokenAsync(globexToken, parameters)).IsValid);
    }

    [Fact]
    public async Task A_person_signs_in_to_one_tenant_and_its_session_code_and_refresh_token_mean_nothing_in_another()
    {
        var web = WebClient();
        var (_, defaultSecret) = await ClientAsync(Tenant.DefaultId, web, "album");
        var (_, acmeSecret) = await ClientAsync("acme", web, "album");
        using var browser = new Browser(_warden);
        var pkce = Pkce.Create();

        // The code flow below /t/acme: every redirect and form of the pages stays below the tenant's path.
        var login = await browser.FollowAsync("/t/acme" + AuthorizeUrl("album", pkce));
        Assert.Equal("/t/acme/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        // alice's password of the default tenant is not her password in acme.
        var wrong = await browser.SignInAsync("alice", Password, login.RequestMessage.RequestUri.PathAndQuery);
        Assert.NotEqual(HttpStatusCode.Found, wrong.StatusCode);
        var consent = await browser.SignInAndFollowAsync(login, password: Password + "acme");
        Assert.Equal("/t/acme/consent", consent.RequestMessage!.RequestUri!.AbsolutePath);
        var callback = await browser.DecideAsync(consent, "allow");
        var parameters = CallbackParameters(callback);
        Assert.Equal(AcmeIssuer, parameters["iss"]);

        // The session is acme's: the default tenant's sign-in page sees nobody signed in.
        Assert.Equal("alice", await SignedInAsAsync(browser, "/t/acme/login"));
        Assert.Null(await SignedInAsAsync(browser, "/login"));
        var sessionCookie = browser.Cookies.GetAllCookies().Single(cookie => cookie.Name == "warden_session-acme");
        Assert.Equal("/t/acme", sessionCookie.Path);
        // Carried by hand to the default tenant under its name, the session is still nobody's there.
        using var thief = new Browser(_warden);
        thief.Cookies.Add(new Uri(_warden.Issuer), new Cookie("warden_session", sessionCookie.Value, "/"));
        Assert.Null(await SignedInAsAsync(thief, "/login"));

        // The code is redeemable only at acme, and the refresh token works only there.
        var code = parameters["code"];
        var redemption = new List<KeyValuePair<string, string>>
        {
            new("grant_type", "authorization_code"), new("code", code), new("redirect_uri", RedirectUri), new("code_verifier", pkce.Verifier),
        };
        var (defaultStatus, defaultBody) = await PostAsync("/token", redemption, "album", defaultSecret);
        Assert.Equal(400, defaultStatus);
        Assert.Equal("invalid_grant", defaultBody.GetProperty("error").GetString());
        var (status, tokens) = await PostAsync("/t/acme/token", redemption, "album", acmeSecret);
        Assert.Equal(200, status);
        var idToken = new JsonWebToken(tokens.GetProperty("id_token").GetString());
        Assert.Equal(AcmeIssuer, idToken.Issuer);
        var refresh = tokens.GetProperty("refresh_token").GetString()!;
        Assert.Equal(TimeSpan.FromMinutes(10), idToken.ValidTo - idToken.IssuedAt);
        var stored = await _warden.Services.GetRequiredService<IStorageBackend>().RefreshTokens
            .FindAsync(_warden.Services.GetRequiredService<SecretHasher>().Hash(refresh));
        Assert.Equal(TimeSpan.FromHours(1), stored!.ExpiresAt - stored.CreatedAt);
        List<KeyValuePair<string, string>> Refresh(string token) => [new("grant_type", "refresh_token"), new("refresh_token", token)];
        Assert.Equal(400, (await PostAsync("/token", Refresh(refresh), "album", defaultSecret)).Status);
        var (refreshed, rotated) = await PostAsync("/t/acme/token", Refresh(refresh), "album", acmeSecret);
        Assert.Equal(200, refreshed);
        Assert.Equal(AcmeIssuer, new JsonWebToken(rotated.GetProperty("access_token").GetString()).Issuer);

        // acme's access token reads acme's alice at acme's userinfo and is refused at the default tenant's.
        using var userInfo = new HttpRequestMessage(HttpMethod.Get, "/t/acme/userinfo");
        userInfo.Headers.Authorization = new("Bearer", rotated.GetProperty("access_token").GetString());
        var info = await _warden.Client.SendAsync(userInfo);
        Assert.Equal(HttpStatusCode.OK, info.StatusCode);
        Assert.Equal("alice@acme.example", JsonDocument.Parse(await info.Content.ReadAsStringAsync()).RootElement.GetProperty("email").GetString());
        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        elsewhere.Headers.Authorization = new("Bearer", rotated.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _warden.Client.SendAsync(elsewhere)).StatusCode);

        // The account page is acme's alice's below /t/acme; at the default tenant nobody is signed in.
        var account = await browser.GetAsync("/t/acme/account");
        Assert.Equal(HttpStatusCode.OK, account.StatusCode);
        Assert.Contains("alice@acme.example", await account.Content.ReadAsStringAsync());
        var defaultAccount = await browser.GetAsync("/account");
        Assert.Equal(HttpStatusCode.Redirect, defaultAccount.StatusCode);
        Assert.StartsWith("/login", defaultAccount.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await thief.GetAsync("/account")).StatusCode);

        // Revoking acme's refresh token at the default tenant, with the same client id and its own secret there, is the
        // RFC 7009 answer for a token it does not know (200) and ends nothing; at home it ends the token.
        var next = rotated.GetProperty("refresh_token").GetString()!;
        List<KeyValuePair<string, string>> Revoke(string token) => [new("token", token), new("token_type_hint", "refresh_token")];
        Assert.Equal(200, (await PostAsync("/revoke", Revoke(next), "album", defaultSecret)).Status);
        Assert.Equal(401, (await PostAsync("/revoke", Revoke(next), "album", acmeSecret)).Status);
        Assert.Equal(200, (await PostAsync("/t/acme/revoke", Revoke(next), "album", acmeSecret)).Status);
        Assert.Equal(400, (await PostAsync("/t/acme/token", Refresh(next), "album", acmeSecret)).Status);

        // Audit rows are the tenant's: acme's sign-ins are in acme's trail and none of them in the default tenant's.
        await _warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var auditLog = _warden.Services.GetRequiredService<IStorageBackend>().AuditLog;
        var acmeAlice = (await _warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync("acme", "alice"))!.Id.ToString();
        Assert.Contains(await auditLog.QueryAsync(new AuditQuery("acme")), row => row.EventType == "login" && row.Outcome == "success" && row.UserId == acmeAlice);
        Assert.DoesNotContain(await auditLog.QueryAsync(new AuditQuery(Tenant.DefaultId)), row => row.UserId == acmeAlice);
    }

    [Fact]
    public async Task A_revoked_access_token_is_revoked_only_by_its_own_tenant()
    {
        var machine = OAuthClientHelpers.MachineClient();
        var (_, defaultSecret) = await ClientAsync(Tenant.DefaultId, machine, "billing");
        var (_, acmeSecret) = await ClientAsync("acme", machine, "billing");
        var token = (await PostAsync("/t/acme/token", ClientCredentials(), "billing", acmeSecret)).Body.GetProperty("access_token").GetString()!;
        List<KeyValuePair<string, string>> Token() => [new("token", token)];

        Assert.Equal(200, (await PostAsync("/revoke", Token(), "billing", defaultSecret)).Status);
        Assert.True(await ActiveAsync(() => PostAsync("/t/acme/introspect", Token(), "billing", acmeSecret)));
        Assert.Equal(200, (await PostAsync("/t/acme/revoke", Token(), "billing", acmeSecret)).Status);
        Assert.False(await ActiveAsync(() => PostAsync("/t/acme/introspect", Token(), "billing", acmeSecret)));
    }

    [Fact]
    public async Task An_api_key_follows_its_tenants_policy_and_is_inactive_and_unexchangeable_in_another()
    {
        var machine = OAuthClientHelpers.MachineClient();
        var (_, defaultSecret) = await ClientAsync(Tenant.DefaultId, machine, "billing");
        var (_, acmeSecret) = await ClientAsync("acme", machine, "billing");
        var exchanger = new ClientSpecification { Name = "exchanger", GrantTypes = [Core.Protocol.OAuthNames.GrantTypes.TokenExchange], Scopes = ["profile"] };
        var (_, defaultExchangerSecret) = await ClientAsync(Tenant.DefaultId, exchanger, "exchanger");
        var (_, acmeExchangerSecret) = await ClientAsync("acme", exchanger, "exchanger");
        // acme's own API-key policy: only "profile", at most a day, or no expiry; the default tenant keeps the server's.
        var storage = _warden.Services.GetRequiredService<IStorageBackend>();
        var acme = (await storage.Tenants.FindAsync("acme"))!;
        await storage.Tenants.UpdateAsync(acme with
        {
            Settings = acme.Settings with { ApiKeyScopes = ["profile"], ApiKeyMaxLifetime = TimeSpan.FromDays(1), ApiKeyAllowNoExpiry = true },
        });
        _warden.Services.GetRequiredService<TenantDirectory>().Invalidate();
        var apiKeys = _warden.Services.GetRequiredService<Core.ApiKeys.ApiKeyService>();
        var cli = new Core.ApiKeys.ApiKeyActor(null, "cli");
        Task<Core.ApiKeys.CreatedApiKey> CreateAsync(string tenant, Core.ApiKeys.ApiKeyRequest request) =>
            apiKeys.CreateAsync(new Core.Protocol.RequestContext(tenant, null), request, cli);
        await Assert.ThrowsAsync<Core.ApiKeys.InvalidApiKeyException>(() =>
            CreateAsync("acme", new() { Name = "wide", ClientId = "billing", Scopes = ["email"] }));
        await Assert.ThrowsAsync<Core.ApiKeys.InvalidApiKeyException>(() =>
            CreateAsync("acme", new() { Name = "long", ClientId = "billing", Scopes = ["profile"], Lifetime = TimeSpan.FromDays(2) }));
        Assert.Null((await CreateAsync("acme", new() { Name = "forever", ClientId = "billing", Scopes = ["profile"], NoExpiry = true })).Key.ExpiresAt);
        await Assert.ThrowsAsync<Core.ApiKeys.InvalidApiKeyException>(() =>
            CreateAsync(Tenant.DefaultId, new() { Name = "forever", ClientId = "billing", Scopes = ["profile"], NoExpiry = true }));
        var key = await CreateAsync("acme", new() { Name = "nightly", ClientId = "billing", Scopes = ["profile"] });
        Assert.Equal(TimeSpan.FromDays(1), key.Key.ExpiresAt - key.Key.CreatedAt);
        List<KeyValuePair<string, string>> Introspect() => [new("token", key.Value)];

        Assert.True(await ActiveAsync(() => PostAsync("/t/acme/introspect", Introspect(), "billing", acmeSecret)));
        Assert.False(await ActiveAsync(() => PostAsync("/introspect", Introspect(), "billing", defaultSecret)));

        List<KeyValuePair<string, string>> Exchange() =>
        [
            new("grant_type", Core.Protocol.OAuthNames.GrantTypes.TokenExchange), new("subject_token", key.Value),
            new("subject_token_type", "urn:warden:params:oauth:token-type:api_key"),
        ];
        var (refused, body) = await PostAsync("/token", Exchange(), "exchanger", defaultExchangerSecret);
        Assert.Equal(400, refused);
        Assert.NotEqual(JsonValueKind.Undefined, body.GetProperty("error").ValueKind);
        var (exchanged, tokens) = await PostAsync("/t/acme/token", Exchange(), "exchanger", acmeExchangerSecret);
        Assert.Equal(200, exchanged);
        Assert.Equal(AcmeIssuer, new JsonWebToken(tokens.GetProperty("access_token").GetString()).Issuer);
    }

    [Fact]
    public async Task A_device_is_approved_in_its_tenant_and_its_device_code_is_unknown_elsewhere()
    {
        await ClientAsync(Tenant.DefaultId, DeviceFlowContract<MemoryServerBackend>.TvClient(), "tv");
        await ClientAsync("acme", DeviceFlowContract<MemoryServerBackend>.TvClient(), "tv");
        var (status, codes, _) = await _warden.PostFormAsync("/t/acme/device_authorization", [new("client_id", "tv"), new("scope", "openid profile")]);
        Assert.Equal(200, status);
        Assert.Equal(AcmeIssuer + "/device", codes.GetProperty("verification_uri").GetString());
        var deviceCode = codes.GetProperty("device_code").GetString()!;
        List<KeyValuePair<string, string>> Poll() =>
            [new("grant_type", DeviceAuthorizationHandler.GrantType), new("device_code", deviceCode), new("client_id", "tv")];
        var (elsewhere, refused, _) = await _warden.PostFormAsync("/token", Poll());
        Assert.Equal((400, "invalid_grant"), (elsewhere, refused.GetProperty("error").GetString()));

        using var person = new Browser(_warden);
        var login = await person.FollowAsync("/t/acme/device");
        Assert.Equal("/t/acme/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        var entry = await person.SignInAndFollowAsync(login, password: Password + "acme");
        var confirm = await DeviceFlowContract<MemoryServerBackend>.PostDeviceFormAsync(person, entry, [new("user_code", codes.GetProperty("user_code").GetString()!)],
            "/t/acme/device");
        var approved = await DeviceFlowContract<MemoryServerBackend>.PostDeviceFormAsync(person, confirm,
            [new("user_code", codes.GetProperty("user_code").GetString()!), new("decision", "allow")], "/t/acme/device");
        Assert.Contains("Your device is connected", await approved.Content.ReadAsStringAsync());

        var (polled, tokens, _) = await _warden.PostFormAsync("/t/acme/token", Poll());
        Assert.True(polled == 200, tokens.ToString());
        Assert.Equal(AcmeIssuer, new JsonWebToken(tokens.GetProperty("id_token").GetString()).Issuer);
    }

    [Fact]
    public async Task A_client_registered_in_one_tenant_is_managed_only_there()
    {
        using var register = new HttpRequestMessage(HttpMethod.Post, "/t/acme/register")
        {
            Content = new StringContent("""{"redirect_uris":["https://app.example/cb"],"client_name":"Acme app"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        var response = await _warden.Client.SendAsync(register);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var registered = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var clientUri = registered.GetProperty("registration_client_uri").GetString()!;
        Assert.StartsWith(AcmeIssuer + "/register/", clientUri);
        var accessToken = registered.GetProperty("registration_access_token").GetString()!;
        var clientId = registered.GetProperty("client_id").GetString()!;

        async Task<HttpStatusCode> ReadAsync(string path)
        {
            using var read = new HttpRequestMessage(HttpMethod.Get, path);
            read.Headers.Authorization = new("Bearer", accessToken);
            return (await _warden.Client.SendAsync(read)).StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await ReadAsync("/t/acme/register/" + clientId));
        Assert.Equal(HttpStatusCode.Unauthorized, await ReadAsync("/register/" + clientId));
        Assert.Null(await _warden.Services.GetRequiredService<IStorageBackend>().Clients.FindAsync(Tenant.DefaultId, clientId));
    }

    [Fact]
    public async Task A_disabled_tenant_answers_404_on_every_endpoint_and_page_until_enabled_again()
    {
        var (_, secret) = await ClientAsync("acme", OAuthClientHelpers.MachineClient(), "billing");
        var store = _warden.Services.GetRequiredService<IStorageBackend>().Tenants;
        var acme = (await store.FindAsync("acme"))!;
        await store.UpdateAsync(acme with { IsActive = false });
        _warden.Services.GetRequiredService<TenantDirectory>().Invalidate();

        foreach (var path in new[] { "/t/acme/.well-known/openid-configuration", "/t/acme/.well-known/jwks.json", "/t/acme/login", "/t/acme/authorize" })
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(path)).StatusCode);
        Assert.Equal(404, (await PostAsync("/t/acme/token", ClientCredentials(), "billing", secret)).Status);

        await store.UpdateAsync(acme);
        _warden.Services.GetRequiredService<TenantDirectory>().Invalidate();
        Assert.Equal(200, (await PostAsync("/t/acme/token", ClientCredentials(), "billing", secret)).Status);
    }

    private static async Task<string?> SignedInAsAsync(Browser browser, string loginPath)
    {
        var html = await (await browser.GetAsync(loginPath)).Content.ReadAsStringAsync();
        var match = System.Text.RegularExpressions.Regex.Match(html, "Signed in as <strong>([^<]+)</strong>");
        return match.Success ? match.Groups[1].Value : null;
    }
}

public sealed class MemoryTenantIsolationTests : TenantIsolationContract<MemoryServerBackend>;

public sealed class SqliteTenantIsolationTests : TenantIsolationContract<SqliteServerBackend>;

public sealed class PostgresTenantIsolationTests : TenantIsolationContract<PostgresServerBackend>;

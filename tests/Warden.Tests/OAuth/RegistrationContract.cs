using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Registration;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;
using static Warden.Tests.OAuth.RegistrationFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Dynamic client registration over real HTTP on every backend: register, read, replace and delete, then use the
/// registered clients for client_credentials and the authorization code flow.
/// </summary>
public abstract class RegistrationContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;

    protected RunningWarden Warden => _warden!;

    public async Task InitializeAsync() =>
        _warden = await StartAsync(await new TBackend().CreateAsync(_directory), options => options with
        {
            Registration = options.Registration with
            {
                Policy = RegistrationPolicy.Open, RotateAccessToken = true,
                AllowedGrantTypes = [.. RegistrationOptions.PeopleGrantTypes, "client_credentials"],
            },
        });

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_registered_machine_client_gets_tokens_and_its_registration_is_read_replaced_and_deleted()
    {
        var (status, registered, response) = await Warden.RegisterAsync("""
            {"client_name":"Billing Robot","grant_types":["client_credentials"],"token_endpoint_auth_method":"client_secret_post",
             "scope":"profile","contacts":["ops@example.com"],"client_uri":"https://billing.example","x_unknown":"ignored"}
            """);
        Assert.Equal(201, status);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var clientId = registered.GetProperty("client_id").GetString()!;
        var secret = registered.GetProperty("client_secret").GetString()!;
        var accessToken = registered.GetProperty("registration_access_token").GetString()!;
        Assert.Equal(0, registered.GetProperty("client_secret_expires_at").GetInt64());
        Assert.InRange(registered.GetProperty("client_id_issued_at").GetInt64(), DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
            DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        Assert.Equal(Warden.Issuer + "/register/" + clientId, registered.GetProperty("registration_client_uri").GetString());
        Assert.Equal("ops@example.com", registered.GetProperty("contacts")[0].GetString());
        Assert.False(registered.TryGetProperty("x_unknown", out _));

        var (tokenStatus, token, _) = await Warden.PostFormAsync("/token",
            [new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", secret)]);
        Assert.Equal(200, tokenStatus);
        Assert.Equal("profile", token.GetProperty("scope").GetString());
        var stored = await Warden.Services.GetRequiredService<IStorageBackend>().Clients.FindAsync(Tenant.DefaultId, clientId);
        Assert.Equal(ClientOrigins.Registration, stored!.Origin);
        Assert.Contains("https://billing.example", stored.RegistrationMetadata);

        var (readStatus, read, _) = await Warden.SendRegistrationAsync(HttpMethod.Get, PathOf(registered), null, accessToken);
        Assert.Equal(200, readStatus);
        Assert.Equal("Billing Robot", read.GetProperty("client_name").GetString());
        Assert.False(read.TryGetProperty("client_secret", out _));

        var (replaceStatus, replaced, _) = await Warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered), $$"""
            {"client_id":"{{clientId}}","client_secret":"{{secret}}","client_name":"Billing Robot 2","grant_types":["client_credentials"],
             "token_endpoint_auth_method":"client_secret_post"}
            """, accessToken);
        Assert.Equal(200, replaceStatus);
        Assert.Equal("Billing Robot 2", replaced.GetProperty("client_name").GetString());
        Assert.Equal("", replaced.GetProperty("scope").GetString());
        Assert.False(replaced.TryGetProperty("contacts", out _));
        var rotated = replaced.GetProperty("registration_access_token").GetString()!;
        Assert.NotEqual(accessToken, rotated);
        Assert.Equal(401, (await Warden.SendRegistrationAsync(HttpMethod.Get, PathOf(registered), null, accessToken)).Status);

        var (deleteStatus, _, _) = await Warden.SendRegistrationAsync(HttpMethod.Delete, PathOf(registered), null, rotated);
        Assert.Equal(204, deleteStatus);
        Assert.Null(await Warden.Services.GetRequiredService<IStorageBackend>().Clients.FindAsync(Tenant.DefaultId, clientId));
        Assert.Equal(401, (await Warden.SendRegistrationAsync(HttpMethod.Get, PathOf(registered), null, rotated)).Status);

        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = (await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { ClientId = clientId }))
            .Select(audit => audit.EventType).ToList();
        Assert.Contains("client_registered", events);
        Assert.Contains("client_registration_updated", events);
        Assert.Contains("client_registration_deleted", events);
    }

    [Fact]
    public async Task A_registered_public_client_runs_the_authorization_code_flow()
    {
        var (status, registered, _) = await Warden.RegisterAsync($$"""
            {"client_name":"Registered SPA","redirect_uris":["{{RedirectUri}}"],"grant_types":["authorization_code","refresh_token"],
             "response_types":["code"],"token_endpoint_auth_method":"none","scope":"openid profile offline_access"}
            """);
        Assert.Equal(201, status);
        Assert.False(registered.TryGetProperty("client_secret", out _));
        var clientId = registered.GetProperty("client_id").GetString()!;

        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var consentPage = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(clientId, pkce, scope: "openid profile offline_access")));
        Assert.Contains("Registered SPA", await consentPage.Content.ReadAsStringAsync());
        var code = CallbackParameters(await browser.DecideAsync(consentPage, "allow"))["code"];
        var (tokenStatus, tokens, _) = await Warden.RedeemAsync(code, clientId, null, pkce.Verifier);

        Assert.Equal(200, tokenStatus);
        await Warden.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, clientId);
        Assert.True(tokens.TryGetProperty("refresh_token", out _));
    }

    [Fact]
    public async Task A_client_registered_without_scope_gets_the_default_scopes_and_signs_a_user_in()
    {
        // #12: what openid-client and most relying-party libraries send: no scope (RFC 7591 §2 lets the server choose).
        var (status, registered, _) = await Warden.RegisterAsync($$"""
            {"client_name":"Plain RP","redirect_uris":["{{RedirectUri}}"],"grant_types":["authorization_code","refresh_token"]}
            """);
        Assert.Equal(201, status);
        Assert.Equal("openid profile email offline_access", registered.GetProperty("scope").GetString());
        var clientId = registered.GetProperty("client_id").GetString()!;
        var secret = registered.GetProperty("client_secret").GetString()!;

        using var browser = new Browser(Warden);
        var pkce = AuthorizationCodeFixture.Pkce.Create();
        var consentPage = await browser.SignInAndFollowAsync(await browser.FollowAsync(AuthorizeUrl(clientId, pkce, scope: "openid profile offline_access")));
        var code = CallbackParameters(await browser.DecideAsync(consentPage, "allow"))["code"];
        var (tokenStatus, tokens, _) = await Warden.RedeemAsync(code, clientId, secret, pkce.Verifier);
        Assert.Equal(200, tokenStatus);
        Assert.Equal("openid profile offline_access", tokens.GetProperty("scope").GetString());
        var idToken = await Warden.ValidateIdTokenAsync(tokens.GetProperty("id_token").GetString()!, clientId);
        Assert.Equal("Alice Liddell", idToken.GetClaim("name").Value);

        var (refreshStatus, refreshed, _) = await Warden.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!, clientId, secret);
        Assert.Equal(200, refreshStatus);
        Assert.NotEqual(tokens.GetProperty("refresh_token").GetString(), refreshed.GetProperty("refresh_token").GetString());
    }

    [Fact]
    public async Task A_scope_marked_registrable_may_be_registered_and_the_consent_page_marks_the_self_registered_client()
    {
        // #14: the mark is read back from the backend; a scope without it is for operators' clients only.
        var scopes = new ScopeAdministration(Warden.Services.GetRequiredService<IStorageBackend>().Scopes, TimeProvider.System);
        await scopes.CreateAsync(Tenant.DefaultId, "photos.read", "See your photos", null, [], requiresConsent: true, registrable: true);
        await scopes.CreateAsync(Tenant.DefaultId, "photos.delete", "Delete your photos", null, [], requiresConsent: true);

        var refused = await Warden.RegisterAsync($$"""{"redirect_uris":["{{RedirectUri}}"],"scope":"openid photos.delete"}""");
        var (status, registered, _) = await Warden.RegisterAsync($$"""
            {"client_name":"Photo Printer","redirect_uris":["{{RedirectUri}}"],"scope":"openid photos.read"}
            """);

        Assert.Equal(400, refused.Status);
        Refusals.AssertJson(refused.Body, "invalid_client_metadata", "WARDEN-REG-0026");
        Assert.Equal(201, status);
        var clientId = registered.GetProperty("client_id").GetString()!;
        Assert.Equal(ClientOrigins.Registration,
            (await Warden.Services.GetRequiredService<IStorageBackend>().Clients.FindAsync(Tenant.DefaultId, clientId))!.Origin);
        using var browser = new Browser(Warden);
        var consentPage = await browser.SignInAndFollowAsync(await browser.FollowAsync(
            AuthorizeUrl(clientId, AuthorizationCodeFixture.Pkce.Create(), scope: "openid photos.read")));
        var html = await consentPage.Content.ReadAsStringAsync();
        Assert.Contains("data-scope=\"photos.read\"", html);
        Assert.Contains("registered by itself, not verified by this server", html);
    }

    [Fact]
    public async Task A_machine_client_registered_without_scope_gets_no_default_scopes()
    {
        var (status, registered, _) = await Warden.RegisterAsync("""{"grant_types":["client_credentials"]}""");

        Assert.Equal(201, status);
        Assert.Equal("", registered.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task A_wrong_or_missing_registration_access_token_gets_the_same_401_whether_or_not_the_client_exists()
    {
        var (_, registered, _) = await Warden.RegisterAsync("""{"grant_types":["client_credentials"]}""");
        var path = PathOf(registered);
        var other = await Warden.RegisterAsync("""{"grant_types":["client_credentials"]}""");
        var otherToken = other.Body.GetProperty("registration_access_token").GetString()!;

        var responses = new[]
        {
            await Warden.SendRegistrationAsync(HttpMethod.Get, path, null),
            await Warden.SendRegistrationAsync(HttpMethod.Get, path, null, "not-a-token"),
            await Warden.SendRegistrationAsync(HttpMethod.Get, path, null, otherToken),
            await Warden.SendRegistrationAsync(HttpMethod.Get, "/register/no-such-client", null, otherToken),
            await Warden.SendRegistrationAsync(HttpMethod.Delete, path, null, otherToken),
        };

        Assert.All(responses, response =>
        {
            Assert.Equal(401, response.Status);
            Assert.Equal("invalid_token", response.Body.GetProperty("error").GetString());
            Assert.StartsWith("Bearer", response.Response.Headers.WwwAuthenticate.ToString());
        });
        Assert.Single(responses.Select(response => response.Body.GetRawText()).Distinct());
        Assert.NotNull(await Warden.Services.GetRequiredService<IStorageBackend>().Clients.FindAsync(Tenant.DefaultId,
            registered.GetProperty("client_id").GetString()!));
    }

    [Fact]
    public async Task Registration_can_neither_set_nor_clear_introspect_all()
    {
        // Issue 14: introspecting every token is an operator's decision (RFC 7662 §4), never a registrant's.
        var (billing, billingSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var token = await Warden.ClientCredentialsTokenAsync(billing.ClientId, billingSecret!);
        var (_, registered, _) = await Warden.RegisterAsync("""{"grant_types":["client_credentials"],"introspect_all":true}""");
        var clientId = registered.GetProperty("client_id").GetString()!;
        var secret = registered.GetProperty("client_secret").GetString()!;
        var clients = Warden.Services.GetRequiredService<IStorageBackend>().Clients;

        Assert.False((await clients.FindAsync(Tenant.DefaultId, clientId))!.IntrospectAll);
        Assert.Equal("""{"active":false}""", (await Warden.IntrospectAsync(token, clientId, secret)).GetRawText());

        await Warden.Services.GetRequiredService<ClientAdministration>()
            .UpdateAsync(Tenant.DefaultId, clientId, current => current with { IntrospectAll = true });
        var (replaceStatus, _, _) = await Warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered), $$"""
            {"client_id":"{{clientId}}","client_secret":"{{secret}}","grant_types":["client_credentials"],"introspect_all":false}
            """, registered.GetProperty("registration_access_token").GetString());
        Assert.Equal(200, replaceStatus);
        Assert.True((await clients.FindAsync(Tenant.DefaultId, clientId))!.IntrospectAll);
    }
}

public sealed class MemoryRegistrationTests : RegistrationContract<MemoryServerBackend>;
public sealed class SqliteRegistrationTests : RegistrationContract<SqliteServerBackend>;
public sealed class PostgresRegistrationTests : RegistrationContract<PostgresServerBackend>;

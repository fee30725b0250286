using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.DependencyInjection;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Issue 16 part 6: the user-administration API (/api/users) over real HTTP, with tokens from the real token endpoint,
/// on every backend: the life of a user, what an API change does to sign-in and refresh tokens, the bearer refusals
/// (RFC 6750 §3.1), the 400/404/409 answers and the audit row naming the acting client.
/// </summary>
public abstract class UserAdministrationApiContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private const string BobPassword = "bob's long passphrase";

    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;
    private string _adminClientId = null!;
    private string _adminToken = null!;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(await new TBackend().CreateAsync(_directory));
        var (admin, secret) = await Warden.CreateClientAsync(AdminClient());
        _adminClientId = admin.ClientId;
        _adminToken = await Warden.ClientCredentialsTokenAsync(admin.ClientId, secret!, ReservedScopes.UserAdministration);
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    public static ClientSpecification AdminClient() => new()
    {
        Name = "member portal", GrantTypes = ["client_credentials"], Scopes = [ReservedScopes.UserAdministration],
    };

    [Fact]
    public async Task A_user_is_created_looked_up_changed_disabled_enabled_and_deleted()
    {
        var created = await SendAsync(HttpMethod.Post, "/api/users", """
            {"username":"bob","email":"bob@example.com","email_verified":true,"name":"Bob Builder","password":"bob's long passphrase",
             "metadata":{"locale":"en-GB","employee_number":"1042"}}
            """);
        Assert.Equal(201, created.Status);
        var id = created.Body.GetProperty("id").GetString()!;
        Assert.Equal($"/api/users/{id}", created.Response.Headers.Location!.ToString());
        Assert.Equal(("bob", "bob@example.com", true, "Bob Builder", true, true), (created.Body.GetProperty("username").GetString(),
            created.Body.GetProperty("email").GetString(), created.Body.GetProperty("email_verified").GetBoolean(),
            created.Body.GetProperty("name").GetString(), created.Body.GetProperty("active").GetBoolean(),
            created.Body.GetProperty("has_password").GetBoolean()));
        Assert.Equal("1042", created.Body.GetProperty("metadata").GetProperty("employee_number").GetString());
        Assert.DoesNotContain("argon2", created.Text);
        Assert.DoesNotContain("stamp", created.Text);
        Assert.Equal("no-store", created.Response.Headers.CacheControl!.ToString());

        var read = await SendAsync(HttpMethod.Get, $"/api/users/{id}");
        var byUsername = await SendAsync(HttpMethod.Get, "/api/users?username=BOB");
        var byEmail = await SendAsync(HttpMethod.Get, "/api/users?email=Bob%40Example.com");
        var nobody = await SendAsync(HttpMethod.Get, "/api/users?username=nobody");
        Assert.Equal(200, read.Status);
        // PostgreSQL keeps metadata as jsonb, which orders members its own way: the same object, not the same text.
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(created.Text), JsonNode.Parse(read.Text)), read.Text);
        Assert.Equal(id, Assert.Single(byUsername.Body.GetProperty("users").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(id, Assert.Single(byEmail.Body.GetProperty("users").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal((200, """{"users":[]}"""), (nobody.Status, nobody.Text));

        var changed = await SendAsync(HttpMethod.Patch, $"/api/users/{id}", """{"email":"robert@example.com","name":null,"username":"robert"}""");
        Assert.Equal(200, changed.Status);
        Assert.Equal(("robert", "robert@example.com", false), (changed.Body.GetProperty("username").GetString(),
            changed.Body.GetProperty("email").GetString(), changed.Body.GetProperty("email_verified").GetBoolean()));
        Assert.Equal(JsonValueKind.Null, changed.Body.GetProperty("name").ValueKind);
        Assert.Equal("en-GB", changed.Body.GetProperty("metadata").GetProperty("locale").GetString());

        var disabled = await SendAsync(HttpMethod.Post, $"/api/users/{id}/disable");
        Assert.Equal((200, false), (disabled.Status, disabled.Body.GetProperty("active").GetBoolean()));
        var enabled = await SendAsync(HttpMethod.Post, $"/api/users/{id}/enable");
        Assert.Equal((200, true), (enabled.Status, enabled.Body.GetProperty("active").GetBoolean()));
        var stored = await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByIdAsync(Tenant.DefaultId, Guid.Parse(id));
        Assert.Equal(("robert", true), (stored!.Username, stored.IsActive));

        var deleted = await SendAsync(HttpMethod.Delete, $"/api/users/{id}");
        Assert.Equal(204, deleted.Status);
        Assert.Equal(404, (await SendAsync(HttpMethod.Get, $"/api/users/{id}")).Status);
    }

    [Fact]
    public async Task A_password_set_through_the_API_signs_in_at_login_and_a_new_one_replaces_it()
    {
        var created = await SendAsync(HttpMethod.Post, "/api/users", $$"""{"username":"bob","password":"{{BobPassword}}"}""");
        var id = created.Body.GetProperty("id").GetString()!;
        using var first = new Browser(Warden);
        Assert.Equal(HttpStatusCode.Found, (await first.SignInAsync("bob", BobPassword)).StatusCode);

        var changed = await SendAsync(HttpMethod.Patch, $"/api/users/{id}", """{"password":"a second long passphrase"}""");

        Assert.Equal(200, changed.Status);
        Assert.Null(await first.SignedInAsAsync());
        using var second = new Browser(Warden);
        Assert.True(await LoginForm.IsRefusedPasswordAsync(await second.SignInAsync("bob", BobPassword)));
        Assert.Equal(HttpStatusCode.Found, (await second.SignInAsync("bob", "a second long passphrase")).StatusCode);
    }

    [Fact]
    public async Task A_user_disabled_through_the_API_cannot_sign_in_and_their_refresh_token_is_refused()
    {
        var (web, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(web.ClientId, pkce)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, web.ClientId, secret, pkce.Verifier);
        var alice = await LookUpAliceAsync();

        var disabled = await SendAsync(HttpMethod.Post, $"/api/users/{alice}/disable");

        Assert.Equal(200, disabled.Status);
        var (status, body, _) = await Warden.RefreshAsync(tokens.GetProperty("refresh_token").GetString()!, web.ClientId, secret);
        Assert.Equal((400, "invalid_grant"), (status, body.GetProperty("error").GetString()));
        using var again = new Browser(Warden);
        Assert.NotEqual(HttpStatusCode.Found, (await again.SignInAsync("alice", Password)).StatusCode);
        Assert.Null(await browser.SignedInAsAsync());
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_a_bare_bearer_challenge_and_a_bad_token_is_invalid_token()
    {
        var missing = await SendAsync(HttpMethod.Get, "/api/users?username=alice", token: null);
        var bad = await SendAsync(HttpMethod.Get, "/api/users?username=alice", token: "not-a-token");

        Assert.Equal(401, missing.Status);
        var challenge = missing.Response.Headers.WwwAuthenticate.ToString();
        Assert.StartsWith("Bearer realm=\"warden\"", challenge);
        Assert.DoesNotContain("error=", challenge);
        Assert.Equal(401, bad.Status);
        Assert.Contains("error=\"invalid_token\"", bad.Response.Headers.WwwAuthenticate.ToString());
        Assert.Equal("WARDEN-USERAPI-0001", bad.Body.GetProperty("error_id").GetString());
    }

    [Fact]
    public async Task A_client_without_the_scope_and_a_user_token_are_insufficient_scope()
    {
        var (billing, billingSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var billingToken = await Warden.ClientCredentialsTokenAsync(billing.ClientId, billingSecret!);
        var (web, webSecret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(web.ClientId, pkce)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, web.ClientId, webSecret, pkce.Verifier);

        var machine = await SendAsync(HttpMethod.Post, "/api/users", """{"username":"mallory"}""", billingToken);
        var person = await SendAsync(HttpMethod.Post, "/api/users", """{"username":"mallory"}""", tokens.GetProperty("access_token").GetString());

        foreach (var refused in new[] { machine, person })
        {
            Assert.Equal(403, refused.Status);
            Assert.Contains("error=\"insufficient_scope\"", refused.Response.Headers.WwwAuthenticate.ToString());
            Assert.Equal("WARDEN-USERAPI-0002", refused.Body.GetProperty("error_id").GetString());
        }
        Assert.Null(await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "mallory"));
    }

    [Fact]
    public async Task A_user_token_is_refused_even_when_it_carries_the_scope()
    {
        var (web, secret) = await Warden.CreateClientAsync(WebClient() with { Scopes = ["openid", ReservedScopes.UserAdministration] });
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(web.ClientId, pkce, scope: "openid " + ReservedScopes.UserAdministration)))["code"];
        var (_, tokens, _) = await Warden.RedeemAsync(code, web.ClientId, secret, pkce.Verifier);
        Assert.Contains(ReservedScopes.UserAdministration, tokens.GetProperty("scope").GetString());

        var refused = await SendAsync(HttpMethod.Post, "/api/users", """{"username":"mallory"}""", tokens.GetProperty("access_token").GetString());

        Assert.Equal((403, "WARDEN-USERAPI-0003"), (refused.Status, refused.Body.GetProperty("error_id").GetString()));
        Assert.Contains("error=\"insufficient_scope\"", refused.Response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_token_whose_client_lost_the_scope_is_refused_at_once()
    {
        await Warden.Services.GetRequiredService<ClientAdministration>().UpdateAsync(Tenant.DefaultId, _adminClientId,
            specification => specification with { Scopes = ["invoices.read"] });

        var refused = await SendAsync(HttpMethod.Get, "/api/users?username=alice");

        Assert.Equal(403, refused.Status);
        Assert.Equal("WARDEN-USERAPI-0002", refused.Body.GetProperty("error_id").GetString());
    }

    [Fact]
    public async Task A_taken_username_or_email_is_409_ignoring_case()
    {
        var username = await SendAsync(HttpMethod.Post, "/api/users", """{"username":"ALICE"}""");
        var email = await SendAsync(HttpMethod.Post, "/api/users", """{"username":"alice2","email":"Alice@Example.com"}""");
        var bob = await SendAsync(HttpMethod.Post, "/api/users", """{"username":"bob"}""");
        var renamed = await SendAsync(HttpMethod.Patch, $"/api/users/{bob.Body.GetProperty("id").GetString()}", """{"username":"alice"}""");

        Assert.All(new[] { username, email, renamed }, taken =>
        {
            Assert.Equal(409, taken.Status);
            Assert.Equal(("conflict", "WARDEN-USERAPI-0008"), (taken.Body.GetProperty("error").GetString(), taken.Body.GetProperty("error_id").GetString()));
        });
    }

    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "application/json", """{"username":"bob",""", "WARDEN-USERAPI-0005" },
        { "application/json", """["bob"]""", "WARDEN-USERAPI-0005" },
        { "text/plain", """{"username":"bob"}""", "WARDEN-USERAPI-0004" },
        { "application/json", """{"username":"bob","role":"admin"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","username":"bobby"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":42}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","active":"yes"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","metadata":"{}"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","metadata":{"note":["a\u0000b"]}}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","email":"bob\u0000@example.com"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","profile_picture_url":"https://img.example/\u0000.png"}""", "WARDEN-USERAPI-0006" },
        { "application/json", $$"""{"username":"{{new string('b', 101)}}"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","email":"not an address"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","password":"short"}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"username":"bob","email_verified":true}""", "WARDEN-USERAPI-0006" },
        { "application/json", """{"email":"bob@example.com"}""", "WARDEN-USERAPI-0006" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_body_that_cannot_make_a_user_is_400_with_its_error_id_and_creates_nothing(string contentType, string body, string errorId)
    {
        var refused = await SendAsync(HttpMethod.Post, "/api/users", body, contentType: contentType);

        Assert.Equal(400, refused.Status);
        Assert.Equal(("invalid_request", errorId), (refused.Body.GetProperty("error").GetString(), refused.Body.GetProperty("error_id").GetString()));
        Assert.Null(await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "bob"));
    }

    [Fact]
    public async Task A_body_over_limits_max_body_bytes_is_400()
    {
        var large = $$$"""{"username":"bob","metadata":{"x":"{{{new string('x', 70_000)}}}"}}""";

        var refused = await SendAsync(HttpMethod.Post, "/api/users", large);

        Assert.Equal((400, "WARDEN-REQUEST-0003"), (refused.Status, refused.Body.GetProperty("error_id").GetString()));
    }

    [Theory]
    [InlineData("GET", "/api/users/00000000-0000-0000-0000-000000000001")]
    [InlineData("GET", "/api/users/alice")]
    [InlineData("PATCH", "/api/users/00000000-0000-0000-0000-000000000001")]
    [InlineData("POST", "/api/users/00000000-0000-0000-0000-000000000001/disable")]
    [InlineData("DELETE", "/api/users/alice")]
    public async Task An_unknown_user_is_404_and_a_username_is_not_an_id(string method, string path)
    {
        var missing = await SendAsync(new HttpMethod(method), path, method == "PATCH" ? """{"active":false}""" : null);

        Assert.Equal((404, "WARDEN-USERAPI-0007"), (missing.Status, missing.Body.GetProperty("error_id").GetString()));
        var alice = await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice");
        Assert.True(alice!.IsActive);
    }

    [Fact]
    public async Task A_lookup_names_exactly_one_of_username_or_email()
    {
        var neither = await SendAsync(HttpMethod.Get, "/api/users");
        var both = await SendAsync(HttpMethod.Get, "/api/users?username=alice&email=alice%40example.com");

        Assert.Equal((400, "WARDEN-USERAPI-0009"), (neither.Status, neither.Body.GetProperty("error_id").GetString()));
        Assert.Equal((400, "WARDEN-USERAPI-0009"), (both.Status, both.Body.GetProperty("error_id").GetString()));
    }

    [Fact]
    public async Task Every_change_is_audited_with_the_acting_client_and_never_the_password()
    {
        var created = await SendAsync(HttpMethod.Post, "/api/users", $$"""{"username":"bob","password":"{{BobPassword}}"}""");
        var id = created.Body.GetProperty("id").GetString()!;
        await SendAsync(HttpMethod.Patch, $"/api/users/{id}", """{"email":"bob@example.com"}""");
        await SendAsync(HttpMethod.Post, $"/api/users/{id}/disable");
        await SendAsync(HttpMethod.Delete, $"/api/users/{id}");

        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { UserId = id });

        Assert.Equal(["user_created", "user_deleted", "user_disabled", "user_updated"], events.Select(e => e.EventType).Order());
        Assert.All(events, e => Assert.Equal((_adminClientId, "success"), (e.ClientId, e.Outcome)));
        var creation = events.Single(e => e.EventType == "user_created");
        Assert.Contains("\"password\"", creation.Details);
        Assert.All(events, e => Assert.DoesNotContain(BobPassword, e.Details));
    }

    [Fact]
    public async Task A_token_from_Duende_IdentityModel_administers_users()
    {
        var (admin, secret) = await Warden.CreateClientAsync(AdminClient() with { Name = "second portal" });
        var token = await Warden.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = Warden.Issuer + "/token", ClientId = admin.ClientId, ClientSecret = secret!, Scope = ReservedScopes.UserAdministration,
        });
        Assert.False(token.IsError, token.Error);
        using var http = new HttpClient { BaseAddress = Warden.Client.BaseAddress };
        http.SetBearerToken(token.AccessToken!);

        var created = await http.PostAsync("/api/users", new StringContent("""{"username":"dana"}""", Encoding.UTF8, "application/json"));
        var found = await http.GetStringAsync("/api/users?username=dana");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("\"username\":\"dana\"", found);
    }

    private async Task<string> LookUpAliceAsync()
    {
        var found = await SendAsync(HttpMethod.Get, "/api/users?username=alice");
        return Assert.Single(found.Body.GetProperty("users").EnumerateArray()).GetProperty("id").GetString()!;
    }

    private sealed record Answer(int Status, JsonElement Body, string Text, HttpResponseMessage Response);

    /// <summary>A request with the admin client's token unless another (or none: null) is given.</summary>
    private async Task<Answer> SendAsync(HttpMethod method, string path, string? json = null, string? token = "", string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Length == 0 ? _adminToken : token);
        var response = await Warden.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text, response);
    }
}

public sealed class MemoryUserAdministrationApiTests : UserAdministrationApiContract<MemoryServerBackend>;
public sealed class SqliteUserAdministrationApiTests : UserAdministrationApiContract<SqliteServerBackend>;
public sealed class PostgresUserAdministrationApiTests : UserAdministrationApiContract<PostgresServerBackend>;

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Warden.Core.ApiKeys;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Issue #19 item 5 over real HTTP on every backend: API keys at introspection (RFC 7662; active, revoked, expired on a
/// pinned clock, unknown, another owner's), exchanged at the token endpoint (RFC 8693; narrowing, widening refused,
/// revoked key, wrong token type, the issued token at introspection and userinfo), the administration API and the
/// last-use times written in batches.
/// </summary>
public abstract class ApiKeyContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;
    private ApiKeyService ApiKeys => Warden.Services.GetRequiredService<ApiKeyService>();
    private static readonly RequestContext Operator = new(Tenant.DefaultId, null);
    private static readonly ApiKeyActor Cli = new(null, "cli");

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(await new TBackend().CreateAsync(_directory), time: _time);
        foreach (var scope in new[] { "reports.read", "reports.write" })
            await new ScopeAdministration(Warden.Services.GetRequiredService<IStorageBackend>().Scopes, _time)
                .CreateAsync(Tenant.DefaultId, scope, null, null, [], requiresConsent: false);
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    private static ClientSpecification Service(string name, bool introspectAll = false) => new()
    {
        Name = name, GrantTypes = ["client_credentials"], Scopes = ["reports.read"], IntrospectAll = introspectAll,
    };

    private static ClientSpecification Exchanger => new() { Name = "exchanger", GrantTypes = [OAuthNames.GrantTypes.TokenExchange], Scopes = ["reports.read"] };

    private async Task<Core.Users.User> AliceAsync() =>
        (await Warden.Services.GetRequiredService<IStorageBackend>().Users.FindByUsernameAsync(Tenant.DefaultId, "alice"))!;

    private Task<(int Status, JsonElement Body, HttpResponseMessage Response)> ExchangeAsync(string clientId, string secret, string subjectToken,
        params (string Name, string Value)[] extra)
    {
        var form = new List<KeyValuePair<string, string>>
        {
            new("grant_type", OAuthNames.GrantTypes.TokenExchange), new("subject_token", subjectToken),
            new("subject_token_type", OAuthNames.TokenTypes.ApiKey),
        };
        foreach (var (name, value) in extra)
        {
            form.RemoveAll(pair => pair.Key == name);
            form.Add(new(name, value));
        }
        return Warden.PostFormAsync("/token", form, clientId, secret);
    }

    [Fact]
    public async Task A_key_is_active_at_introspection_for_its_owner_and_resource_servers_until_revoked()
    {
        var (owner, ownerSecret) = await Warden.CreateClientAsync(Service("owner"));
        var (other, otherSecret) = await Warden.CreateClientAsync(Service("other"));
        var (resource, resourceSecret) = await Warden.CreateClientAsync(Service("resource server", introspectAll: true));
        var created = await ApiKeys.CreateAsync(Operator, new ApiKeyRequest
        {
            Name = "nightly export", ClientId = owner.ClientId, Scopes = ["reports.read", "reports.write"], Lifetime = TimeSpan.FromDays(7),
        }, Cli);

        var active = await Warden.IntrospectAsync(created.Value, owner.ClientId, ownerSecret!);
        Assert.True(active.GetProperty("active").GetBoolean(), active.ToString());
        Assert.Equal(("api_key", owner.ClientId, owner.ClientId, "reports.read reports.write", Warden.Issuer),
            (active.GetProperty("token_type").GetString(), active.GetProperty("client_id").GetString(), active.GetProperty("sub").GetString(),
                active.GetProperty("scope").GetString(), active.GetProperty("iss").GetString()));
        Assert.Equal(created.Key.ExpiresAt!.Value.ToUnixTimeSeconds(), active.GetProperty("exp").GetInt64());
        Assert.Equal(created.Key.CreatedAt.ToUnixTimeSeconds(), active.GetProperty("iat").GetInt64());
        Assert.True((await Warden.IntrospectAsync(created.Value, resource.ClientId, resourceSecret!)).GetProperty("active").GetBoolean());

        // Another client's view, an unknown key of the right shape and a forged secret are all just inactive.
        Assert.Equal("""{"active":false}""", (await Warden.IntrospectAsync(created.Value, other.ClientId, otherSecret!)).GetRawText());
        Assert.Equal("""{"active":false}""", (await Warden.IntrospectAsync(ApiKeyFormat.Generate().Key, resource.ClientId, resourceSecret!)).GetRawText());
        Assert.Equal("""{"active":false}""", (await Warden.IntrospectAsync(created.Value[..21] + new string('x', 43), owner.ClientId, ownerSecret!))
            .GetRawText());

        await ApiKeys.RevokeAsync(Operator, created.Key.PublicId, Cli);
        Assert.Equal("""{"active":false}""", (await Warden.IntrospectAsync(created.Value, owner.ClientId, ownerSecret!)).GetRawText());
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId));
        Assert.Contains(events, row => row.EventType == "introspection_refused" && row.ClientId == other.ClientId && row.Details.Contains(created.Key.PublicId));
    }

    [Fact]
    public async Task An_expired_key_is_inactive_and_cannot_be_exchanged()
    {
        var (owner, ownerSecret) = await Warden.CreateClientAsync(Service("owner"));
        var (exchanger, exchangerSecret) = await Warden.CreateClientAsync(Exchanger);
        var created = await ApiKeys.CreateAsync(Operator, new ApiKeyRequest
        {
            Name = "short", ClientId = owner.ClientId, Scopes = ["reports.read"], Lifetime = TimeSpan.FromHours(1),
        }, Cli);
        Assert.True((await Warden.IntrospectAsync(created.Value, owner.ClientId, ownerSecret!)).GetProperty("active").GetBoolean());

        _time.Advance(TimeSpan.FromHours(1));

        Assert.Equal("""{"active":false}""", (await Warden.IntrospectAsync(created.Value, owner.ClientId, ownerSecret!)).GetRawText());
        var (status, body, _) = await ExchangeAsync(exchanger.ClientId, exchangerSecret!, created.Value);
        Assert.Equal(400, status);
        Refusals.AssertJson(body, "invalid_request", "WARDEN-APIKEY-0003");
    }

    [Fact]
    public async Task A_key_is_exchanged_for_a_short_lived_access_token_of_its_owner_within_its_scopes()
    {
        var alice = await AliceAsync();
        var (exchanger, secret) = await Warden.CreateClientAsync(Exchanger);
        var created = await ApiKeys.CreateAsync(Operator, new ApiKeyRequest
        {
            Name = "alice's sync", UserId = alice.Id, Scopes = ["openid", "reports.read", "reports.write"],
        }, Cli);

        var discovery = JsonDocument.Parse(await Warden.Client.GetStringAsync("/.well-known/openid-configuration")).RootElement;
        Assert.Contains(OAuthNames.GrantTypes.TokenExchange, discovery.GetProperty("grant_types_supported").EnumerateArray().Select(item => item.GetString()));

        var (status, body, response) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value, ("scope", "openid reports.read"),
            ("requested_token_type", OAuthNames.TokenTypes.AccessToken));
        Assert.True(status == 200, body.ToString());
        Assert.Equal(("Bearer", OAuthNames.TokenTypes.AccessToken, "openid reports.read"), (body.GetProperty("token_type").GetString(),
            body.GetProperty("issued_token_type").GetString(), body.GetProperty("scope").GetString()));
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt64());
        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
        var accessToken = body.GetProperty("access_token").GetString()!;

        var introspected = await Warden.IntrospectAsync(accessToken, exchanger.ClientId, secret!);
        Assert.Equal((true, alice.Id.ToString(), exchanger.ClientId, "openid reports.read"), (introspected.GetProperty("active").GetBoolean(),
            introspected.GetProperty("sub").GetString(), introspected.GetProperty("client_id").GetString(), introspected.GetProperty("scope").GetString()));
        using var userInfo = new HttpRequestMessage(HttpMethod.Get, "/userinfo");
        userInfo.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        var userInfoResponse = await Warden.Client.SendAsync(userInfo);
        Assert.Equal(200, (int)userInfoResponse.StatusCode);
        Assert.Equal(alice.Id.ToString(), JsonDocument.Parse(await userInfoResponse.Content.ReadAsStringAsync()).RootElement.GetProperty("sub").GetString());

        // Without scope the key's scopes are granted; wider ones are refused, and so is anything but an API key.
        var (all, allBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value);
        Assert.Equal((200, "openid reports.read reports.write"), (all, allBody.GetProperty("scope").GetString()));
        var (widened, widenedBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value, ("scope", "reports.read profile"));
        Assert.Equal(400, widened);
        Refusals.AssertJson(widenedBody, "invalid_scope", "WARDEN-APIKEY-0007");
        var (wrongType, wrongTypeBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value,
            ("subject_token_type", OAuthNames.TokenTypes.AccessToken));
        Assert.Equal(400, wrongType);
        Refusals.AssertJson(wrongTypeBody, "invalid_request", "WARDEN-APIKEY-0002");
        var (wrongRequested, wrongRequestedBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value,
            ("requested_token_type", "urn:ietf:params:oauth:token-type:refresh_token"));
        Assert.Equal(400, wrongRequested);
        Refusals.AssertJson(wrongRequestedBody, "invalid_request", "WARDEN-APIKEY-0004");
        var (audience, audienceBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value, ("audience", "billing"));
        Assert.Equal(400, audience);
        Refusals.AssertJson(audienceBody, "invalid_target", "WARDEN-APIKEY-0006");
        var (missing, missingBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, "", ("subject_token", "not a key"),
            ("subject_token_type", OAuthNames.TokenTypes.ApiKey));
        Assert.Equal(400, missing);
        Refusals.AssertJson(missingBody, "invalid_request", "WARDEN-APIKEY-0003");

        // A client not allowed the grant type is refused before the key is looked at.
        var (machine, machineSecret) = await Warden.CreateClientAsync(Service("machine"));
        var (unauthorized, unauthorizedBody, _) = await ExchangeAsync(machine.ClientId, machineSecret!, created.Value);
        Assert.Equal(400, unauthorized);
        Refusals.AssertJson(unauthorizedBody, "unauthorized_client", "WARDEN-TOKEN-0003");

        await ApiKeys.RevokeAsync(Operator, created.Key.PublicId, Cli);
        var (revoked, revokedBody, _) = await ExchangeAsync(exchanger.ClientId, secret!, created.Value);
        Assert.Equal(400, revoked);
        Refusals.AssertJson(revokedBody, "invalid_request", "WARDEN-APIKEY-0003");
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId));
        Assert.Equal(2, events.Count(row => row.EventType == "api_key_exchanged" && row.ClientId == exchanger.ClientId));
        Assert.Contains(events, row => row.EventType == "api_key_refused" && row.Details.Contains("revoked"));
    }

    [Fact]
    public async Task Uses_are_written_in_batches_not_one_write_per_use()
    {
        var (owner, ownerSecret) = await Warden.CreateClientAsync(Service("owner"));
        var created = await ApiKeys.CreateAsync(Operator, new ApiKeyRequest { Name = "busy", ClientId = owner.ClientId, Scopes = ["reports.read"] }, Cli);
        var store = Warden.Services.GetRequiredService<IStorageBackend>().ApiKeys;

        for (var use = 0; use < 5; use++)
            Assert.True((await Warden.IntrospectAsync(created.Value, owner.ClientId, ownerSecret!)).GetProperty("active").GetBoolean());
        Assert.Null((await store.FindAsync(Tenant.DefaultId, created.Key.PublicId))!.LastUsedAt);
        Assert.Equal(1, Warden.Services.GetRequiredService<ApiKeyUseRecorder>().PendingCount);

        await Warden.Services.GetRequiredService<ApiKeyUseRecorder>().FlushAsync();

        Assert.Equal(Core.Storage.StoredTime.Truncate(_time.GetUtcNow()), (await store.FindAsync(Tenant.DefaultId, created.Key.PublicId))!.LastUsedAt);
        Assert.Equal(0, Warden.Services.GetRequiredService<ApiKeyUseRecorder>().PendingCount);
    }

    [Fact]
    public async Task The_administration_api_creates_lists_shows_and_revokes_keys_for_a_client_with_the_scope()
    {
        var (admin, adminSecret) = await Warden.CreateClientAsync(new ClientSpecification
        {
            Name = "key portal", GrantTypes = ["client_credentials"], Scopes = [ReservedScopes.ApiKeyAdministration, "reports.read"],
        });
        var token = await Warden.ClientCredentialsTokenAsync(admin.ClientId, adminSecret!, ReservedScopes.ApiKeyAdministration);
        var withoutScope = await Warden.ClientCredentialsTokenAsync(admin.ClientId, adminSecret!, "reports.read");

        var created = await SendAsync(HttpMethod.Post, "/api/api-keys", token,
            """{"name":"portal key","user":"alice","scopes":["reports.read"],"expires_in":86400}""");
        Assert.True(created.Status == 201, created.Text);
        var id = created.Body.GetProperty("id").GetString()!;
        var value = created.Body.GetProperty("api_key").GetString()!;
        Assert.Equal($"/api/api-keys/{id}", created.Response.Headers.Location!.ToString());
        Assert.Equal("no-store", created.Response.Headers.CacheControl!.ToString());
        Assert.Equal((await AliceAsync()).Id.ToString(), created.Body.GetProperty("user_id").GetString());

        var listed = await SendAsync(HttpMethod.Get, "/api/api-keys", token);
        Assert.Equal(id, Assert.Single(listed.Body.GetProperty("api_keys").EnumerateArray()).GetProperty("id").GetString());
        Assert.DoesNotContain(value, listed.Text);
        var shown = await SendAsync(HttpMethod.Get, $"/api/api-keys/{id}", token);
        Assert.Equal((200, "portal key"), (shown.Status, shown.Body.GetProperty("name").GetString()));
        Assert.DoesNotContain(value[21..], shown.Text);
        var revoked = await SendAsync(HttpMethod.Post, $"/api/api-keys/{id}/revoke", token);
        Assert.Equal(200, revoked.Status);
        Assert.NotNull(revoked.Body.GetProperty("revoked_at").GetString());
        Assert.Null((await ApiKeys.CheckAsync(Tenant.DefaultId, value)).Key);

        var anonymous = await SendAsync(HttpMethod.Get, "/api/api-keys", null);
        Assert.Equal(401, anonymous.Status);
        Assert.Contains("scope=\"warden:api_keys\"", anonymous.Response.Headers.WwwAuthenticate.ToString());
        var insufficient = await SendAsync(HttpMethod.Get, "/api/api-keys", withoutScope);
        Assert.Equal(403, insufficient.Status);
        Refusals.AssertJson(insufficient.Body, "insufficient_scope", "WARDEN-KEYAPI-0002");
        var keyAsBearer = await SendAsync(HttpMethod.Get, "/api/api-keys", value);
        Refusals.AssertJson(keyAsBearer.Body, "invalid_token", "WARDEN-KEYAPI-0001");
        var invalid = await SendAsync(HttpMethod.Post, "/api/api-keys", token, """{"name":"k","user":"alice","scopes":["reports.read"],"no_expiry":true}""");
        Assert.Equal(400, invalid.Status);
        Refusals.AssertJson(invalid.Body, "invalid_request", "WARDEN-KEYAPI-0006");
        Assert.Equal("keys without expiry are not allowed", invalid.Body.GetProperty("error_description").GetString());
        var unknownField = await SendAsync(HttpMethod.Post, "/api/api-keys", token, """{"name":"k","secret":"mine","scopes":[]}""");
        Refusals.AssertJson(unknownField.Body, "invalid_request", "WARDEN-KEYAPI-0006");
        var notJson = await SendAsync(HttpMethod.Post, "/api/api-keys", token, "name=k", "application/x-www-form-urlencoded");
        Refusals.AssertJson(notJson.Body, "invalid_request", "WARDEN-KEYAPI-0004");
        var missing = await SendAsync(HttpMethod.Get, "/api/api-keys/0123456789abcdef", token);
        Assert.Equal(404, missing.Status);
        Refusals.AssertJson(missing.Body, "not_found", "WARDEN-KEYAPI-0007");

        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId));
        Assert.Contains(events, row => row.EventType == "api_key_created" && row.ClientId == admin.ClientId && JsonDocument.Parse(row.Details).RootElement.GetProperty("via").GetString() == "api");
        Assert.Contains(events, row => row.EventType == "api_key_revoked" && row.ClientId == admin.ClientId);
    }

    private sealed record Answer(int Status, JsonElement Body, string Text, HttpResponseMessage Response);

    private async Task<Answer> SendAsync(HttpMethod method, string path, string? token, string? json = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        if (token is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await Warden.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new Answer((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), text, response);
    }
}

public sealed class MemoryApiKeyTests : ApiKeyContract<MemoryServerBackend>;
public sealed class SqliteApiKeyTests : ApiKeyContract<SqliteServerBackend>;
public sealed class PostgresApiKeyTests : ApiKeyContract<PostgresServerBackend>;

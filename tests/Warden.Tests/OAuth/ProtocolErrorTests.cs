using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Clients;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// Every error the token, introspection and revocation endpoints can give (RFC 6749 §5.2, RFC 7662, RFC 7009, RFC 8707),
/// and malformed requests answered with 400, never 500.
/// </summary>
public sealed class ProtocolErrorTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;
    private Client _client = null!;
    private string _secret = "";

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _warden = await RunningWarden.StartAsync(await new MemoryServerBackend().CreateAsync(_directory));
        (_client, var secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        _secret = secret!;
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    private static async Task AssertErrorAsync(Task<(int Status, JsonElement Body, HttpResponseMessage Response)> call, int status, string error,
        string id)
    {
        var (actualStatus, body, response) = await call;
        Assert.Equal(status, actualStatus);
        Refusals.AssertJson(body, error, id);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("error_description").GetString()));
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
    }

    private Task<(int, JsonElement, HttpResponseMessage)> Token(params (string Name, string Value)[] form) =>
        Warden.PostFormAsync("/token", form.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)), _client.ClientId, _secret);

    private async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> RawAsync(string path, HttpContent content,
        AuthenticationHeaderValue? authorization = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Authorization = authorization;
        var response = await Warden.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    [Fact]
    public Task Missing_grant_type_is_invalid_request() => AssertErrorAsync(Token(("scope", "invoices.read")), 400, "invalid_request", "WARDEN-TOKEN-0001");

    [Fact]
    public Task An_unknown_grant_type_is_unsupported_grant_type() =>
        AssertErrorAsync(Token(("grant_type", "password")), 400, "unsupported_grant_type", "WARDEN-TOKEN-0002");

    [Fact]
    public async Task A_grant_the_client_may_not_use_is_unauthorized_client()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("web") with
        {
            GrantTypes = ["authorization_code"], RedirectUris = ["https://app.example/cb"],
        });

        await AssertErrorAsync(Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret), 400,
            "unauthorized_client", "WARDEN-TOKEN-0003");
    }

    [Fact]
    public async Task A_public_client_cannot_use_client_credentials()
    {
        var (client, _) = await Warden.CreateClientAsync(new ClientSpecification
        {
            Name = "spa", Type = ClientType.Public, GrantTypes = ["authorization_code"], RedirectUris = ["https://spa.example/cb"],
        });

        await AssertErrorAsync(Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("client_id", client.ClientId)]),
            400, "unauthorized_client", "WARDEN-TOKEN-0003");
    }

    [Fact]
    public async Task A_public_client_stored_with_client_credentials_is_still_refused_by_the_grant()
    {
        // Client administration never creates one; the grant refuses it anyway, should one reach the store.
        var now = DateTimeOffset.UtcNow;
        await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Storage.IStorageBackend>(Warden.Services)
            .Clients.CreateAsync(new Client
            {
                TenantId = Core.Tenants.Tenant.DefaultId, ClientId = "public-machine", Name = "public machine", Type = ClientType.Public,
                GrantTypes = ["client_credentials"], TokenEndpointAuthMethod = "none", CreatedAt = now, UpdatedAt = now,
            });

        await AssertErrorAsync(Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("client_id", "public-machine")]),
            400, "unauthorized_client", "WARDEN-GRANT-0002");
    }

    [Fact]
    public Task A_scope_outside_the_allowed_set_is_invalid_scope() =>
        AssertErrorAsync(Token(("grant_type", "client_credentials"), ("scope", "invoices.read admin")), 400, "invalid_scope", "WARDEN-SCOPE-0002");

    [Fact]
    public Task A_malformed_scope_is_invalid_scope() =>
        AssertErrorAsync(Token(("grant_type", "client_credentials"), ("scope", "invoices\"read")), 400, "invalid_scope", "WARDEN-SCOPE-0001");

    [Fact]
    public async Task A_resource_not_allowed_or_malformed_is_invalid_target()
    {
        await AssertErrorAsync(Token(("grant_type", "client_credentials"), ("resource", "https://evil.example/")), 400, "invalid_target", "WARDEN-SCOPE-0004");
        await AssertErrorAsync(Token(("grant_type", "client_credentials"), ("resource", "relative/path")), 400, "invalid_target", "WARDEN-SCOPE-0003");
        await AssertErrorAsync(Token(("grant_type", "client_credentials"), ("resource", "https://api.example/invoices#frag")), 400, "invalid_target", "WARDEN-SCOPE-0003");
    }

    [Fact]
    public async Task Several_resources_become_several_audiences()
    {
        var (status, body, _) = await Token(("grant_type", "client_credentials"), ("resource", "https://api.example/invoices"),
            ("resource", "https://api.example/reports"));

        Assert.Equal(200, status);
        var jwt = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(body.GetProperty("access_token").GetString());
        Assert.Equal(["https://api.example/invoices", "https://api.example/reports"], jwt.Audiences);
    }

    [Fact]
    public Task A_repeated_parameter_is_invalid_request() =>
        AssertErrorAsync(Token(("grant_type", "client_credentials"), ("scope", "invoices.read"), ("scope", "invoices.write")), 400, "invalid_request",
            "WARDEN-REQUEST-0004");

    [Fact]
    public async Task A_wrong_secret_with_basic_is_401_invalid_client_with_a_challenge()
    {
        var call = Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], _client.ClientId, "wrong");
        await AssertErrorAsync(call, 401, "invalid_client", "WARDEN-CLIENT-0005");
        Assert.StartsWith("Basic", (await call).Response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task An_unknown_client_and_a_wrong_secret_get_the_same_answer()
    {
        var unknown = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], "no-such-client", _secret);
        var wrong = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], _client.ClientId, "wrong");

        Assert.Equal(401, unknown.Status);
        Assert.Equal(unknown.Body.ToString(), wrong.Body.ToString());
    }

    [Fact]
    public async Task A_wrong_secret_in_the_body_is_401_without_a_basic_challenge()
    {
        var (client, _) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("post") with { TokenEndpointAuthMethod = "client_secret_post" });
        var call = Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("client_id", client.ClientId), new("client_secret", "wrong")]);

        await AssertErrorAsync(call, 401, "invalid_client", "WARDEN-CLIENT-0005");
        Assert.Empty((await call).Response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task A_known_client_using_a_method_it_may_not_use_is_told_its_registered_method()
    {
        const string jwks = """{"keys":[{"kty":"EC","crv":"P-256","x":"f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU","y":"x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0","kid":"k1"}]}""";
        var (keyClient, _) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("keys") with { TokenEndpointAuthMethod = "private_key_jwt", Jwks = jwks });
        var secretForKeyClient = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], keyClient.ClientId, "a-secret");
        var noneForSecretClient = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("client_id", _client.ClientId)]);
        var unknown = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], "no-such-client", "a-secret");

        Assert.Equal((401, "invalid_client"), (secretForKeyClient.Status, secretForKeyClient.Body.GetProperty("error").GetString()));
        Assert.Equal("client authentication failed: this client is registered for private_key_jwt, not client_secret_basic",
            secretForKeyClient.Body.GetProperty("error_description").GetString());
        Assert.Equal("WARDEN-CLIENT-0006", secretForKeyClient.Body.GetProperty("error_id").GetString());
        Assert.Equal((401, "invalid_client"), (noneForSecretClient.Status, noneForSecretClient.Body.GetProperty("error").GetString()));
        Assert.Equal("client authentication failed: this client is registered for client_secret_basic or client_secret_post, not none",
            noneForSecretClient.Body.GetProperty("error_description").GetString());
        Assert.Equal("client authentication failed", unknown.Body.GetProperty("error_description").GetString());
        Assert.Equal("WARDEN-CLIENT-0005", unknown.Body.GetProperty("error_id").GetString());
    }

    [Fact]
    public Task No_client_authentication_at_all_is_invalid_client() =>
        AssertErrorAsync(Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")]), 401, "invalid_client", "WARDEN-CLIENT-0004");

    [Fact]
    public Task Two_authentication_methods_at_once_are_invalid_request() =>
        AssertErrorAsync(Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("client_secret", _secret)], _client.ClientId, _secret),
            400, "invalid_request", "WARDEN-CLIENT-0002");

    [Theory]
    [InlineData("Basic !!!not-base64!!!")]
    [InlineData("Basic bm8tY29sb24=")]
    [InlineData("Bearer abc")]
    public async Task A_broken_authorization_header_is_401_invalid_client(string header)
    {
        var content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]);
        await AssertErrorAsync(RawAsync("/token", content, AuthenticationHeaderValue.Parse(header)), 401, "invalid_client", "WARDEN-CLIENT-0001");
    }

    [Fact]
    public async Task A_wrong_content_type_is_invalid_request()
    {
        var json = new StringContent("""{"grant_type":"client_credentials"}""", Encoding.UTF8, "application/json");
        await AssertErrorAsync(RawAsync("/token", json, OAuthClientHelpers.Basic(_client.ClientId, _secret)), 400, "invalid_request", "WARDEN-REQUEST-0001");
    }

    [Fact]
    public async Task An_oversized_body_is_invalid_request()
    {
        var content = new StringContent("grant_type=client_credentials&scope=" + new string('a', 70_000), Encoding.UTF8, "application/x-www-form-urlencoded");
        await AssertErrorAsync(RawAsync("/token", content, OAuthClientHelpers.Basic(_client.ClientId, _secret)), 400, "invalid_request", "WARDEN-REQUEST-0003");
    }

    [Fact]
    public async Task Invalid_utf8_is_invalid_request()
    {
        var content = new ByteArrayContent([.. "grant_type=client_credentials&scope="u8, 0xC3, 0x28]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        await AssertErrorAsync(RawAsync("/token", content, OAuthClientHelpers.Basic(_client.ClientId, _secret)), 400, "invalid_request", "WARDEN-REQUEST-0002");
    }

    [Fact]
    public async Task An_expired_secret_no_longer_authenticates()
    {
        var admin = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<ClientAdministration>(Warden.Services);
        await admin.RotateSecretAsync(Core.Tenants.Tenant.DefaultId, _client.ClientId, TimeSpan.Zero);

        await AssertErrorAsync(Token(("grant_type", "client_credentials")), 401, "invalid_client", "WARDEN-CLIENT-0005");
    }

    [Fact]
    public async Task Introspection_and_revocation_require_client_authentication_and_a_token()
    {
        await AssertErrorAsync(Warden.PostFormAsync("/introspect", [new("token", "x")]), 401, "invalid_client", "WARDEN-CLIENT-0004");
        await AssertErrorAsync(Warden.PostFormAsync("/revoke", [new("token", "x")]), 401, "invalid_client", "WARDEN-CLIENT-0004");
        await AssertErrorAsync(Warden.PostFormAsync("/introspect", [new("token", "x")], _client.ClientId, "wrong"), 401, "invalid_client",
            "WARDEN-CLIENT-0005");
        await AssertErrorAsync(Warden.PostFormAsync("/introspect", [], _client.ClientId, _secret), 400, "invalid_request", "WARDEN-INTROSPECT-0002");
        await AssertErrorAsync(Warden.PostFormAsync("/revoke", [], _client.ClientId, _secret), 400, "invalid_request", "WARDEN-REVOKE-0001");
        await AssertErrorAsync(Warden.PostFormAsync("/introspect", [new("token", "x"), new("token", "y")], _client.ClientId, _secret), 400,
            "invalid_request", "WARDEN-REQUEST-0004");
        var (spa, _) = await Warden.CreateClientAsync(new ClientSpecification
        {
            Name = "spa", Type = ClientType.Public, GrantTypes = ["authorization_code"], RedirectUris = ["https://spa.example/cb"],
        });
        await AssertErrorAsync(Warden.PostFormAsync("/introspect", [new("token", "x"), new("client_id", spa.ClientId)]), 401, "invalid_client",
            "WARDEN-INTROSPECT-0001");
    }

    [Fact]
    public async Task A_form_client_id_that_differs_from_the_basic_one_is_invalid_request() =>
        await AssertErrorAsync(Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("client_id", "someone-else")],
            _client.ClientId, _secret), 400, "invalid_request", "WARDEN-CLIENT-0003");

    [Fact]
    public async Task Each_broken_client_assertion_is_invalid_client_with_its_identifier()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var otherKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var (client, _) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("keys") with
        {
            TokenEndpointAuthMethod = "private_key_jwt", Jwks = PublicJwks(key),
        });
        var (unreachable, _) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("unreachable") with
        {
            TokenEndpointAuthMethod = "private_key_jwt", JwksUri = $"http://127.0.0.1:{FreePort.Next()}/jwks.json",
        });
        Task<(int, JsonElement, HttpResponseMessage)> Present(string assertion, string type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
            string? clientId = null) =>
            Warden.PostFormAsync("/token", [
                new("grant_type", "client_credentials"), new("client_assertion_type", type), new("client_assertion", assertion),
                .. clientId is null ? Array.Empty<KeyValuePair<string, string>>() : [new("client_id", clientId)],
            ]);

        await AssertErrorAsync(Present(Assertion(key, client.ClientId), type: "urn:example:other"), 401, "invalid_client", "WARDEN-CLIENT-0007");
        await AssertErrorAsync(Present("not-a-jwt"), 401, "invalid_client", "WARDEN-CLIENT-0008");
        await AssertErrorAsync(Present(Assertion(key, client.ClientId), clientId: _client.ClientId), 401, "invalid_client", "WARDEN-CLIENT-0009");
        await AssertErrorAsync(Present(Assertion(key, "no-such-client")), 401, "invalid_client", "WARDEN-CLIENT-0005");
        await AssertErrorAsync(Present(Assertion(key, _client.ClientId)), 401, "invalid_client", "WARDEN-CLIENT-0006");
        await AssertErrorAsync(Present(Assertion(key, unreachable.ClientId)), 401, "invalid_client", "WARDEN-CLIENT-0010");
        await AssertErrorAsync(Present(Assertion(otherKey, client.ClientId)), 401, "invalid_client", "WARDEN-CLIENT-0011");
        await AssertErrorAsync(Present(Assertion(key, client.ClientId, subject: "someone-else")), 401, "invalid_client", "WARDEN-CLIENT-0012");
        await AssertErrorAsync(Present(Assertion(key, client.ClientId, withJti: false)), 401, "invalid_client", "WARDEN-CLIENT-0013");
    }

    [Fact]
    public async Task Grants_on_a_presented_code_or_token_refuse_a_missing_or_unknown_one()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("web") with
        {
            GrantTypes = ["client_credentials", "authorization_code", "refresh_token"], RedirectUris = ["https://app.example/cb"],
        });
        Task<(int, JsonElement, HttpResponseMessage)> Grant(params (string Name, string Value)[] form) =>
            Warden.PostFormAsync("/token", form.Select(p => new KeyValuePair<string, string>(p.Name, p.Value)), client.ClientId, secret);

        await AssertErrorAsync(Grant(("grant_type", "authorization_code")), 400, "invalid_request", "WARDEN-GRANT-0001");
        await AssertErrorAsync(Grant(("grant_type", "authorization_code"), ("code", "made-up")), 400, "invalid_grant", "WARDEN-GRANT-0003");
        await AssertErrorAsync(Grant(("grant_type", "refresh_token")), 400, "invalid_request", "WARDEN-GRANT-0001");
        await AssertErrorAsync(Grant(("grant_type", "refresh_token"), ("refresh_token", "made-up")), 400, "invalid_grant", "WARDEN-GRANT-0007");
    }

    private static string PublicJwks(ECDsa key)
    {
        var parameters = key.ExportParameters(false);
        return JsonSerializer.Serialize(new
        {
            keys = new[]
            {
                new { kty = "EC", crv = "P-256", x = Base64Url.EncodeToString(parameters.Q.X), y = Base64Url.EncodeToString(parameters.Q.Y), kid = "k1" },
            },
        });
    }

    private string Assertion(ECDsa key, string issuer, string? subject = null, bool withJti = true)
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject ?? issuer };
        if (withJti)
            claims["jti"] = Guid.NewGuid().ToString();
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = true }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Warden.Issuer + "/token",
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(1),
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(key) { KeyId = "k1" }, SecurityAlgorithms.EcdsaSha256),
        });
    }

    [Fact]
    public async Task Get_on_protocol_endpoints_is_405()
    {
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Warden.Client.GetAsync("/token")).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await Warden.Client.GetAsync("/introspect")).StatusCode);
    }

    [Fact]
    public async Task Metadata_lists_only_what_is_supported_and_points_at_live_endpoints()
    {
        using var metadata = JsonDocument.Parse(await Warden.Client.GetStringAsync("/.well-known/oauth-authorization-server"));
        var root = metadata.RootElement;

        Assert.Equal(Warden.Issuer, root.GetProperty("issuer").GetString());
        Assert.Equal(["authorization_code", "client_credentials", "refresh_token", "urn:ietf:params:oauth:grant-type:device_code",
                "urn:ietf:params:oauth:grant-type:token-exchange"],
            root.GetProperty("grant_types_supported").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["client_secret_basic", "client_secret_post", "private_key_jwt", "none"],
            root.GetProperty("token_endpoint_auth_methods_supported").EnumerateArray().Select(e => e.GetString()));
        var jwksResponse = await Warden.Client.GetAsync(root.GetProperty("jwks_uri").GetString());
        Assert.Equal(HttpStatusCode.OK, jwksResponse.StatusCode);
        Assert.Equal("public, max-age=300", jwksResponse.Headers.CacheControl?.ToString());
        using var jwks = JsonDocument.Parse(await jwksResponse.Content.ReadAsStringAsync());
        Assert.All(jwks.RootElement.GetProperty("keys").EnumerateArray(), key =>
        {
            Assert.False(key.TryGetProperty("d", out _));
            Assert.False(key.TryGetProperty("p", out _));
        });
        Assert.Equal(root.GetRawText(), JsonDocument.Parse(await Warden.Client.GetStringAsync("/.well-known/openid-configuration")).RootElement.GetRawText());
    }
}

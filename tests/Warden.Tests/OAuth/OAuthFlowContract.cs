using System.Security.Cryptography;
using System.Text.Json;
using Duende.IdentityModel.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// The machine-to-machine flows over real HTTP, bound once per storage backend: client_credentials with every client
/// authentication method, JWT and reference tokens, introspection, revocation, key and secret rotation, audit rows.
/// </summary>
public abstract class OAuthFlowContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private RunningWarden? _warden;

    protected RunningWarden Warden => _warden!;

    /// <summary>The client key servers of these tests listen on loopback over http, which only an explicit setting allows.</summary>
    public async Task InitializeAsync() => _warden = await RunningWarden.StartAsync(await new TBackend().CreateAsync(_directory),
        configure: options => options with
        {
            Fetch = options.Fetch with { AllowHttp = true, AllowedNetworks = [System.Net.IPNetwork.Parse("127.0.0.0/8")] },
        }, time: _time);

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Client_credentials_issues_an_RFC_9068_JWT_that_validates_against_the_JWKS()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());

        var (status, body, response) = await Warden.PostFormAsync("/token",
            [new("grant_type", "client_credentials"), new("scope", "invoices.read"), new("resource", "https://api.example/invoices")],
            client.ClientId, secret);

        Assert.Equal(200, status);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Bearer", body.GetProperty("token_type").GetString());
        Assert.Equal(3600, body.GetProperty("expires_in").GetInt32());
        Assert.Equal("invoices.read", body.GetProperty("scope").GetString());

        var token = body.GetProperty("access_token").GetString()!;
        var validation = await Warden.ValidateWithJwksAsync(token, "https://api.example/invoices");
        Assert.True(validation.IsValid, validation.Exception?.Message);
        var jwt = (JsonWebToken)validation.SecurityToken;
        Assert.Equal("at+jwt", jwt.Typ);
        Assert.Equal("ES256", jwt.Alg);
        Assert.Equal(client.ClientId, jwt.Subject);
        Assert.Equal(client.ClientId, jwt.GetClaim("client_id").Value);
        Assert.Equal("invoices.read", jwt.GetClaim("scope").Value);
        Assert.False(string.IsNullOrEmpty(jwt.Id));
        Assert.Equal(TimeSpan.FromHours(1), jwt.ValidTo - jwt.IssuedAt);
    }

    [Fact]
    public async Task Duende_client_obtains_tokens_with_basic_and_with_post_credentials()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { TokenEndpointAuthMethod = "client_secret_post" });
        var (basicClient, basicSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("basic"));

        var discovery = await Warden.Client.GetDiscoveryDocumentAsync(new DiscoveryDocumentRequest
        {
            Address = Warden.Issuer, Policy = { RequireHttps = false, ValidateEndpoints = false },
        });
        Assert.False(discovery.IsError, discovery.Error);

        var post = await Warden.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = client.ClientId, ClientSecret = secret!,
            ClientCredentialStyle = ClientCredentialStyle.PostBody, Scope = "invoices.write",
        });
        var basic = await Warden.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = basicClient.ClientId, ClientSecret = basicSecret!,
            ClientCredentialStyle = ClientCredentialStyle.AuthorizationHeader,
        });

        Assert.False(post.IsError, post.Error);
        Assert.Equal("invoices.write", post.Scope);
        Assert.False(basic.IsError, basic.Error);
        Assert.Equal("invoices.read invoices.write", basic.Scope);

        // #12: a secret client accepts the secret either way, whichever secret method it registered.
        var postClientWithBasic = await Warden.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = client.ClientId, ClientSecret = secret!,
            ClientCredentialStyle = ClientCredentialStyle.AuthorizationHeader,
        });
        var basicClientWithPost = await Warden.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = basicClient.ClientId, ClientSecret = basicSecret!,
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        });
        Assert.False(postClientWithBasic.IsError, postClientWithBasic.Error);
        Assert.False(basicClientWithPost.IsError, basicClientWithPost.Error);

        var wrongSecretByPost = await Warden.Client.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest
        {
            Address = discovery.TokenEndpoint, ClientId = basicClient.ClientId, ClientSecret = "wrong",
            ClientCredentialStyle = ClientCredentialStyle.PostBody,
        });
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, wrongSecretByPost.HttpStatusCode);
        Assert.Equal("invalid_client", JsonDocument.Parse(wrongSecretByPost.Raw!).RootElement.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Private_key_jwt_authenticates_once_per_assertion()
    {
        using var clientKey = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var publicJwk = JsonWebKeyConverter.ConvertFromECDsaSecurityKey(new ECDsaSecurityKey(ECDsa.Create(clientKey.ExportParameters(false))) { KeyId = "client-key-1" });
        var jwks = JsonSerializer.Serialize(new { keys = new[] { new { publicJwk.Kty, publicJwk.Crv, publicJwk.X, publicJwk.Y, publicJwk.Kid, alg = "ES256", use = "sig" } } })
            .Replace("\"Kty\"", "\"kty\"").Replace("\"Crv\"", "\"crv\"").Replace("\"X\"", "\"x\"").Replace("\"Y\"", "\"y\"").Replace("\"Kid\"", "\"kid\"");
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { TokenEndpointAuthMethod = "private_key_jwt", Jwks = jwks });
        Assert.Null(secret);

        string Assertion(string audience, DateTime expires, string? jti = null) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = client.ClientId,
            Audience = audience,
            Claims = new Dictionary<string, object> { ["sub"] = client.ClientId, ["jti"] = jti ?? Guid.NewGuid().ToString() },
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddSeconds(-5),
            Expires = expires,
            SigningCredentials = new SigningCredentials(new ECDsaSecurityKey(clientKey) { KeyId = "client-key-1" }, SecurityAlgorithms.EcdsaSha256),
        });
        async Task<(int Status, JsonElement Body)> Request(string assertion)
        {
            var (status, body, _) = await Warden.PostFormAsync("/token", [
                new("grant_type", "client_credentials"),
                new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"),
                new("client_assertion", assertion),
            ]);
            return (status, body);
        }

        var assertion = Assertion(Warden.Issuer + "/token", DateTime.UtcNow.AddMinutes(1));
        var first = await Request(assertion);
        var replay = await Request(assertion);
        var wrongAudience = await Request(Assertion("https://elsewhere.example/token", DateTime.UtcNow.AddMinutes(1)));
        var expired = await Request(Assertion(Warden.Issuer, DateTime.UtcNow.AddMinutes(-2)));
        var issuerAudience = await Request(Assertion(Warden.Issuer, DateTime.UtcNow.AddMinutes(1)));
        var tooLong = await Request(Assertion(Warden.Issuer, DateTime.UtcNow.AddHours(2)));

        Assert.Equal(200, first.Status);
        Assert.True((await Warden.ValidateWithJwksAsync(first.Body.GetProperty("access_token").GetString()!, "https://api.example/invoices")).IsValid);
        Assert.Equal((401, "invalid_client"), (replay.Status, replay.Body.GetProperty("error").GetString()));
        Assert.Contains("replay", replay.Body.GetProperty("error_description").GetString());
        Refusals.AssertJson(replay.Body, "invalid_client", "WARDEN-CLIENT-0015");
        Assert.Equal((401, "invalid_client"), (wrongAudience.Status, wrongAudience.Body.GetProperty("error").GetString()));
        Assert.Equal("client assertion is invalid: wrong audience", wrongAudience.Body.GetProperty("error_description").GetString());
        Refusals.AssertJson(wrongAudience.Body, "invalid_client", "WARDEN-CLIENT-0011");
        Assert.Equal((401, "invalid_client"), (expired.Status, expired.Body.GetProperty("error").GetString()));
        Refusals.AssertJson(expired.Body, "invalid_client", "WARDEN-CLIENT-0011");
        Assert.Equal(200, issuerAudience.Status);
        Assert.Equal((401, "invalid_client"), (tooLong.Status, tooLong.Body.GetProperty("error").GetString()));
        Refusals.AssertJson(tooLong.Body, "invalid_client", "WARDEN-CLIENT-0014");
    }

    [Fact]
    public async Task A_JWT_is_active_until_revoked_and_revocation_is_visible_to_introspection()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        // A resource server for every token: since issue 14 others may introspect only their own tokens or their audience's.
        var (resourceServer, resourceSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("resource-server") with
        {
            IntrospectAll = true,
        });
        var token = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!, "invoices.read");

        var active = await Warden.IntrospectAsync(token, resourceServer.ClientId, resourceSecret!);
        Assert.True(active.GetProperty("active").GetBoolean());
        Assert.Equal(client.ClientId, active.GetProperty("client_id").GetString());
        Assert.Equal("invoices.read", active.GetProperty("scope").GetString());
        Assert.Equal(Warden.Issuer, active.GetProperty("iss").GetString());

        var foreignRevoke = await Warden.PostFormAsync("/revoke", [new("token", token)], resourceServer.ClientId, resourceSecret);
        Assert.Equal((400, "unauthorized_client"), (foreignRevoke.Status, foreignRevoke.Body.GetProperty("error").GetString()));
        Refusals.AssertJson(foreignRevoke.Body, "unauthorized_client", "WARDEN-REVOKE-0002");
        Assert.True((await Warden.IntrospectAsync(token, resourceServer.ClientId, resourceSecret!)).GetProperty("active").GetBoolean());

        var revoke = await Warden.PostFormAsync("/revoke", [new("token", token), new("token_type_hint", "access_token")], client.ClientId, secret);
        Assert.Equal(200, revoke.Status);
        var inactive = await Warden.IntrospectAsync(token, resourceServer.ClientId, resourceSecret!);
        Assert.False(inactive.GetProperty("active").GetBoolean());
        Assert.Single(inactive.EnumerateObject());
        Assert.True(await Warden.Services.GetRequiredService<IStorageBackend>().Revocations
            .IsRevokedAsync(Tenant.DefaultId, active.GetProperty("jti").GetString()!));
    }

    [Fact]
    public async Task Unknown_and_garbage_tokens_introspect_inactive_and_revoke_with_200()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var jwt = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
        var tampered = jwt[..^4] + (jwt[^4..] == "AAAA" ? "BBBB" : "AAAA");

        foreach (var token in new[] { "not-a-token", "a.b.c", tampered, new string('x', 5000) })
        {
            Assert.False((await Warden.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
            Assert.Equal(200, (await Warden.PostFormAsync("/revoke", [new("token", token)], client.ClientId, secret)).Status);
        }
    }

    [Fact]
    public async Task An_expired_token_introspects_inactive_in_both_formats()
    {
        var (jwtClient, jwtSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { AccessTokenLifetime = TimeSpan.FromSeconds(2) });
        var (refClient, refSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient("ref") with
        {
            AccessTokenLifetime = TimeSpan.FromSeconds(2), AccessTokenFormat = AccessTokenFormat.Reference,
        });
        var jwt = await Warden.ClientCredentialsTokenAsync(jwtClient.ClientId, jwtSecret!);
        var reference = await Warden.ClientCredentialsTokenAsync(refClient.ClientId, refSecret!);
        _time.Advance(TimeSpan.FromSeconds(2) - TimeSpan.FromMilliseconds(1));
        Assert.True((await Warden.IntrospectAsync(jwt, jwtClient.ClientId, jwtSecret!)).GetProperty("active").GetBoolean());
        Assert.True((await Warden.IntrospectAsync(reference, refClient.ClientId, refSecret!)).GetProperty("active").GetBoolean());

        _time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.False((await Warden.IntrospectAsync(jwt, jwtClient.ClientId, jwtSecret!)).GetProperty("active").GetBoolean());
        Assert.False((await Warden.IntrospectAsync(reference, refClient.ClientId, refSecret!)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task Private_key_jwt_with_a_jwks_uri_fetches_the_clients_keys()
    {
        using var clientKey = RSA.Create(2048);
        var parameters = clientKey.ExportParameters(false);
        var jwks = JsonSerializer.Serialize(new
        {
            keys = new[] { new { kty = "RSA", kid = "rsa-1", use = "sig", alg = "RS256", n = Base64UrlEncoder.Encode(parameters.Modulus), e = Base64UrlEncoder.Encode(parameters.Exponent) } },
        });
        await using var keyServer = await StaticJsonServer.StartAsync("/jwks.json", jwks);
        var (client, _) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with
        {
            TokenEndpointAuthMethod = "private_key_jwt", JwksUri = keyServer.Url + "/jwks.json",
        });
        var assertion = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = client.ClientId,
            Audience = Warden.Issuer + "/token",
            Claims = new Dictionary<string, object> { ["sub"] = client.ClientId, ["jti"] = Guid.NewGuid().ToString() },
            Expires = DateTime.UtcNow.AddMinutes(1),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(clientKey) { KeyId = "rsa-1" }, SecurityAlgorithms.RsaSha256),
        });

        var (status, body, _) = await Warden.PostFormAsync("/token", [
            new("grant_type", "client_credentials"), new("client_id", client.ClientId),
            new("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"), new("client_assertion", assertion),
        ]);

        Assert.True(status == 200, body.ToString());
    }

    [Fact]
    public async Task A_revoked_signing_key_leaves_the_JWKS_at_once_and_the_tokens_it_signed_become_inactive()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var token = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
        var kid = new JsonWebToken(token).Kid;
        // Introspected once, so the token sits in the verified-JWT cache when its key is revoked.
        Assert.True((await Warden.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
        var keys = Warden.Services.GetRequiredService<SigningKeyManager>();

        var refused = await keys.RevokeAsync(Tenant.DefaultId, kid, replace: false);
        Assert.Equal(KeyRevocationOutcome.OnlySigningKey, refused.Outcome);
        Assert.Contains(kid, await Warden.Client.GetStringAsync("/.well-known/jwks.json"));

        var revoked = await keys.RevokeAsync(Tenant.DefaultId, kid, replace: true);

        Assert.Equal(KeyRevocationOutcome.Revoked, revoked.Outcome);
        Assert.DoesNotContain(kid, await Warden.Client.GetStringAsync("/.well-known/jwks.json"));
        Assert.False((await Warden.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
        var next = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
        Assert.Equal(revoked.Replacement!.KeyId, new JsonWebToken(next).Kid);
        Assert.True((await Warden.IntrospectAsync(next, client.ClientId, secret!)).GetProperty("active").GetBoolean());
        Assert.Equal(KeyRevocationOutcome.NotPublished, (await keys.RevokeAsync(Tenant.DefaultId, kid, replace: true)).Outcome);
    }

    [Fact]
    public async Task Reference_tokens_are_opaque_stored_hashed_and_revocable()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { AccessTokenFormat = AccessTokenFormat.Reference });
        var token = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        Assert.DoesNotContain('.', token);
        Assert.True(token.Length >= 43);
        var introspection = await Warden.IntrospectAsync(token, client.ClientId, secret!);
        Assert.True(introspection.GetProperty("active").GetBoolean());
        Assert.Equal(["https://api.example/invoices", "https://api.example/reports"],
            introspection.GetProperty("aud").EnumerateArray().Select(a => a.GetString()));

        var storage = Warden.Services.GetRequiredService<IStorageBackend>();
        Assert.Null(await storage.ReferenceTokens.FindAsync(System.Text.Encoding.UTF8.GetBytes(token)));
        Assert.Null(await storage.ReferenceTokens.FindAsync(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))));

        Assert.Equal(200, (await Warden.PostFormAsync("/revoke", [new("token", token)], client.ClientId, secret)).Status);
        Assert.False((await Warden.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task After_key_rotation_new_tokens_use_the_new_key_and_old_tokens_still_validate()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var before = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        var rotated = await Warden.Services.GetRequiredService<SigningKeyManager>().RotateAsync(Tenant.DefaultId, "ES256", TimeSpan.Zero);
        var after = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        Assert.NotEqual(new JsonWebToken(before).Kid, new JsonWebToken(after).Kid);
        Assert.Equal(rotated.KeyId, new JsonWebToken(after).Kid);
        Assert.True((await Warden.ValidateWithJwksAsync(before, "https://api.example/invoices")).IsValid);
        Assert.True((await Warden.ValidateWithJwksAsync(after, "https://api.example/invoices")).IsValid);
        Assert.True((await Warden.IntrospectAsync(before, client.ClientId, secret!)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_delayed_key_is_published_before_it_signs()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var upcoming = await Warden.Services.GetRequiredService<SigningKeyManager>().RotateAsync(Tenant.DefaultId, "ES256", TimeSpan.FromHours(1));

        var jwks = await Warden.Client.GetStringAsync("/.well-known/jwks.json");
        var token = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        Assert.Contains(upcoming.KeyId, jwks);
        Assert.NotEqual(upcoming.KeyId, new JsonWebToken(token).Kid);
    }

    [Fact]
    public async Task Per_client_RS256_signing_is_honoured()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient() with { SigningAlgorithm = "RS256" });

        var token = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        Assert.Equal("RS256", new JsonWebToken(token).Alg);
        Assert.True((await Warden.ValidateWithJwksAsync(token, "https://api.example/invoices")).IsValid);
    }

    [Fact]
    public async Task A_rotated_secret_works_at_once_and_the_old_one_until_the_overlap_ends()
    {
        var (client, oldSecret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var admin = Warden.Services.GetRequiredService<ClientAdministration>();

        var withOverlap = await admin.RotateSecretAsync(Tenant.DefaultId, client.ClientId, TimeSpan.FromHours(1));
        Assert.NotNull(await Warden.ClientCredentialsTokenAsync(client.ClientId, oldSecret!));
        Assert.NotNull(await Warden.ClientCredentialsTokenAsync(client.ClientId, withOverlap!.Value));

        var immediate = await admin.RotateSecretAsync(Tenant.DefaultId, client.ClientId, TimeSpan.Zero);
        var stale = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, withOverlap.Value);
        Assert.Equal((401, "invalid_client"), (stale.Status, stale.Body.GetProperty("error").GetString()));
        Assert.NotNull(await Warden.ClientCredentialsTokenAsync(client.ClientId, immediate!.Value));
    }

    [Fact]
    public async Task A_burst_of_issuance_is_audited_as_counted_rows_that_add_up()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());

        await Task.WhenAll(Enumerable.Range(0, 40).Select(_ => Warden.ClientCredentialsTokenAsync(client.ClientId, secret!)));
        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();

        var rows = (await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog
            .QueryAsync(new AuditQuery(Tenant.DefaultId) { ClientId = client.ClientId, EventType = "token_issued" })).ToList();
        var counts = rows.Select(row => JsonDocument.Parse(row.Details).RootElement)
            .Select(details => details.TryGetProperty("count", out var count) ? count.GetInt32() : 1).ToList();
        Assert.Equal(40, counts.Sum());
        Assert.True(rows.Count < 40, $"expected summarised rows, got {rows.Count}");
    }

    [Fact]
    public async Task Audit_rows_record_failures_issuance_and_revocation_without_secrets()
    {
        var (client, secret) = await Warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, "wrong-secret-value");
        var token = await Warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
        await Warden.PostFormAsync("/revoke", [new("token", token)], client.ClientId, secret);

        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog
            .QueryAsync(new AuditQuery(Tenant.DefaultId) { ClientId = client.ClientId });

        var failure = Assert.Single(events, e => e.EventType == "client_authentication" && e.Outcome == "failure" && e.IpAddress == "127.0.0.1");
        var failureDetails = JsonDocument.Parse(failure.Details).RootElement;
        Assert.Equal(("WARDEN-CLIENT-0005", "wrong secret"),
            (failureDetails.GetProperty("error_id").GetString(), failureDetails.GetProperty("detail").GetString()));
        var issued = Assert.Single(events, e => e.EventType == "token_issued" && e.Outcome == "success");
        Assert.Equal(new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Id,
            JsonDocument.Parse(issued.Details).RootElement.GetProperty("jti").GetString());
        Assert.Contains(events, e => e.EventType == "token_revoked");
        Assert.All(events, e =>
        {
            Assert.DoesNotContain(secret!, e.Details);
            Assert.DoesNotContain("wrong-secret-value", e.Details);
            Assert.DoesNotContain(token, e.Details);
        });
    }
}

public sealed class MemoryOAuthFlowTests : OAuthFlowContract<MemoryServerBackend>;
public sealed class SqliteOAuthFlowTests : OAuthFlowContract<SqliteServerBackend>;
public sealed class PostgresOAuthFlowTests : OAuthFlowContract<PostgresServerBackend>;

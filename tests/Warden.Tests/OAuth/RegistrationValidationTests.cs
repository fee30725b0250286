using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.RegistrationFixture;

namespace Warden.Tests.OAuth;

/// <summary>One server with open registration for the cases that are all refused, so that nothing they do can meet another.</summary>
public sealed class OpenRegistrationServer : IAsyncLifetime
{
    public RunningWarden Warden { get; private set; } = null!;

    public async Task InitializeAsync() => Warden = await RegistrationValidationTests.StartAsync(RegistrationPolicy.Open);

    public async Task DisposeAsync() => await Warden.DisposeAsync();
}

/// <summary>Every metadata rule of RFC 7591 / OpenID Connect Dynamic Registration, the three policies, and the rate limit.</summary>
public sealed class RegistrationValidationTests(OpenRegistrationServer shared) : IClassFixture<OpenRegistrationServer>
{
    internal static Task<RunningWarden> StartAsync(RegistrationPolicy policy, int requestsPerHour = 1000, TimeProvider? time = null) =>
        AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            // #14: these tests register machine clients, which registration.allowed_grant_types must name.
            Registration = options.Registration with
            {
                Policy = policy, RequestsPerHour = requestsPerHour, AllowedGrantTypes = [.. RegistrationOptions.PeopleGrantTypes, "client_credentials"],
            },
        }, time: time);

    [Theory]
    [InlineData("""{"grant_types":["authorization_code"]}""", "invalid_redirect_uri", "redirect_uris is required", "WARDEN-REG-0012")]
    [InlineData("""{"redirect_uris":["http://app.example/cb"]}""", "invalid_redirect_uri", "http on a host other than loopback", "WARDEN-REG-0013")]
    [InlineData("""{"redirect_uris":["https://app.example/cb#frag"]}""", "invalid_redirect_uri", "fragment", "WARDEN-REG-0013")]
    [InlineData("""{"redirect_uris":["myapp:/cb"]}""", "invalid_redirect_uri", "private-use scheme", "WARDEN-REG-0013")]
    [InlineData("""{"redirect_uris":["javascript:alert(1)"]}""", "invalid_redirect_uri", "private-use scheme", "WARDEN-REG-0013")]
    [InlineData("""{"redirect_uris":["/relative"]}""", "invalid_redirect_uri", "absolute", "WARDEN-REG-0013")]
    [InlineData("""{"redirect_uris":["https://app.example/cb"],"post_logout_redirect_uris":["http://evil.example/"]}""", "invalid_redirect_uri", "loopback", "WARDEN-REG-0013")]
    [InlineData("""{"grant_types":["implicit"],"redirect_uris":["https://app.example/cb"]}""", "invalid_client_metadata", "grant_type 'implicit'", "WARDEN-REG-0008")]
    [InlineData("""{"response_types":["token"],"redirect_uris":["https://app.example/cb"]}""", "invalid_client_metadata", "response_type", "WARDEN-REG-0009")]
    [InlineData("""{"grant_types":["client_credentials"],"response_types":["code"]}""", "invalid_client_metadata", "go together", "WARDEN-REG-0010")]
    [InlineData("""{"grant_types":["authorization_code"],"response_types":[],"redirect_uris":["https://app.example/cb"]}""", "invalid_client_metadata", "go together", "WARDEN-REG-0010")]
    [InlineData("""{"grant_types":["client_credentials"],"token_endpoint_auth_method":"magic"}""", "invalid_client_metadata", "token_endpoint_auth_method", "WARDEN-REG-0011")]
    [InlineData("""{"grant_types":["client_credentials"],"token_endpoint_auth_method":"none"}""", "invalid_client_metadata", "client_credentials", "WARDEN-REG-0024")]
    [InlineData("""{"grant_types":["client_credentials"],"token_endpoint_auth_method":"private_key_jwt"}""", "invalid_client_metadata", "jwks", "WARDEN-REG-0024")]
    [InlineData("""{"grant_types":["client_credentials"],"jwks":{"keys":[]},"jwks_uri":"https://app.example/jwks"}""", "invalid_client_metadata", "mutually exclusive", "WARDEN-REG-0014")]
    [InlineData("""{"grant_types":["client_credentials"],"jwks":"keys"}""", "invalid_client_metadata", "JWK Set", "WARDEN-REG-0015")]
    [InlineData("""{"grant_types":["client_credentials"],"scope":"admin"}""", "invalid_client_metadata", "scope 'admin'", "WARDEN-REG-0016")]
    [InlineData("""{"grant_types":["client_credentials"],"client_name":42}""", "invalid_client_metadata", "client_name", "WARDEN-REG-0019")]
    [InlineData("""{"grant_types":["client_credentials"],"contacts":"ops@example.com"}""", "invalid_client_metadata", "contacts", "WARDEN-REG-0020")]
    [InlineData("""{"grant_types":["client_credentials"],"contacts":null}""", "invalid_client_metadata", "contacts must be an array of strings", "WARDEN-REG-0017")]
    [InlineData("""{"grant_types":["client_credentials"],"logo_uri":"ftp://example.com/logo"}""", "invalid_client_metadata", "logo_uri", "WARDEN-REG-0018")]
    [InlineData("""{"grant_types":["client_credentials"],"software_statement":"eyJ.x.y"}""", "invalid_software_statement", "software statements", "WARDEN-REG-0007")]
    [InlineData("""["not","an","object"]""", "invalid_client_metadata", "JSON object", "WARDEN-REG-0006")]
    [InlineData("""{"grant_types":""", "invalid_client_metadata", "not valid JSON", "WARDEN-REG-0002")]
    public async Task Invalid_metadata_is_refused_with_the_RFC_7591_error(string json, string error, string description, string id)
    {
        var warden = shared.Warden;

        var (status, body, _) = await warden.RegisterAsync(json);

        Assert.Equal(400, status);
        Refusals.AssertJson(body, error, id);
        Assert.Contains(description, body.GetProperty("error_description").GetString());
        Assert.Empty((await warden.Services.GetRequiredService<IStorageBackend>().Clients.ListAsync(Tenant.DefaultId)));
    }

    [Fact]
    public async Task Native_redirect_uris_on_loopback_or_a_private_use_scheme_are_accepted_and_a_wrong_content_type_is_refused()
    {
        await using var warden = await StartAsync(RegistrationPolicy.Open);

        var (status, body, _) = await warden.RegisterAsync("""
            {"redirect_uris":["http://127.0.0.1/cb","com.example.app:/oauth2redirect"],"token_endpoint_auth_method":"none"}
            """);
        var (formStatus, formBody, _) = await warden.SendRegistrationAsync(HttpMethod.Post, "/register", "grant_types=client_credentials", null,
            "application/x-www-form-urlencoded");

        Assert.Equal(201, status);
        Assert.Equal(["code"], body.GetProperty("response_types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(400, formStatus);
        Refusals.AssertJson(formBody, "invalid_request", "WARDEN-REG-0001");
    }

    [Fact]
    public async Task A_replacement_must_name_the_client_and_may_not_choose_its_secret()
    {
        await using var warden = await StartAsync(RegistrationPolicy.Open);
        var (_, registered, _) = await warden.RegisterAsync("""{"grant_types":["client_credentials"]}""");
        var token = registered.GetProperty("registration_access_token").GetString()!;
        var clientId = registered.GetProperty("client_id").GetString()!;

        var withoutId = await warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered), """{"grant_types":["client_credentials"]}""", token);
        var chosenSecret = await warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered),
            $$"""{"client_id":"{{clientId}}","client_secret":"my-own-secret","grant_types":["client_credentials"]}""", token);
        var toPublic = await warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered),
            $$"""{"client_id":"{{clientId}}","token_endpoint_auth_method":"none","redirect_uris":["https://app.example/cb"]}""", token);
        var renamed = await warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered),
            $$"""{"client_id":"{{clientId}}","client_name":"Renamed","grant_types":["client_credentials"]}""", token);
        var kept = await warden.SendRegistrationAsync(HttpMethod.Get, PathOf(registered), null, token);

        Assert.Equal(400, withoutId.Status);
        Refusals.AssertJson(withoutId.Body, "invalid_client_metadata", "WARDEN-REG-0021");
        Assert.Equal(400, chosenSecret.Status);
        Assert.Contains("cannot be chosen", chosenSecret.Body.GetProperty("error_description").GetString());
        Refusals.AssertJson(chosenSecret.Body, "invalid_client_metadata", "WARDEN-REG-0022");
        Assert.Equal(400, toPublic.Status);
        Refusals.AssertJson(toPublic.Body, "invalid_client_metadata", "WARDEN-REG-0023");
        // Without registration.rotate_access_token the token stays the same after a replacement.
        Assert.Equal(200, renamed.Status);
        Assert.Equal(token, renamed.Body.GetProperty("registration_access_token").GetString());
        Assert.Equal(200, kept.Status);
        Assert.Equal("Renamed", kept.Body.GetProperty("client_name").GetString());
        Assert.Equal("client_secret_basic", kept.Body.GetProperty("token_endpoint_auth_method").GetString());
    }

    [Fact]
    public async Task Disabled_registration_is_refused_and_not_advertised()
    {
        await using var warden = await StartAsync(RegistrationPolicy.Disabled);

        var (status, body, _) = await warden.RegisterAsync("""{"grant_types":["client_credentials"]}""");
        using var metadata = JsonDocument.Parse(await warden.Client.GetStringAsync("/.well-known/openid-configuration"));

        Assert.Equal(403, status);
        Refusals.AssertJson(body, "access_denied", "WARDEN-REG-0003");
        Assert.False(metadata.RootElement.TryGetProperty("registration_endpoint", out _));
    }

    [Fact]
    public async Task The_initial_access_token_policy_needs_a_valid_unexpired_token_and_single_use_tokens_work_once()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(RegistrationPolicy.InitialAccessToken, time: time);
        var tokens = warden.Services.GetRequiredService<InitialAccessTokens>();
        var (_, reusable) = await tokens.CreateAsync(Tenant.DefaultId, singleUse: false, lifetime: null);
        var (_, once) = await tokens.CreateAsync(Tenant.DefaultId, singleUse: true, lifetime: null);
        var (_, shortLived) = await tokens.CreateAsync(Tenant.DefaultId, singleUse: false, lifetime: TimeSpan.FromSeconds(1));
        const string metadata = """{"grant_types":["client_credentials"]}""";
        using var discovery = JsonDocument.Parse(await warden.Client.GetStringAsync("/.well-known/openid-configuration"));
        Assert.Equal(warden.Issuer + "/register", discovery.RootElement.GetProperty("registration_endpoint").GetString());

        var (missingStatus, missing, missingResponse) = await warden.RegisterAsync(metadata);
        Assert.Equal(401, missingStatus);
        Refusals.AssertJson(missing, "invalid_token", "WARDEN-REG-0005");
        Assert.StartsWith("Bearer realm=\"warden\", error=\"invalid_token\"", missingResponse.Headers.WwwAuthenticate.ToString());
        Assert.Equal(401, (await warden.RegisterAsync(metadata, "made-up")).Status);
        Assert.Equal(201, (await warden.RegisterAsync(metadata, reusable)).Status);
        Assert.Equal(201, (await warden.RegisterAsync(metadata, reusable)).Status);
        Assert.Equal(201, (await warden.RegisterAsync(metadata, once)).Status);
        Assert.Equal(401, (await warden.RegisterAsync(metadata, once)).Status);
        time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(1));
        Assert.Equal(201, (await warden.RegisterAsync(metadata, shortLived)).Status);
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(401, (await warden.RegisterAsync(metadata, shortLived)).Status);
        var (_, registered, _) = await warden.RegisterAsync(metadata, reusable);
        Assert.Equal(401, (await warden.RegisterAsync(metadata, registered.GetProperty("registration_access_token").GetString())).Status);
    }

    [Fact]
    public async Task Registration_is_rate_limited_per_address_for_an_hour()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(RegistrationPolicy.Open, requestsPerHour: 3, time: time);
        const string metadata = """{"grant_types":["client_credentials"]}""";

        var results = new List<(int Status, JsonElement Body)>();
        for (var attempt = 0; attempt < 5; attempt++)
            results.Add(await RegisterStatusAndBodyAsync());
        time.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        results.Add(await RegisterStatusAndBodyAsync());
        time.Advance(TimeSpan.FromSeconds(1));
        results.Add(await RegisterStatusAndBodyAsync());

        Assert.Equal([201, 201, 201, 429, 429, 429, 201], results.Select(result => result.Status));
        Refusals.AssertJson(results[4].Body, "temporarily_unavailable", "WARDEN-REG-0004");
        Assert.Equal(4, (await warden.Services.GetRequiredService<IStorageBackend>().Clients.ListAsync(Tenant.DefaultId)).Count);

        async Task<(int Status, JsonElement Body)> RegisterStatusAndBodyAsync()
        {
            var (status, body, _) = await warden.RegisterAsync(metadata);
            return (status, body);
        }
    }
}

using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;
using static Warden.Tests.OAuth.RegistrationFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// #14 (RFC 9700 §4.11.2 and §2.5): what a client that registers itself may become, and the redirects such a client
/// could turn into open redirectors: /end_session without proof, and /authorize errors with nobody signed in.
/// </summary>
public sealed class RegistrationPolicyTests : IAsyncLifetime
{
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Registration = options.Registration with { Policy = RegistrationPolicy.Open, RequestsPerHour = 1000 },
        });
        await new ScopeAdministration(Warden.Services.GetRequiredService<IStorageBackend>().Scopes, TimeProvider.System)
            .CreateAsync(Tenant.DefaultId, "invoices.write", "Change invoices", null, [], requiresConsent: true);
    }

    public async Task DisposeAsync() => await _warden!.DisposeAsync();

    [Theory]
    [InlineData("""{"grant_types":["client_credentials"]}""", "grant_types", "client_credentials")]
    [InlineData("""{"grant_types":["authorization_code","client_credentials"],"redirect_uris":["https://app.example/cb"]}""", "grant_types", "client_credentials")]
    [InlineData("""{"redirect_uris":["https://app.example/cb"],"scope":"openid invoices.write"}""", "scope", "invoices.write")]
    public async Task Open_registration_refuses_machine_grants_and_scopes_not_marked_registrable(string metadata, string field, string value)
    {
        var (status, body, _) = await Warden.RegisterAsync(metadata);

        Assert.Equal(400, status);
        Assert.Equal("invalid_client_metadata", body.GetProperty("error").GetString());
        var description = body.GetProperty("error_description").GetString()!;
        Assert.StartsWith(field + ":", description);
        Assert.Contains($"'{value}'", description);
        Assert.Empty(await Warden.Services.GetRequiredService<IStorageBackend>().Clients.ListAsync(Tenant.DefaultId));
    }

    [Fact]
    public async Task Open_registration_accepts_the_code_refresh_and_device_grants_with_standard_scopes()
    {
        var (status, body, _) = await Warden.RegisterAsync($$"""
            {"redirect_uris":["{{RedirectUri}}"],"grant_types":["authorization_code","refresh_token","urn:ietf:params:oauth:grant-type:device_code"],
             "scope":"openid profile email address phone offline_access"}
            """);

        Assert.Equal(201, status);
        Assert.Equal("openid profile email address phone offline_access", body.GetProperty("scope").GetString());
    }

    [Fact]
    public async Task A_registered_client_cannot_widen_itself_by_an_RFC_7592_update()
    {
        var (_, registered, _) = await Warden.RegisterAsync($$"""{"redirect_uris":["{{RedirectUri}}"]}""");
        var clientId = registered.GetProperty("client_id").GetString()!;
        var token = registered.GetProperty("registration_access_token").GetString()!;

        var widened = await Warden.SendRegistrationAsync(HttpMethod.Put, PathOf(registered), $$"""
            {"client_id":"{{clientId}}","redirect_uris":["{{RedirectUri}}"],"grant_types":["authorization_code","client_credentials"],
             "scope":"openid invoices.write"}
            """, token);

        Assert.Equal(400, widened.Status);
        Assert.Equal("invalid_client_metadata", widened.Body.GetProperty("error").GetString());
        var stored = await Warden.Services.GetRequiredService<IStorageBackend>().Clients.FindAsync(Tenant.DefaultId, clientId);
        Assert.DoesNotContain("client_credentials", stored!.GrantTypes);
        Assert.DoesNotContain("invoices.write", stored.Scopes);
    }

    [Fact]
    public async Task The_same_allow_lists_bind_registrations_with_an_initial_access_token()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Registration = options.Registration with { Policy = RegistrationPolicy.InitialAccessToken },
        });
        var (_, token) = await warden.Services.GetRequiredService<InitialAccessTokens>().CreateAsync(Tenant.DefaultId, singleUse: false, lifetime: null);

        var (status, body, _) = await warden.RegisterAsync("""{"grant_types":["client_credentials"]}""", token);

        Assert.Equal(400, status);
        Refusals.AssertJson(body, "invalid_client_metadata", "WARDEN-REG-0025");
        Assert.Equal("grant_types: 'client_credentials' is not allowed for a client that registers itself (allowed: authorization_code " +
                     "refresh_token urn:ietf:params:oauth:grant-type:device_code)", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task The_operator_narrows_the_auth_methods_and_scopes_and_allows_client_credentials()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Registration = options.Registration with
            {
                Policy = RegistrationPolicy.Open, AllowedAuthMethods = ["none", "client_secret_post"], AllowedScopes = ["openid"],
                AllowedGrantTypes = ["authorization_code", "client_credentials"],
            },
        });

        var (secretStatus, secretBody, _) = await warden.RegisterAsync($$"""{"redirect_uris":["{{RedirectUri}}"],"scope":"openid"}""");
        var (profileStatus, profileBody, _) = await warden.RegisterAsync($$"""
            {"redirect_uris":["{{RedirectUri}}"],"token_endpoint_auth_method":"none","scope":"openid profile"}
            """);
        var (publicStatus, _, _) = await warden.RegisterAsync($$"""
            {"redirect_uris":["{{RedirectUri}}"],"token_endpoint_auth_method":"none","scope":"openid"}
            """);
        var (machineStatus, machine, _) = await warden.RegisterAsync("""{"grant_types":["client_credentials"],"token_endpoint_auth_method":"client_secret_post"}""");

        Assert.Equal(400, secretStatus);
        Refusals.AssertJson(secretBody, "invalid_client_metadata", "WARDEN-REG-0027");
        Assert.Equal("token_endpoint_auth_method: 'client_secret_basic' is not allowed for a client that registers itself (allowed: " +
                     "client_secret_post none)", secretBody.GetProperty("error_description").GetString());
        Assert.Equal(400, profileStatus);
        Refusals.AssertJson(profileBody, "invalid_client_metadata", "WARDEN-REG-0026");
        Assert.Equal(201, publicStatus);
        Assert.Equal(201, machineStatus);
        var (tokenStatus, _, _) = await warden.PostFormAsync("/token", [
            new("grant_type", "client_credentials"), new("client_id", machine.GetProperty("client_id").GetString()!),
            new("client_secret", machine.GetProperty("client_secret").GetString()!),
        ]);
        Assert.Equal(200, tokenStatus);
    }

    [Fact]
    public async Task End_session_without_a_session_or_hint_shows_the_signed_out_page_instead_of_redirecting()
    {
        var (client, _) = await Warden.CreateClientAsync(WebClient());
        using var anonymous = new Browser(Warden);

        var response = await anonymous.GetAsync(
            $"/end_session?client_id={client.ClientId}&post_logout_redirect_uri={Uri.EscapeDataString(PostLogoutUri)}&state=x");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains("id=\"signed-out\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task End_session_with_a_valid_id_token_hint_redirects_even_after_the_session_ended()
    {
        var (client, secret) = await Warden.CreateClientAsync(WebClient());
        using var browser = new Browser(Warden);
        var pkce = Pkce.Create();
        var code = (await browser.AuthorizeAsync(AuthorizeUrl(client.ClientId, pkce)))["code"];
        var idToken = (await Warden.RedeemAsync(code, client.ClientId, secret, pkce.Verifier)).Body.GetProperty("id_token").GetString()!;
        await browser.SignOutAsync();

        var response = await browser.GetAsync($"/end_session?id_token_hint={idToken}&post_logout_redirect_uri={Uri.EscapeDataString(PostLogoutUri)}&state=x");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(PostLogoutUri + "?state=x", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task An_authorize_error_of_a_self_registered_client_with_nobody_signed_in_shows_an_interstitial_naming_the_host()
    {
        var (_, registered, _) = await Warden.RegisterAsync("""{"client_name":"Lure","redirect_uris":["https://lure.example/cb"]}""");
        var clientId = registered.GetProperty("client_id").GetString()!;
        using var anonymous = new Browser(Warden);

        var response = await anonymous.GetAsync(AuthorizeUrl(clientId, Pkce.Create(), redirectUri: "https://lure.example/cb",
            extra: ("response_mode", "fragment")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"destination-host\">lure.example</strong>", html);
        Assert.Contains("href=\"https://lure.example/cb?error=invalid_request&amp;", html);
        Assert.Contains("registered by itself", html);
        Assert.DoesNotContain("http-equiv=\"refresh\"", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task An_authorize_error_of_a_self_registered_client_in_form_post_mode_asks_before_posting()
    {
        var (_, registered, _) = await Warden.RegisterAsync("""{"redirect_uris":["https://lure.example/cb"]}""");
        var clientId = registered.GetProperty("client_id").GetString()!;
        using var anonymous = new Browser(Warden);

        var response = await anonymous.GetAsync(AuthorizeUrl(clientId, null, redirectUri: "https://lure.example/cb",
            extra: ("response_mode", "form_post")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong id=\"destination-host\">lure.example</strong>", html);
        Assert.Equal("https://lure.example/cb", FormAction(html));
        Assert.Contains("name=\"error\" value=\"invalid_request\"", html);
        Assert.DoesNotContain("__RequestVerificationToken", html);
        Assert.DoesNotContain("<script", html);
    }

    [Fact]
    public async Task An_authorize_error_of_an_operator_client_or_with_a_user_signed_in_still_redirects()
    {
        var (operatorClient, _) = await Warden.CreateClientAsync(WebClient());
        var (_, registered, _) = await Warden.RegisterAsync($$"""{"redirect_uris":["{{RedirectUri}}"]}""");
        var registeredId = registered.GetProperty("client_id").GetString()!;
        using var anonymous = new Browser(Warden);
        using var browser = new Browser(Warden);
        await browser.SignInAsync("alice", Password);

        var byOperator = await anonymous.GetAsync(AuthorizeUrl(operatorClient.ClientId, Pkce.Create(), extra: ("response_mode", "fragment")));
        var signedIn = await browser.GetAsync(AuthorizeUrl(registeredId, Pkce.Create(), extra: ("response_mode", "fragment")));

        Refusals.AssertRedirect(CallbackParameters(byOperator), "invalid_request", "WARDEN-AUTHZ-0007");
        Refusals.AssertRedirect(CallbackParameters(signedIn), "invalid_request", "WARDEN-AUTHZ-0007");
    }

    [Fact]
    public async Task The_consent_page_marks_a_self_registered_client_and_not_an_operator_client()
    {
        var (operatorClient, _) = await Warden.CreateClientAsync(WebClient("Operator App"));
        var (_, registered, _) = await Warden.RegisterAsync($$"""{"client_name":"Self App","redirect_uris":["{{RedirectUri}}"]}""");
        using var browser = new Browser(Warden);
        await browser.SignInAsync("alice", Password);

        var selfConsent = await (await browser.FollowAsync(AuthorizeUrl(registered.GetProperty("client_id").GetString()!, Pkce.Create())))
            .Content.ReadAsStringAsync();
        var operatorConsent = await (await browser.FollowAsync(AuthorizeUrl(operatorClient.ClientId, Pkce.Create()))).Content.ReadAsStringAsync();

        Assert.Contains("Self App", selfConsent);
        Assert.Contains("id=\"self-registered\"", selfConsent);
        Assert.Contains($"id=\"destination-host\">{new Uri(RedirectUri).Host}</strong>", selfConsent);
        Assert.Contains("registered by itself, not verified by this server", selfConsent);
        Assert.Contains("Operator App", operatorConsent);
        Assert.DoesNotContain("id=\"self-registered\"", operatorConsent);
    }
}

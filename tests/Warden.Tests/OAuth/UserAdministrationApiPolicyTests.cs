using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// Issue 16 part 6: how a client comes by the reserved warden:users scope (only from an operator: never by registering
/// itself, never as a default), and the API's own rate limit. Configuration and policy, so memory is enough.
/// </summary>
public sealed class UserAdministrationApiPolicyTests
{
    [Fact]
    public async Task A_client_registering_itself_never_gets_a_reserved_scope_even_one_marked_registrable()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Registration = options.Registration with { Policy = RegistrationPolicy.Open, RequestsPerHour = 1000 },
        });
        var storage = warden.Services.GetRequiredService<IStorageBackend>();
        await new ScopeAdministration(storage.Scopes, TimeProvider.System)
            .CreateAsync(Tenant.DefaultId, ReservedScopes.UserAdministration, "Manage users", null, [], requiresConsent: true, registrable: true);

        var (status, body, _) = await warden.RegisterAsync($$"""
            {"grant_types":["authorization_code"],"redirect_uris":["{{RedirectUri}}"],"scope":"openid {{ReservedScopes.UserAdministration}}"}
            """);

        Assert.Equal(400, status);
        Assert.Equal("WARDEN-REG-0026", body.GetProperty("error_id").GetString());
        Assert.Empty(await storage.Clients.ListAsync(Tenant.DefaultId));
    }

    [Theory]
    [InlineData("WARDEN_REGISTRATION_ALLOWED_SCOPES")]
    [InlineData("WARDEN_REGISTRATION_DEFAULT_SCOPES")]
    public void Configuration_that_would_hand_out_a_reserved_scope_stops_with_one_line(string variable)
    {
        var message = Assert.Throws<ConfigurationException>(() => WardenOptionsResolver.Resolve(
            ConfigurationLayers.Load(null, new Dictionary<string, string> { [variable] = "openid warden:users" }, []))).Message;

        Assert.Contains("'warden:users'", message);
        Assert.Contains("warden clients create/update --scope", message);
        Assert.DoesNotContain("\n", message);
    }

    [Fact]
    public async Task Requests_past_limits_user_api_per_minute_get_429_with_retry_after()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Limits = options.Limits with { UserApiPerMinute = 2 },
        });

        var statuses = new List<int>();
        HttpResponseMessage? last = null;
        foreach (var path in new[] { "/api/users?username=alice", "/api/users/x", "/API/Users/x/disable" })
        {
            using var request = new HttpRequestMessage(path.EndsWith("disable") ? HttpMethod.Post : HttpMethod.Get, path);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
            last = await warden.Client.SendAsync(request);
            statuses.Add((int)last.StatusCode);
        }

        Assert.Equal([401, 401, 429], statuses);
        Assert.Equal("60", last!.Headers.GetValues("Retry-After").Single());
        Assert.Contains("WARDEN-SERVER-0003", await last.Content.ReadAsStringAsync());
    }
}

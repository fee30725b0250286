using System.Net;
using System.Text;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Reliability;

/// <summary>The configurable request size limit and the per-address rate limits of the token, authorize and device endpoints.</summary>
public sealed class LimitTests
{
    private static Task<RunningWarden> StartAsync(Func<LimitOptions, LimitOptions> limits, TimeProvider? time = null) =>
        AuthorizationCodeFixture.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, options => options with
        {
            Limits = limits(options.Limits),
            Registration = options.Registration with { Policy = RegistrationPolicy.Open },
        }, time: time);

    [Fact]
    public async Task The_token_endpoint_answers_429_past_its_rate_for_the_rest_of_the_minute_and_other_endpoints_are_not_counted()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(limits => limits with { TokenPerMinute = 5 }, time);
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var token = await warden.ClientCredentialsTokenAsync(client.ClientId, secret!);

        var statuses = new List<int>();
        for (var i = 0; i < 5; i++)
            statuses.Add((await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret)).Status);
        var (_, body, response) = await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret);

        Assert.Equal([200, 200, 200, 200, 429], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("60", response.Headers.GetValues("Retry-After").Single());
        Assert.Equal("temporarily_unavailable", body.GetProperty("error").GetString());
        Assert.Equal("WARDEN-SERVER-0003", body.GetProperty("error_id").GetString());
        Assert.True((await warden.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());

        // The window is the minute from the first counted request, not a sliding one.
        time.Advance(TimeSpan.FromMinutes(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(429, (await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret)).Status);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(200, (await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret)).Status);
    }

    // #14: the limits were looked up by the raw path, so another spelling of a path that routes to the same endpoint
    // was never counted.
    [Theory]
    [InlineData("/token/")]
    [InlineData("/TOKEN")]
    [InlineData("/Token/")]
    public async Task Every_spelling_of_the_token_path_counts_against_its_limit(string path)
    {
        await using var warden = await StartAsync(limits => limits with { TokenPerMinute = 2 });
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());

        var statuses = new List<int>();
        foreach (var spelling in new[] { "/token", path, path })
            statuses.Add((await warden.PostFormAsync(spelling, [new("grant_type", "client_credentials")], client.ClientId, secret)).Status);

        Assert.Equal([200, 200, 429], statuses);
    }

    [Theory]
    [InlineData("/authorize/")]
    [InlineData("/AUTHORIZE")]
    [InlineData("/Authorize/")]
    public async Task Every_spelling_of_the_authorize_path_counts_against_its_limit(string path)
    {
        await using var warden = await StartAsync(limits => limits with { AuthorizePerMinute = 2 });

        var statuses = new List<HttpStatusCode>();
        foreach (var spelling in new[] { "/authorize", path, path })
            statuses.Add((await warden.Client.GetAsync(spelling + "?client_id=nobody")).StatusCode);

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Authorize_and_the_device_endpoints_have_their_own_rates()
    {
        await using var warden = await StartAsync(limits => limits with { AuthorizePerMinute = 3, DevicePerMinute = 2 });
        var (tv, _) = await warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient());
        using var browser = new Browser(warden);

        var authorize = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            authorize.Add((await browser.GetAsync("/authorize?client_id=nobody")).StatusCode);
        var device = new List<int>();
        for (var i = 0; i < 3; i++)
            device.Add((await warden.PostFormAsync("/device_authorization", [new("client_id", tv.ClientId)])).Status);
        var page = await browser.GetAsync("/device");

        Assert.Equal([HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests], authorize);
        Assert.Equal([200, 200, 429], device);
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("Too many requests", await page.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Bodies_over_the_configured_size_are_refused_on_form_and_JSON_endpoints()
    {
        await using var warden = await StartAsync(limits => limits with { MaxBodyBytes = 2048 });
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());

        var (formStatus, formBody, _) = await warden.PostFormAsync("/token",
            [new("grant_type", "client_credentials"), new("scope", new string('a', 3000))], client.ClientId, secret);
        var (smallStatus, _, _) = await warden.PostFormAsync("/token", [new("grant_type", "client_credentials")], client.ClientId, secret);
        using var json = new StringContent("{\"client_name\":\"" + new string('b', 3000) + "\"}", Encoding.UTF8, "application/json");
        var registration = await warden.Client.PostAsync("/register", json);

        Assert.Equal(400, formStatus);
        Assert.Contains("2048", formBody.GetProperty("error_description").GetString());
        Assert.Equal("WARDEN-REQUEST-0003", formBody.GetProperty("error_id").GetString());
        Assert.Equal(200, smallStatus);
        Assert.Equal(HttpStatusCode.BadRequest, registration.StatusCode);
        Assert.Contains("2048", await registration.Content.ReadAsStringAsync());
    }
}

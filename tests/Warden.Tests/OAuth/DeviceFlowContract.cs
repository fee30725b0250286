using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.OAuth;

/// <summary>
/// The device authorization grant (RFC 8628) over real HTTP on every backend: the test plays the device (requesting
/// codes, polling) and the person (signing in, entering the code, deciding on the /device page).
/// </summary>
public abstract class DeviceFlowContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private RunningWarden? _warden;

    protected RunningWarden Warden => _warden!;

    public async Task InitializeAsync() =>
        _warden = await StartAsync(await new TBackend().CreateAsync(_directory), options => options with
        {
            Tokens = options.Tokens with { Devices = options.Tokens.Devices with { PollInterval = TimeSpan.FromSeconds(1) } },
        }, time: _time);

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    public static ClientSpecification TvClient(string name = "Living Room TV") => new()
    {
        Name = name,
        Type = ClientType.Public,
        GrantTypes = [DeviceAuthorizationHandler.GrantType, "refresh_token"],
        Scopes = ["openid", "profile", "offline_access"],
    };

    [Fact]
    public async Task A_device_polls_while_a_person_signs_in_and_approves_then_gets_tokens_exactly_once()
    {
        var (tv, _) = await Warden.CreateClientAsync(TvClient());
        var (status, codes, response) = await Warden.PostFormAsync("/device_authorization", [new("client_id", tv.ClientId), new("scope", "openid profile")]);
        Assert.Equal(200, status);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var userCode = codes.GetProperty("user_code").GetString()!;
        Assert.Matches("^[BCDFGHJKLMNPQRSTVWXZ]{4}-[BCDFGHJKLMNPQRSTVWXZ]{4}$", userCode);
        Assert.Equal(Warden.Issuer + "/device", codes.GetProperty("verification_uri").GetString());
        Assert.Equal(Warden.Issuer + "/device?user_code=" + userCode, codes.GetProperty("verification_uri_complete").GetString());
        Assert.Equal(600, codes.GetProperty("expires_in").GetInt32());
        Assert.Equal(1, codes.GetProperty("interval").GetInt32());
        var deviceCode = codes.GetProperty("device_code").GetString()!;

        Assert.Equal("authorization_pending", (await PollAsync(tv.ClientId, deviceCode)).Error);

        using var person = new Browser(Warden);
        var login = await person.FollowAsync("/device");
        Assert.Equal("/login", login.RequestMessage!.RequestUri!.AbsolutePath);
        var entry = await person.SignInAndFollowAsync(login);
        Assert.Contains("name=\"user_code\"", await entry.Content.ReadAsStringAsync());
        var typed = userCode.Replace("-", "").ToLowerInvariant();
        var confirm = await PostDeviceFormAsync(person, entry, [new("user_code", typed)]);
        var html = await confirm.Content.ReadAsStringAsync();
        Assert.Contains("<span id=\"client-name\">Living Room TV</span>", html);
        Assert.Contains(userCode, html);
        Assert.Contains("data-scope=\"profile\"", html);
        Assert.Contains("<button type=\"submit\" name=\"decision\" value=\"allow\"", html);

        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("authorization_pending", (await PollAsync(tv.ClientId, deviceCode)).Error);
        var approved = await PostDeviceFormAsync(person, confirm, [new("user_code", userCode), new("decision", "allow")]);
        Assert.Contains("Your device is connected", await approved.Content.ReadAsStringAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => PollAsync(tv.ClientId, deviceCode)));
        var winner = Assert.Single(results, result => result.Status == 200);
        Assert.All(results.Where(result => result.Status != 200), result => Assert.Equal("invalid_grant", result.Error));
        await Warden.ValidateIdTokenAsync(winner.Body.GetProperty("id_token").GetString()!, tv.ClientId);
        Assert.Equal("openid profile", winner.Body.GetProperty("scope").GetString());
        var (refreshStatus, _, _) = await Warden.RefreshAsync(winner.Body.GetProperty("refresh_token").GetString()!, tv.ClientId, null);
        Assert.Equal(200, refreshStatus);
        Assert.Equal("invalid_grant", (await PollAsync(tv.ClientId, deviceCode)).Error);

        await Warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var events = await Warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId));
        Assert.Contains(events, audit => audit.EventType == "device_authorization_approved" && audit.ClientId == tv.ClientId);
    }

    [Fact]
    public async Task Polling_faster_than_the_interval_gets_slow_down_and_a_longer_interval()
    {
        var (tv, _) = await Warden.CreateClientAsync(TvClient());
        var deviceCode = (await RequestCodesAsync(tv.ClientId)).GetProperty("device_code").GetString()!;

        var first = await PollAsync(tv.ClientId, deviceCode);
        _time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromMilliseconds(1));
        var second = await PollAsync(tv.ClientId, deviceCode);
        // The interval was 1 s; after slow_down it is 6 s, counted from the slowed-down poll.
        _time.Advance(TimeSpan.FromSeconds(6) - TimeSpan.FromMilliseconds(1));
        var third = await PollAsync(tv.ClientId, deviceCode);
        _time.Advance(TimeSpan.FromSeconds(11));
        var fourth = await PollAsync(tv.ClientId, deviceCode);

        Assert.Equal("authorization_pending", first.Error);
        Assert.Equal("slow_down", second.Error);
        Assert.Equal(400, second.Status);
        Assert.Equal("slow_down", third.Error);
        // The second slow_down made it 11 s; a device that waits that long is answered again.
        Assert.Equal("authorization_pending", fourth.Error);
    }

    [Fact]
    public async Task A_denied_request_answers_access_denied_and_an_expired_one_expired_token()
    {
        var (tv, _) = await Warden.CreateClientAsync(TvClient());
        var codes = await RequestCodesAsync(tv.ClientId);
        using var person = new Browser(Warden);
        var page = await person.SignInAndFollowAsync(await person.FollowAsync("/device?user_code=" + codes.GetProperty("user_code").GetString()));
        var denied = await PostDeviceFormAsync(person, page, [new("user_code", codes.GetProperty("user_code").GetString()!), new("decision", "deny")]);
        Assert.Contains("not given access", await denied.Content.ReadAsStringAsync());
        Assert.Equal("access_denied", (await PollAsync(tv.ClientId, codes.GetProperty("device_code").GetString()!)).Error);

        var pending = await RequestCodesAsync(tv.ClientId);
        var lifetime = TimeSpan.FromSeconds(pending.GetProperty("expires_in").GetInt32());
        _time.Advance(lifetime - TimeSpan.FromSeconds(1));
        Assert.Equal("authorization_pending", (await PollAsync(tv.ClientId, pending.GetProperty("device_code").GetString()!)).Error);
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("expired_token", (await PollAsync(tv.ClientId, pending.GetProperty("device_code").GetString()!)).Error);
    }

    private async Task<JsonElement> RequestCodesAsync(string clientId)
    {
        var (status, body, _) = await Warden.PostFormAsync("/device_authorization", [new("client_id", clientId)]);
        Assert.Equal(200, status);
        return body;
    }

    private async Task<(int Status, JsonElement Body, string? Error)> PollAsync(string clientId, string deviceCode)
    {
        var (status, body, _) = await Warden.PostFormAsync("/token",
            [new("grant_type", DeviceAuthorizationHandler.GrantType), new("device_code", deviceCode), new("client_id", clientId)]);
        return (status, body, status == 200 ? null : body.GetProperty("error").GetString());
    }

    /// <param name="path">The device page's address: /device, or a path-form tenant's /t/{id}/device.</param>
    public static async Task<HttpResponseMessage> PostDeviceFormAsync(Browser person, HttpResponseMessage page, KeyValuePair<string, string>[] fields,
        string path = "/device")
    {
        var token = Browser.TokenOf(await page.Content.ReadAsStringAsync());
        var response = await person.Raw.PostAsync(path, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"POST {path} answered {response.StatusCode}");
        return response;
    }
}

public sealed class MemoryDeviceFlowTests : DeviceFlowContract<MemoryServerBackend>;
public sealed class SqliteDeviceFlowTests : DeviceFlowContract<SqliteServerBackend>;
public sealed class PostgresDeviceFlowTests : DeviceFlowContract<PostgresServerBackend>;

/// <summary>User codes have about 34 bits: wrong ones are counted per session and per address.</summary>
public sealed class DeviceCodeGuessingTests
{
    [Fact]
    public async Task Wrong_user_codes_are_rate_limited_per_session_and_then_even_the_right_code_is_refused()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        var (tv, _) = await warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient());
        var (_, codes, _) = await warden.PostFormAsync("/device_authorization", [new("client_id", tv.ClientId)]);
        using var person = new Browser(warden);
        var page = await person.SignInAndFollowAsync(await person.FollowAsync("/device"));

        for (var guess = 0; guess < DeviceVerification.MaxWrongCodesPerSession; guess++)
        {
            page = await DeviceFlowContract<MemoryServerBackend>.PostDeviceFormAsync(person, page, [new("user_code", "BCDF-GHJ" + "KLMNP"[guess])]);
            Assert.Contains("That code is not valid or has expired.", await page.Content.ReadAsStringAsync());
        }
        var right = await DeviceFlowContract<MemoryServerBackend>.PostDeviceFormAsync(person, page, [new("user_code", codes.GetProperty("user_code").GetString()!)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.Contains("Too many wrong codes", await right.Content.ReadAsStringAsync());
        Assert.DoesNotContain("decision", await right.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Wrong_user_codes_from_many_sessions_of_one_address_are_limited_per_address()
    {
        await using var warden = await StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory },
            options => options with { Limits = options.Limits with { DevicePerMinute = 0 } });
        var (tv, _) = await warden.CreateClientAsync(DeviceFlowContract<MemoryServerBackend>.TvClient());
        var (_, codes, _) = await warden.PostFormAsync("/device_authorization", [new("client_id", tv.ClientId)]);
        const int sessions = DeviceVerification.MaxWrongCodesPerAddress / (DeviceVerification.MaxWrongCodesPerSession - 1);

        for (var session = 0; session < sessions; session++)
        {
            using var person = new Browser(warden);
            var page = await person.SignInAndFollowAsync(await person.FollowAsync("/device"));
            for (var guess = 0; guess < DeviceVerification.MaxWrongCodesPerSession - 1; guess++)
            {
                page = await DeviceFlowContract<MemoryServerBackend>.PostDeviceFormAsync(person, page, [new("user_code", "BCDF-GHJ" + "KLMN"[guess])]);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            }
        }
        using var fresh = new Browser(warden);
        var freshPage = await fresh.SignInAndFollowAsync(await fresh.FollowAsync("/device"));
        var right = await DeviceFlowContract<MemoryServerBackend>.PostDeviceFormAsync(fresh, freshPage, [new("user_code", codes.GetProperty("user_code").GetString()!)]);

        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        Assert.DoesNotContain("decision", await right.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("bcdf-ghjk", "BCDFGHJK")]
    [InlineData("BCDF GHJK", "BCDFGHJK")]
    [InlineData("BCDFGHJK", "BCDFGHJK")]
    [InlineData("BCDF-GHJA", null)]
    [InlineData("BCDF-GHJ", null)]
    [InlineData("0CDF-GHJK", null)]
    public void User_codes_are_read_case_insensitively_with_or_without_the_dash(string typed, string? canonical) =>
        Assert.Equal(canonical, UserCodes.Normalize(typed));
}

using Warden.Core.Devices;
using Warden.Core.Protocol;
using Warden.Core.Sessions;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>
/// RFC 8628 §3.4-3.5 on a pinned clock: pending, slow_down with a growing interval, denial, expiry, one redemption, and
/// the wrong-code counters of the verification page. Codes live 30 minutes here, longer than the 15-minute counter window.
/// </summary>
public sealed class DeviceCodeGrantTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private Clients.Client _tv = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync(devices: new DeviceFlowOptions(CodeLifetime: TimeSpan.FromMinutes(30), PollInterval: TimeSpan.FromSeconds(5)));
        (_tv, _) = await _engine.CreateClientAsync(TestEngine.TvClient);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private async Task<DeviceAuthorizationResponse> RequestCodesAsync()
    {
        var parameters = TestEngine.Parameters([("client_id", _tv.ClientId), ("scope", "openid profile offline_access")]);
        var (response, error, _) = await _engine.DeviceAuthorization.HandleAsync(parameters, ClientCredentialsInput.FromForm(parameters, null, null),
            new RequestContext(TestEngine.Tenant, "192.0.2.1"), CancellationToken.None);
        Assert.Null(error);
        return response!;
    }

    private Task<TokenResult> PollAsync(DeviceAuthorizationResponse codes) =>
        _engine.TokenAsync(_tv, null, ("grant_type", DeviceAuthorizationHandler.GrantType), ("device_code", codes.DeviceCode));

    private async Task DecideAsync(DeviceAuthorizationResponse codes, bool approved)
    {
        var (device, failure) = await _engine.DeviceVerification.FindAsync(TestEngine.Tenant, codes.UserCode, "session-1", "192.0.2.2",
            CancellationToken.None);
        Assert.Equal(DeviceLookupFailure.None, failure);
        Assert.True(await _engine.DeviceVerification.DecideAsync(device!, _engine.Alice,
            new UserSession(TestEngine.Tenant, _engine.Alice.Id, _engine.Alice.SecurityStamp, _engine.Time.GetUtcNow(), _engine.Time.GetUtcNow().AddHours(8)),
            approved, "192.0.2.2",
            CancellationToken.None));
    }

    [Fact]
    public async Task The_response_states_the_configured_lifetime_and_interval()
    {
        var codes = await RequestCodesAsync();

        Assert.Equal((long)_engine.Devices.CodeLifetime.TotalSeconds, codes.ExpiresIn);
        Assert.Equal((long)_engine.Devices.PollInterval.TotalSeconds, codes.Interval);
        Assert.NotNull(UserCodes.Normalize(codes.UserCode));
    }

    [Fact]
    public async Task Polling_at_the_interval_is_pending_and_polling_faster_gets_slow_down_with_five_more_seconds_each_time()
    {
        var codes = await RequestCodesAsync();
        var interval = _engine.Devices.PollInterval;

        var first = await PollAsync(codes);
        _engine.Time.Advance(interval);
        var atInterval = await PollAsync(codes);
        _engine.Time.Advance(interval - TimeSpan.FromSeconds(1));
        var tooSoon = await PollAsync(codes);
        // The interval is now 10 s, counted from the slowed-down poll: the old 5 s is too soon, and makes it 15 s.
        _engine.Time.Advance(interval);
        var stillTooSoon = await PollAsync(codes);
        _engine.Time.Advance(TimeSpan.FromSeconds(15) - TimeSpan.FromSeconds(1));
        var justTooSoon = await PollAsync(codes);
        _engine.Time.Advance(TimeSpan.FromSeconds(20));
        var afterWaiting = await PollAsync(codes);

        Assert.Equal("authorization_pending", first.Error());
        Assert.Equal("authorization_pending", atInterval.Error());
        Assert.Equal("slow_down", tooSoon.Error());
        Assert.Equal("slow_down", stillTooSoon.Error());
        Assert.Equal("slow_down", justTooSoon.Error());
        Assert.Equal("authorization_pending", afterWaiting.Error());
    }

    [Fact]
    public async Task An_approved_request_gives_tokens_to_exactly_one_poll()
    {
        var codes = await RequestCodesAsync();
        await DecideAsync(codes, approved: true);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => PollAsync(codes))));
        var after = await PollAsync(codes);

        var winner = Assert.Single(results, result => result.Response is not null);
        Assert.Equal("openid profile offline_access", winner.Tokens().Scope);
        Assert.NotNull(winner.Tokens().RefreshToken);
        Assert.All(results.Where(result => result.Response is null), result => Assert.Equal("invalid_grant", result.Error()));
        Assert.Equal("invalid_grant", after.Error());
    }

    [Fact]
    public async Task A_denied_request_is_access_denied()
    {
        var codes = await RequestCodesAsync();
        await DecideAsync(codes, approved: false);

        Assert.Equal("access_denied", (await PollAsync(codes)).Error());
    }

    [Fact]
    public async Task A_request_expires_after_its_lifetime_and_its_user_code_is_then_unknown()
    {
        var codes = await RequestCodesAsync();

        _engine.Time.Advance(_engine.Devices.CodeLifetime - TimeSpan.FromSeconds(1));
        var beforeExpiry = await PollAsync(codes);
        _engine.Time.Advance(TimeSpan.FromSeconds(1));
        var expired = await PollAsync(codes);
        var (device, failure) = await _engine.DeviceVerification.FindAsync(TestEngine.Tenant, codes.UserCode, "session-1", "192.0.2.2",
            CancellationToken.None);

        Assert.Equal("authorization_pending", beforeExpiry.Error());
        Assert.Equal("expired_token", expired.Error());
        Assert.Null(device);
        Assert.Equal(DeviceLookupFailure.UnknownCode, failure);
    }

    [Fact]
    public async Task Wrong_user_codes_are_counted_per_session_for_a_window_then_forgotten()
    {
        var codes = await RequestCodesAsync();
        for (var guess = 0; guess < DeviceVerification.MaxWrongCodesPerSession; guess++)
            await _engine.DeviceVerification.FindAsync(TestEngine.Tenant, "BCDF-GHJK", "guesser", "192.0.2.3", CancellationToken.None);

        _engine.Time.Advance(DeviceVerification.WrongCodeWindow - TimeSpan.FromSeconds(1));
        var (_, blocked) = await _engine.DeviceVerification.FindAsync(TestEngine.Tenant, codes.UserCode, "guesser", "192.0.2.3",
            CancellationToken.None);
        _engine.Time.Advance(TimeSpan.FromSeconds(1));
        var (found, afterWindow) = await _engine.DeviceVerification.FindAsync(TestEngine.Tenant, codes.UserCode, "guesser", "192.0.2.3",
            CancellationToken.None);

        Assert.Equal(DeviceLookupFailure.TooManyAttempts, blocked);
        Assert.Equal(DeviceLookupFailure.None, afterWindow);
        Assert.Equal(_tv.ClientId, found!.Client.ClientId);
    }
}

using Warden.Core.Cleanup;
using Warden.Core.Clients;
using Warden.Core.Registration;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>
/// A cleanup pass deletes the rows whose time has passed and only those: each kind at its own expiry, made by the real
/// flows on a pinned clock (codes 60 s, device codes 10 min, reference tokens 1 h, refresh tokens 14 days idle, audit
/// rows after the 90-day retention).
/// </summary>
public sealed class ExpiredDataCleanerTests : IAsyncLifetime
{
    private TestEngine _engine = null!;
    private DateTimeOffset _start;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        _start = _engine.Time.GetUtcNow();
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private void AdvanceTo(TimeSpan sinceStart) => _engine.Time.Advance(_start + sinceStart - _engine.Time.GetUtcNow());

    /// <summary>The kinds a pass deleted rows of, with how many.</summary>
    private async Task<Dictionary<ExpiredDataKind, long>> CleanAsync()
    {
        var report = await _engine.Cleaner.RunOnceAsync();
        Assert.NotNull(report);
        return report.Deleted.Where(pair => pair.Value > 0).ToDictionary();
    }

    [Fact]
    public async Task Each_kind_of_row_is_deleted_once_its_expiry_has_passed_and_not_before()
    {
        var (web, webSecret) = await _engine.CreateClientAsync(TestEngine.WebClient);
        var (tv, _) = await _engine.CreateClientAsync(TestEngine.TvClient);
        var (machine, machineSecret) = await _engine.CreateClientAsync(TestEngine.MachineClient with
        {
            Scopes = [], AccessTokenFormat = AccessTokenFormat.Reference,
        });
        var unused = await _engine.IssueCodeAsync(web, TestEngine.Challenge);
        var redeemed = await _engine.IssueCodeAsync(web, TestEngine.Challenge);
        var refreshToken = (await _engine.TokenAsync(web, webSecret, ("grant_type", "authorization_code"), ("code", redeemed),
            ("redirect_uri", TestEngine.RedirectUri), ("code_verifier", TestEngine.Verifier))).RefreshToken();
        var deviceParameters = TestEngine.Parameters([("client_id", tv.ClientId)]);
        var (device, _, _) = await _engine.DeviceAuthorization.HandleAsync(deviceParameters,
            Protocol.ClientCredentialsInput.FromForm(deviceParameters, null, null), new Protocol.RequestContext(TestEngine.Tenant, null), default);
        var referenceToken = (await _engine.TokenAsync(machine, machineSecret, ("grant_type", "client_credentials"))).Tokens().AccessToken;
        var (registration, _) = await new InitialAccessTokens(_engine.Storage.RegistrationTokens, _engine.Hasher, _engine.Time)
            .CreateAsync(TestEngine.Tenant, singleUse: false, lifetime: TimeSpan.FromDays(2));
        await _engine.Storage.Revocations.RevokeAsync(TestEngine.Tenant, "jwt-1", machine.ClientId, _start.AddHours(3), _start);
        await _engine.Audit.FlushAsync();

        // At each expiry the row is still there (it ends at that instant); one second later it is gone, and only it.
        AdvanceTo(TimeSpan.FromSeconds(60));
        var atCodeExpiry = await CleanAsync();
        AdvanceTo(TimeSpan.FromSeconds(61));
        var afterCodes = await CleanAsync();
        var codesLeft = (await _engine.Storage.AuthorizationCodes.FindAsync(_engine.Hasher.Hash(unused)),
            await _engine.Storage.DeviceAuthorizations.FindByDeviceCodeAsync(_engine.Hasher.Hash(device!.DeviceCode)));
        AdvanceTo(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var afterDeviceCode = await CleanAsync();
        AdvanceTo(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        var afterReferenceToken = await CleanAsync();
        var referenceTokenLeft = await _engine.Storage.ReferenceTokens.FindAsync(_engine.Hasher.Hash(referenceToken));
        AdvanceTo(TimeSpan.FromHours(3) + TimeSpan.FromSeconds(1));
        var afterRevocation = await CleanAsync();
        AdvanceTo(TimeSpan.FromDays(2) + TimeSpan.FromSeconds(1));
        var afterRegistrationToken = await CleanAsync();
        var refreshTokenKept = await _engine.Storage.RefreshTokens.FindAsync(_engine.Hasher.Hash(refreshToken));
        AdvanceTo(TimeSpan.FromDays(14) + TimeSpan.FromSeconds(1));
        var afterRefreshToken = await CleanAsync();
        AdvanceTo(TimeSpan.FromDays(90) + TimeSpan.FromSeconds(1));
        var afterRetention = await CleanAsync();

        Assert.Empty(atCodeExpiry);
        Assert.Equal(new Dictionary<ExpiredDataKind, long> { [ExpiredDataKind.AuthorizationCodes] = 2 }, afterCodes);
        Assert.Null(codesLeft.Item1);
        Assert.NotNull(codesLeft.Item2);
        Assert.Equal(new Dictionary<ExpiredDataKind, long> { [ExpiredDataKind.DeviceCodes] = 1 }, afterDeviceCode);
        Assert.Equal(new Dictionary<ExpiredDataKind, long> { [ExpiredDataKind.ReferenceTokens] = 1 }, afterReferenceToken);
        Assert.Null(referenceTokenLeft);
        Assert.Equal(new Dictionary<ExpiredDataKind, long> { [ExpiredDataKind.RevokedTokens] = 1 }, afterRevocation);
        Assert.Equal(new Dictionary<ExpiredDataKind, long> { [ExpiredDataKind.RegistrationTokens] = 1 }, afterRegistrationToken);
        Assert.NotNull(refreshTokenKept);
        // The family was never rotated or revoked, so it has no row of its own: only its token goes.
        Assert.Equal(new Dictionary<ExpiredDataKind, long> { [ExpiredDataKind.RefreshTokens] = 1 }, afterRefreshToken);
        Assert.Equal([ExpiredDataKind.AuditLogs], afterRetention.Keys);
        Assert.NotNull(registration);
    }

    [Fact]
    public async Task A_lease_left_by_another_instance_blocks_cleanup_until_it_expires()
    {
        Assert.True(await _engine.Storage.ExpiredData.TryAcquireLeaseAsync("crashed-instance", _engine.Time.GetUtcNow(), TimeSpan.FromMinutes(2)));

        var whileHeld = await _engine.Cleaner.RunOnceAsync();
        _engine.Time.Advance(TimeSpan.FromMinutes(2));
        var atItsEnd = await _engine.Cleaner.RunOnceAsync();
        _engine.Time.Advance(TimeSpan.FromSeconds(1));
        var afterExpiry = await _engine.Cleaner.RunOnceAsync();

        Assert.Null(whileHeld);
        Assert.Null(atItsEnd);
        Assert.NotNull(afterExpiry);
    }
}

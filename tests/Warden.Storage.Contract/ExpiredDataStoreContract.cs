using Warden.Core.Audit;
using Warden.Core.Cleanup;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Registration;
using Warden.Core.Tokens;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Bounded deletes of expired rows, and the lease that keeps cleanup to one instance at a time.</summary>
public abstract class ExpiredDataStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static byte[] Hash() => Guid.NewGuid().ToByteArray();

    private static RefreshToken RefreshToken(string tenantId, DateTimeOffset expiresAt) => new()
    {
        TenantId = tenantId, Hash = Hash(), Id = Guid.NewGuid(), FamilyId = Guid.NewGuid(), ClientId = "web", UserId = Guid.NewGuid(),
        SecurityStamp = "s", AuthTime = Now.AddDays(-40), CreatedAt = Now.AddDays(-40), ExpiresAt = expiresAt,
    };

    private static AuthorizationCode Code(string tenantId, DateTimeOffset expiresAt) => new()
    {
        TenantId = tenantId, Hash = Hash(), ClientId = "web", UserId = Guid.NewGuid(), RedirectUri = "https://app.example/cb",
        SecurityStamp = "s", AuthTime = expiresAt.AddMinutes(-2), CreatedAt = expiresAt.AddMinutes(-1), ExpiresAt = expiresAt,
    };

    [Fact]
    public async Task Only_expired_rows_are_deleted_and_never_more_than_the_limit_per_call()
    {
        var tenant = await CreateTenantAsync();
        var expired = Enumerable.Range(0, 7).Select(_ => RefreshToken(tenant, Now.AddSeconds(-1))).ToList();
        var live = RefreshToken(tenant, Now.AddSeconds(1));
        foreach (var token in expired.Append(live))
            await Storage.RefreshTokens.CreateAsync(token);
        var oldCode = Code(tenant, Now.AddMinutes(-5));
        var freshCode = Code(tenant, Now.AddMinutes(1));
        await Storage.AuthorizationCodes.CreateAsync(oldCode);
        await Storage.AuthorizationCodes.CreateAsync(freshCode);

        Assert.Equal(3, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RefreshTokens, Now, 3));
        Assert.Equal(3, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RefreshTokens, Now, 3));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RefreshTokens, Now, 3));
        Assert.Equal(0, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RefreshTokens, Now, 3));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.AuthorizationCodes, Now, 100));

        foreach (var token in expired)
            Assert.Null(await Storage.RefreshTokens.FindAsync(token.Hash));
        Assert.NotNull(await Storage.RefreshTokens.FindAsync(live.Hash));
        Assert.Null(await Storage.AuthorizationCodes.FindAsync(oldCode.Hash));
        Assert.NotNull(await Storage.AuthorizationCodes.FindAsync(freshCode.Hash));
    }

    [Fact]
    public async Task Revocation_entries_reference_tokens_and_audit_rows_go_by_their_own_times()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Revocations.RevokeAsync(tenant, "old-jti", "web", Now.AddHours(-1), Now.AddHours(-2));
        await Storage.Revocations.RevokeAsync(tenant, "live-jti", "web", Now.AddHours(1), Now.AddHours(-2));
        await Storage.ReferenceTokens.CreateAsync(new ReferenceToken(tenant, Hash(), "web", "web", [], ["https://api.example"], "ref-old",
            Now.AddHours(-3), Now.AddHours(-2), null));
        var liveReference = new ReferenceToken(tenant, Hash(), "web", "web", [], ["https://api.example"], "ref-live", Now, Now.AddHours(1), null);
        await Storage.ReferenceTokens.CreateAsync(liveReference);
        await Storage.AuditLog.AppendAsync(new AuditEvent(Guid.NewGuid(), tenant, Now.AddDays(-100), "login", "success", null, null, null, "{}"));
        var recent = new AuditEvent(Guid.NewGuid(), tenant, Now.AddDays(-1), "login", "success", null, null, null, "{}");
        await Storage.AuditLog.AppendAsync(recent);

        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RevokedTokens, Now, 100));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.ReferenceTokens, Now, 100));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.AuditLogs, Now.AddDays(-90), 100));

        Assert.False(await Storage.Revocations.IsRevokedAsync(tenant, "old-jti"));
        Assert.True(await Storage.Revocations.IsRevokedAsync(tenant, "live-jti"));
        Assert.NotNull(await Storage.ReferenceTokens.FindAsync(liveReference.Hash));
        Assert.Equal([recent.Id], (await Storage.AuditLog.QueryAsync(new AuditQuery(tenant))).Select(e => e.Id));
    }

    [Fact]
    public async Task Device_codes_and_registration_tokens_go_when_expired_and_tokens_without_expiry_stay()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(new Client { TenantId = tenant, ClientId = "tv", Name = "TV", CreatedAt = Now, UpdatedAt = Now });
        DeviceAuthorization Device(DateTimeOffset expiresAt) => new()
        {
            TenantId = tenant, DeviceCodeHash = Hash(), UserCodeHash = Hash(), ClientId = "tv", CreatedAt = expiresAt.AddMinutes(-10),
            ExpiresAt = expiresAt,
        };
        RegistrationToken Token(DateTimeOffset? expiresAt) => new()
        {
            TenantId = tenant, Id = Guid.NewGuid(), Hash = Hash(), Kind = RegistrationTokenKind.InitialAccess, ExpiresAt = expiresAt,
            CreatedAt = Now.AddDays(-1),
        };
        var expiredDevices = new[] { Device(Now.AddMinutes(-1)), Device(Now.AddMinutes(-2)), Device(Now.AddMinutes(-3)) };
        var liveDevice = Device(Now.AddMinutes(5));
        foreach (var device in expiredDevices.Append(liveDevice))
            await Storage.DeviceAuthorizations.CreateAsync(device);
        var expiredToken = Token(Now.AddHours(-1));
        var liveToken = Token(Now.AddHours(1));
        var endlessToken = Token(null);
        foreach (var token in new[] { expiredToken, liveToken, endlessToken })
            await Storage.RegistrationTokens.CreateAsync(token);

        Assert.Equal(2, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.DeviceCodes, Now, 2));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.DeviceCodes, Now, 2));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RegistrationTokens, Now, 10));

        foreach (var device in expiredDevices)
        {
            Assert.Null(await Storage.DeviceAuthorizations.FindByDeviceCodeAsync(device.DeviceCodeHash));
            Assert.Null(await Storage.DeviceAuthorizations.FindByUserCodeAsync(tenant, device.UserCodeHash));
        }
        Assert.NotNull(await Storage.DeviceAuthorizations.FindByDeviceCodeAsync(liveDevice.DeviceCodeHash));
        Assert.Null(await Storage.RegistrationTokens.FindAsync(expiredToken.Hash));
        Assert.NotNull(await Storage.RegistrationTokens.FindAsync(liveToken.Hash));
        Assert.NotNull(await Storage.RegistrationTokens.FindAsync(endlessToken.Hash));
    }

    [Fact]
    public async Task The_lease_has_one_holder_at_a_time_until_released_or_expired()
    {
        var lease = TimeSpan.FromMinutes(2);

        Assert.True(await Storage.ExpiredData.TryAcquireLeaseAsync("a", Now, lease));
        Assert.False(await Storage.ExpiredData.TryAcquireLeaseAsync("b", Now.AddSeconds(1), lease));
        Assert.True(await Storage.ExpiredData.TryAcquireLeaseAsync("a", Now.AddSeconds(2), lease));
        Assert.False(await Storage.ExpiredData.TryAcquireLeaseAsync("b", Now.AddMinutes(2), lease));
        Assert.True(await Storage.ExpiredData.TryAcquireLeaseAsync("b", Now.AddMinutes(3), lease));
        await Storage.ExpiredData.ReleaseLeaseAsync("a");
        Assert.False(await Storage.ExpiredData.TryAcquireLeaseAsync("a", Now.AddMinutes(3), lease));
        await Storage.ExpiredData.ReleaseLeaseAsync("b");
        Assert.True(await Storage.ExpiredData.TryAcquireLeaseAsync("a", Now.AddMinutes(3), lease));
    }

    [Fact]
    public async Task Of_concurrent_cleaners_exactly_one_gets_the_lease()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            Storage.ExpiredData.TryAcquireLeaseAsync("holder-" + i, Now, TimeSpan.FromMinutes(2))));

        Assert.Single(results, acquired => acquired);
    }

    [Fact]
    public async Task A_cleanup_pass_empties_every_kind_and_reports_per_table()
    {
        var tenant = await CreateTenantAsync();
        for (var i = 0; i < 25; i++)
        {
            // A family is recorded by its revocation (or first rotation), kept as long as its token.
            var token = RefreshToken(tenant, Now.AddSeconds(-i - 1));
            await Storage.RefreshTokens.CreateAsync(token);
            await Storage.RefreshTokens.RevokeFamilyAsync(tenant, token.ClientId, token.FamilyId, token.CreatedAt, token.ExpiresAt);
        }
        await Storage.Revocations.RevokeAsync(tenant, "gone", "web", Now.AddMinutes(-1), Now.AddMinutes(-2));
        var cleaner = new ExpiredDataCleaner(Storage.ExpiredData, new CleanupOptions(TimeSpan.FromDays(90), BatchSize: 10),
            new FixedTime(Now));

        var report = await cleaner.RunOnceAsync();

        Assert.NotNull(report);
        Assert.Equal(25, report.Deleted[ExpiredDataKind.RefreshTokens]);
        // Each token's family ends with it.
        Assert.Equal(25, report.Deleted[ExpiredDataKind.RefreshTokenFamilies]);
        Assert.Equal(1, report.Deleted[ExpiredDataKind.RevokedTokens]);
        Assert.Equal(51, report.Total);
        Assert.Equal(0, (await cleaner.RunOnceAsync())!.Total);
    }

    [Fact]
    public async Task A_pass_over_one_tenant_deletes_its_expired_rows_and_none_of_another_tenant()
    {
        var mine = await CreateTenantAsync();
        var other = await CreateTenantAsync();
        foreach (var tenant in new[] { mine, other })
        {
            await Storage.RefreshTokens.CreateAsync(RefreshToken(tenant, Now.AddSeconds(-1)));
            await Storage.AuthorizationCodes.CreateAsync(Code(tenant, Now.AddMinutes(-5)));
            await Storage.Revocations.RevokeAsync(tenant, "old-jti", "web", Now.AddHours(-1), Now.AddHours(-2));
            await Storage.Revocations.RevokeAsync(tenant, "live-jti", "web", Now.AddHours(1), Now.AddHours(-2));
            await Storage.AuditLog.AppendAsync(new AuditEvent(Guid.NewGuid(), tenant, Now.AddDays(-100), "login", "success", null, null, null, "{}"));
        }
        var cleaner = new ExpiredDataCleaner(Storage.ExpiredData, new CleanupOptions(TimeSpan.FromDays(90), BatchSize: 10), new FixedTime(Now));
        async Task<long> RowsAsync(string table, string tenant) => await Storage.Transfer.CountAsync(Core.Transfer.SnapshotSchema.Find(table)!, tenant);

        var report = await cleaner.RunOnceForTenantAsync(mine);

        Assert.NotNull(report);
        Assert.Equal(1, report.Deleted[ExpiredDataKind.RefreshTokens]);
        Assert.Equal(1, report.Deleted[ExpiredDataKind.AuthorizationCodes]);
        Assert.Equal(1, report.Deleted[ExpiredDataKind.RevokedTokens]);
        Assert.Equal(1, report.Deleted[ExpiredDataKind.AuditLogs]);
        Assert.Equal(4, report.Total);
        foreach (var table in new[] { "refresh_tokens", "authorization_codes", "audit_logs" })
        {
            Assert.Equal(0, await RowsAsync(table, mine));
            Assert.Equal(1, await RowsAsync(table, other));
        }
        Assert.Equal(1, await RowsAsync("revoked_tokens", mine));
        Assert.Equal(2, await RowsAsync("revoked_tokens", other));
        Assert.True(await Storage.Revocations.IsRevokedAsync(mine, "live-jti"));
        Assert.Equal(0, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.RevokedTokens, Now, 10, mine));

        // The pass over every tenant still reaches the other's.
        Assert.Equal(4, (await cleaner.RunOnceAsync())!.Total);
        Assert.Equal(1, await RowsAsync("revoked_tokens", other));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

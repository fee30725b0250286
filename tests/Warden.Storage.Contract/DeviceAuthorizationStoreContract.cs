using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Sessions;
using Warden.Core.Storage;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Device authorization requests (RFC 8628): hashed codes, a user code unique per tenant, atomic decision and redemption.</summary>
public abstract class DeviceAuthorizationStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private const string ClientId = "tv";

    private const string Stamp = "stämp-alice";

    private IDeviceAuthorizationStore Devices => Storage.DeviceAuthorizations;

    private static byte[] Hash() => Guid.NewGuid().ToByteArray();

    private static DeviceAuthorization NewAuthorization(string tenantId) => new()
    {
        TenantId = tenantId, DeviceCodeHash = Hash(), UserCodeHash = Hash(), ClientId = ClientId, Scopes = ["openid", "offline_access"],
        CreatedAt = Now, ExpiresAt = Now.AddMinutes(10),
    };

    /// <summary>A tenant with the client "tv" and one user.</summary>
    private async Task<(string Tenant, Guid User)> CreateTenantWithClientAndUserAsync()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(new Client { TenantId = tenant, ClientId = ClientId, Name = "TV", CreatedAt = Now, UpdatedAt = Now });
        var user = new User { Id = Guid.NewGuid(), TenantId = tenant, Username = "alice", SecurityStamp = Stamp, CreatedAt = Now, UpdatedAt = Now };
        await Storage.Users.CreateAsync(user);
        return (tenant, user.Id);
    }

    private async Task<(DeviceAuthorization Authorization, Guid User)> CreatePendingAsync()
    {
        var (tenant, user) = await CreateTenantWithClientAndUserAsync();
        var authorization = NewAuthorization(tenant);
        await Devices.CreateAsync(authorization);
        return (authorization, user);
    }

    /// <summary>A passkey sign-in with an acr, so that the round trip of both columns shows.</summary>
    private static readonly SignInEvidence Evidence = new([AuthenticationMethods.HardwareKey, AuthenticationMethods.Pin], "urn:test:strong");

    private Task<bool> DecideAsync(DeviceAuthorization authorization, bool approved, Guid user, DateTimeOffset now) =>
        Devices.DecideAsync(authorization.TenantId, authorization.UserCodeHash, approved, user, Stamp, now.AddSeconds(-30), Evidence, now);

    [Fact]
    public async Task A_pending_request_round_trips_by_device_code_and_by_user_code()
    {
        var (authorization, _) = await CreatePendingAsync();

        Assert.Equal(authorization, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
        Assert.Equal(authorization, await Devices.FindByUserCodeAsync(authorization.TenantId, authorization.UserCodeHash));
        Assert.Null(await Devices.FindByDeviceCodeAsync(Hash()));
        Assert.Null(await Devices.FindByUserCodeAsync(authorization.TenantId, Hash()));
    }

    [Fact]
    public async Task A_request_created_decided_and_consumed_round_trips_every_field()
    {
        var (tenant, user) = await CreateTenantWithClientAndUserAsync();
        var authorization = NewAuthorization(tenant) with
        {
            Scopes = ["openid", "écran", new string('s', 2000)], Status = DeviceAuthorizationStatus.Approved, UserId = user,
            SecurityStamp = Stamp, AuthTime = Now.AddSeconds(-1), Evidence = Evidence, DecidedAt = Now.AddSeconds(1), ConsumedAt = Now.AddSeconds(2),
        };

        await Devices.CreateAsync(authorization);

        Assert.Equal(authorization, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
    }

    [Fact]
    public async Task A_known_device_code_or_a_user_code_known_in_the_tenant_is_a_duplicate_but_not_in_another_tenant()
    {
        var (authorization, _) = await CreatePendingAsync();
        var (otherTenant, _) = await CreateTenantWithClientAndUserAsync();

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Devices.CreateAsync(NewAuthorization(authorization.TenantId) with
        {
            DeviceCodeHash = authorization.DeviceCodeHash,
        }));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Devices.CreateAsync(NewAuthorization(authorization.TenantId) with
        {
            UserCodeHash = authorization.UserCodeHash,
        }));
        var elsewhere = NewAuthorization(otherTenant) with { UserCodeHash = authorization.UserCodeHash };
        await Devices.CreateAsync(elsewhere);

        Assert.Equal(elsewhere, await Devices.FindByUserCodeAsync(otherTenant, authorization.UserCodeHash));
        Assert.Equal(authorization, await Devices.FindByUserCodeAsync(authorization.TenantId, authorization.UserCodeHash));
    }

    [Fact]
    public async Task An_unknown_tenant_or_client_is_a_missing_reference()
    {
        var (tenant, _) = await CreateTenantWithClientAndUserAsync();

        await Assert.ThrowsAsync<MissingReferenceException>(() => Devices.CreateAsync(NewAuthorization("no-such-tenant")));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Devices.CreateAsync(NewAuthorization(tenant) with { ClientId = "no-such-client" }));
        // The client exists, but in another tenant.
        var other = await CreateTenantAsync();
        await Assert.ThrowsAsync<MissingReferenceException>(() => Devices.CreateAsync(NewAuthorization(other)));
    }

    [Fact]
    public async Task A_user_code_is_never_found_nor_decided_in_another_tenant()
    {
        var (authorization, _) = await CreatePendingAsync();
        var (otherTenant, otherUser) = await CreateTenantWithClientAndUserAsync();

        Assert.Null(await Devices.FindByUserCodeAsync(otherTenant, authorization.UserCodeHash));
        Assert.False(await Devices.DecideAsync(otherTenant, authorization.UserCodeHash, true, otherUser, Stamp, Now, Evidence, Now));
        Assert.Equal(authorization, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
    }

    [Fact]
    public async Task An_approval_is_recorded_once_while_pending()
    {
        var (authorization, user) = await CreatePendingAsync();

        Assert.True(await DecideAsync(authorization, approved: true, user, Now.AddMinutes(1)));
        Assert.False(await DecideAsync(authorization, approved: false, user, Now.AddMinutes(2)));

        var approved = authorization with
        {
            Status = DeviceAuthorizationStatus.Approved, UserId = user, AuthTime = Now.AddSeconds(30), Evidence = Evidence, DecidedAt = Now.AddMinutes(1),
            SecurityStamp = Stamp,
        };
        Assert.Equal(approved, await Devices.FindByUserCodeAsync(authorization.TenantId, authorization.UserCodeHash));
    }

    [Fact]
    public async Task A_denial_is_recorded_without_a_security_stamp_and_cannot_be_consumed()
    {
        var (authorization, user) = await CreatePendingAsync();

        Assert.True(await DecideAsync(authorization, approved: false, user, Now.AddMinutes(1)));
        Assert.False(await DecideAsync(authorization, approved: true, user, Now.AddMinutes(2)));

        Assert.Null(await Devices.TryConsumeAsync(authorization.DeviceCodeHash, Now.AddMinutes(3)));
        var denied = authorization with
        {
            Status = DeviceAuthorizationStatus.Denied, UserId = user, AuthTime = Now.AddSeconds(30), Evidence = Evidence, DecidedAt = Now.AddMinutes(1),
        };
        Assert.Equal(denied, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
    }

    [Fact]
    public async Task An_expired_request_cannot_be_decided()
    {
        var (authorization, user) = await CreatePendingAsync();

        Assert.False(await DecideAsync(authorization, approved: true, user, authorization.ExpiresAt));
        Assert.False(await DecideAsync(authorization, approved: true, user, authorization.ExpiresAt.AddMinutes(1)));
        Assert.False(await Devices.DecideAsync(authorization.TenantId, Hash(), true, user, Stamp, Now, Evidence, Now));

        Assert.Equal(authorization, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
    }

    [Fact]
    public async Task Deciding_for_an_unknown_user_is_a_missing_reference()
    {
        var (authorization, _) = await CreatePendingAsync();

        await Assert.ThrowsAsync<MissingReferenceException>(() => DecideAsync(authorization, approved: true, Guid.NewGuid(), Now));

        Assert.Equal(authorization, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
    }

    [Fact]
    public async Task Only_an_approved_request_is_consumed_and_only_once()
    {
        var (authorization, user) = await CreatePendingAsync();

        Assert.Null(await Devices.TryConsumeAsync(authorization.DeviceCodeHash, Now));
        Assert.True(await DecideAsync(authorization, approved: true, user, Now.AddMinutes(1)));
        var consumed = await Devices.TryConsumeAsync(authorization.DeviceCodeHash, Now.AddMinutes(2));
        Assert.Null(await Devices.TryConsumeAsync(authorization.DeviceCodeHash, Now.AddMinutes(3)));
        Assert.Null(await Devices.TryConsumeAsync(Hash(), Now));

        var expected = authorization with
        {
            Status = DeviceAuthorizationStatus.Approved, UserId = user, AuthTime = Now.AddSeconds(30), DecidedAt = Now.AddMinutes(1),
            ConsumedAt = Now.AddMinutes(2), SecurityStamp = Stamp, Evidence = Evidence,
        };
        Assert.Equal(expected, consumed);
        Assert.Equal(expected, await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
    }

    [Fact]
    public async Task Of_concurrent_decisions_exactly_one_wins()
    {
        var (authorization, user) = await CreatePendingAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(index => Task.Run(() => DecideAsync(authorization, approved: index % 2 == 0, user, Now.AddMinutes(1)))));

        Assert.Single(results, result => result);
    }

    [Fact]
    public async Task Of_concurrent_redemptions_exactly_one_wins()
    {
        var (authorization, user) = await CreatePendingAsync();
        Assert.True(await DecideAsync(authorization, approved: true, user, Now.AddMinutes(1)));

        var results = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => Task.Run(() => Devices.TryConsumeAsync(authorization.DeviceCodeHash, Now.AddMinutes(2)))));

        Assert.Single(results, result => result is not null);
    }

    [Fact]
    public async Task Deleting_the_client_or_the_user_deletes_their_requests()
    {
        var (authorization, user) = await CreatePendingAsync();
        var decided = NewAuthorization(authorization.TenantId);
        await Devices.CreateAsync(decided);
        Assert.True(await DecideAsync(decided, approved: true, user, Now.AddMinutes(1)));

        Assert.True(await Storage.Users.DeleteAsync(authorization.TenantId, user));
        Assert.Null(await Devices.FindByDeviceCodeAsync(decided.DeviceCodeHash));
        Assert.NotNull(await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));

        Assert.True(await Storage.Clients.DeleteAsync(authorization.TenantId, ClientId));
        Assert.Null(await Devices.FindByDeviceCodeAsync(authorization.DeviceCodeHash));
        Assert.Null(await Devices.FindByUserCodeAsync(authorization.TenantId, authorization.UserCodeHash));
        // The user code is free again once its request is gone.
        await Storage.Clients.CreateAsync(new Client { TenantId = authorization.TenantId, ClientId = ClientId, Name = "TV", CreatedAt = Now, UpdatedAt = Now });
        await Devices.CreateAsync(authorization);
    }
}

using Warden.Core.ApiKeys;
using Warden.Core.Cleanup;
using Warden.Core.Clients;
using Warden.Core.Storage;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>
/// API keys (issue #19): every field round-trips, a public id is unique across tenants and found only in its tenant,
/// revocation is one conditional update, uses are written in batches that never move the last use back, a key goes
/// with its owner, and cleanup removes keys expired or revoked before the cut-off.
/// </summary>
public abstract class ApiKeyStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private const string ClientId = "reporting";

    private IApiKeyStore Keys => Storage.ApiKeys;

    private static string PublicId() => Guid.NewGuid().ToString("N")[..ApiKeyFormat.PublicIdLength];

    private static ApiKey ClientKey(string tenantId, string clientId = ClientId) => new()
    {
        TenantId = tenantId, PublicId = PublicId(), Name = "nightly export", SecretHash = Guid.NewGuid().ToByteArray(), ClientId = clientId,
        Scopes = ["reports"], CreatedAt = Now, ExpiresAt = Now.AddDays(30),
    };

    private static ApiKey UserKey(string tenantId, Guid userId) => ClientKey(tenantId) with { ClientId = null, UserId = userId };

    private async Task<string> CreateTenantWithOwnersAsync()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Clients.CreateAsync(new Client { TenantId = tenant, ClientId = ClientId, Name = "Reporting", CreatedAt = Now, UpdatedAt = Now });
        return tenant;
    }

    private async Task<User> CreateUserAsync(string tenantId)
    {
        var user = new User
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Username = "ann", Email = "ann@example.com", SecurityStamp = "stamp", CreatedAt = Now,
            UpdatedAt = Now,
        };
        await Storage.Users.CreateAsync(user);
        return user;
    }

    [Fact]
    public async Task Keys_of_users_and_clients_round_trip_every_field()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var user = await CreateUserAsync(tenant);
        var clientKey = ClientKey(tenant) with
        {
            Name = "Überweisungen ✓ " + new string('x', 80), Scopes = ["reports", "warden:users", "read:all"],
            LastUsedAt = Now.AddSeconds(1.5), RevokedAt = Now.AddSeconds(2.25),
        };
        var userKey = UserKey(tenant, user.Id) with { ExpiresAt = null, Scopes = [] };

        await Keys.CreateAsync(clientKey);
        await Keys.CreateAsync(userKey);

        Assert.Equal(clientKey, await Keys.FindAsync(tenant, clientKey.PublicId));
        Assert.Equal(userKey, await Keys.FindAsync(tenant, userKey.PublicId));
        Assert.Null(await Keys.FindAsync(tenant, PublicId()));
    }

    [Fact]
    public async Task A_public_id_is_unique_across_tenants_and_found_only_in_its_own()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var other = await CreateTenantWithOwnersAsync();
        var key = ClientKey(tenant);
        await Keys.CreateAsync(key);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Keys.CreateAsync(ClientKey(tenant) with { PublicId = key.PublicId }));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Keys.CreateAsync(ClientKey(other) with { PublicId = key.PublicId }));

        Assert.Null(await Keys.FindAsync(other, key.PublicId));
        Assert.Empty(await Keys.ListAsync(other));
        Assert.False(await Keys.RevokeAsync(other, key.PublicId, Now));
        await Keys.RecordUsesAsync([new ApiKeyUse(other, key.PublicId, Now.AddMinutes(1))]);
        Assert.Equal(key, await Keys.FindAsync(tenant, key.PublicId));
    }

    [Fact]
    public async Task An_unknown_tenant_user_or_client_is_a_missing_reference()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var other = await CreateTenantAsync();

        await Assert.ThrowsAsync<MissingReferenceException>(() => Keys.CreateAsync(ClientKey("no-such-tenant")));
        // A client is named within its tenant: another tenant's client of the same id is no owner here.
        await Assert.ThrowsAsync<MissingReferenceException>(() => Keys.CreateAsync(ClientKey(other)));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Keys.CreateAsync(ClientKey(tenant, "no-such-client")));
        // Note: user ids are unique across tenants and referenced alone, as by every table; ApiKeyService finds the user in the tenant.
        await Assert.ThrowsAsync<MissingReferenceException>(() => Keys.CreateAsync(UserKey(tenant, Guid.NewGuid())));
        Assert.Empty(await Keys.ListAsync(tenant));
    }

    [Fact]
    public async Task A_list_is_in_creation_order_then_public_id()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var later = ClientKey(tenant) with { CreatedAt = Now.AddMinutes(1) };
        var first = ClientKey(tenant) with { PublicId = "0000000000000001" };
        var second = ClientKey(tenant) with { PublicId = "000000000000000a" };
        foreach (var key in new[] { later, second, first })
            await Keys.CreateAsync(key);

        Assert.Equal([first, second, later], await Keys.ListAsync(tenant));
    }

    [Fact]
    public async Task Revoking_succeeds_once_and_keeps_the_first_time()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var key = ClientKey(tenant);
        await Keys.CreateAsync(key);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Keys.RevokeAsync(tenant, key.PublicId, Now.AddSeconds(i))));

        Assert.Equal(1, outcomes.Count(revoked => revoked));
        var revokedAt = (await Keys.FindAsync(tenant, key.PublicId))!.RevokedAt;
        Assert.NotNull(revokedAt);
        Assert.False(await Keys.RevokeAsync(tenant, key.PublicId, Now.AddHours(1)));
        Assert.Equal(revokedAt, (await Keys.FindAsync(tenant, key.PublicId))!.RevokedAt);
        Assert.False(await Keys.RevokeAsync(tenant, PublicId(), Now));
    }

    [Fact]
    public async Task Uses_are_written_in_one_batch_and_never_move_the_last_use_back()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var first = ClientKey(tenant);
        var second = ClientKey(tenant);
        await Keys.CreateAsync(first);
        await Keys.CreateAsync(second);

        await Keys.RecordUsesAsync([new ApiKeyUse(tenant, first.PublicId, Now.AddMinutes(5)), new ApiKeyUse(tenant, second.PublicId, Now.AddMinutes(1)),
            new ApiKeyUse(tenant, PublicId(), Now)]);
        await Keys.RecordUsesAsync([new ApiKeyUse(tenant, first.PublicId, Now.AddMinutes(2)), new ApiKeyUse(tenant, second.PublicId, Now.AddMinutes(3))]);
        await Keys.RecordUsesAsync([]);

        Assert.Equal(Now.AddMinutes(5), (await Keys.FindAsync(tenant, first.PublicId))!.LastUsedAt);
        Assert.Equal(Now.AddMinutes(3), (await Keys.FindAsync(tenant, second.PublicId))!.LastUsedAt);
    }

    [Fact]
    public async Task A_key_goes_with_its_owning_user_or_client()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var user = await CreateUserAsync(tenant);
        var clientKey = ClientKey(tenant);
        var userKey = UserKey(tenant, user.Id);
        await Keys.CreateAsync(clientKey);
        await Keys.CreateAsync(userKey);

        Assert.True(await Storage.Clients.DeleteAsync(tenant, ClientId));
        Assert.Null(await Keys.FindAsync(tenant, clientKey.PublicId));
        Assert.Equal(userKey, await Keys.FindAsync(tenant, userKey.PublicId));

        Assert.True(await Storage.Users.DeleteAsync(tenant, user.Id));
        Assert.Empty(await Keys.ListAsync(tenant));
    }

    [Fact]
    public async Task Cleanup_deletes_keys_expired_or_revoked_before_the_cut_off_and_nothing_else()
    {
        var tenant = await CreateTenantWithOwnersAsync();
        var expired = ClientKey(tenant) with { ExpiresAt = Now.AddDays(-31) };
        var revoked = ClientKey(tenant) with { RevokedAt = Now.AddDays(-31) };
        var recentlyExpired = ClientKey(tenant) with { ExpiresAt = Now.AddDays(-1) };
        var recentlyRevoked = ClientKey(tenant) with { RevokedAt = Now.AddDays(-1) };
        var forever = ClientKey(tenant) with { ExpiresAt = null };
        var active = ClientKey(tenant);
        foreach (var key in new[] { expired, revoked, recentlyExpired, recentlyRevoked, forever, active })
            await Keys.CreateAsync(key);

        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.ApiKeys, Now.AddDays(-30), 1));
        Assert.Equal(1, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.ApiKeys, Now.AddDays(-30), 10));
        Assert.Equal(0, await Storage.ExpiredData.DeleteExpiredAsync(ExpiredDataKind.ApiKeys, Now.AddDays(-30), 10));

        Assert.Equal(new[] { recentlyExpired, recentlyRevoked, forever, active }.Select(key => key.PublicId).Order(),
            (await Keys.ListAsync(tenant)).Select(key => key.PublicId).Order());
    }
}

using Warden.Core.Keys;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class SigningKeyStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static SigningKey NewKey(string tenantId, string keyId, DateTimeOffset activatesAt, DateTimeOffset? expiresAt = null) => new(
        tenantId, keyId, "ES256", $$"""{"kty":"EC","crv":"P-256","kid":"{{keyId}}","x":"x","y":"y"}""", [1, 2, 3, 0, 255],
        Now, activatesAt, expiresAt is null ? null : Now, expiresAt);

    [Fact]
    public async Task An_added_key_is_found_with_every_field_intact()
    {
        var tenant = await CreateTenantAsync();
        var key = NewKey(tenant, "k1", Now.AddMinutes(5), Now.AddDays(1));

        await Storage.SigningKeys.AddAsync(key);

        Assert.Equal(key, await Storage.SigningKeys.FindAsync(tenant, "k1"));
        Assert.Null(await Storage.SigningKeys.FindAsync(tenant, "k2"));
    }

    [Fact]
    public async Task Published_keys_exclude_expired_ones_and_come_newest_first()
    {
        var tenant = await CreateTenantAsync();
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "old", Now.AddDays(-10), expiresAt: Now.AddSeconds(-1)));
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "retiring", Now.AddDays(-5), expiresAt: Now.AddDays(1)));
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "current", Now.AddDays(-1)));
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "next", Now.AddMinutes(10)));
        var otherTenant = await CreateTenantAsync();
        await Storage.SigningKeys.AddAsync(NewKey(otherTenant, "foreign", Now));

        var published = await Storage.SigningKeys.ListPublishedAsync(tenant, Now);

        Assert.Equal(["next", "current", "retiring"], published.Select(key => key.KeyId));
    }

    [Fact]
    public async Task A_key_is_retired_once()
    {
        var tenant = await CreateTenantAsync();
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "k1", Now));

        Assert.True(await Storage.SigningKeys.RetireAsync(tenant, "k1", Now.AddHours(1), Now.AddHours(2)));
        Assert.False(await Storage.SigningKeys.RetireAsync(tenant, "k1", Now.AddHours(3), Now.AddHours(4)));
        Assert.False(await Storage.SigningKeys.RetireAsync(tenant, "missing", Now, Now));

        var key = await Storage.SigningKeys.FindAsync(tenant, "k1");
        Assert.Equal(Now.AddHours(1), key!.RetiredAt);
        Assert.Equal(Now.AddHours(2), key.ExpiresAt);
        Assert.Empty(await Storage.SigningKeys.ListPublishedAsync(tenant, Now.AddHours(2)));
    }

    [Fact]
    public async Task A_revoked_key_leaves_the_published_keys_at_once_and_stays_out()
    {
        var tenant = await CreateTenantAsync();
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "current", Now.AddDays(-1)));
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "retired", Now.AddDays(-2)));
        Assert.True(await Storage.SigningKeys.RetireAsync(tenant, "retired", Now.AddHours(-1), Now.AddHours(1)));
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "kept", Now.AddDays(-3)));

        Assert.True(await Storage.SigningKeys.RevokeAsync(tenant, "current", Now));
        Assert.True(await Storage.SigningKeys.RevokeAsync(tenant, "retired", Now));

        Assert.Equal(["kept"], (await Storage.SigningKeys.ListPublishedAsync(tenant, Now)).Select(key => key.KeyId));
        var revoked = await Storage.SigningKeys.FindAsync(tenant, "current");
        Assert.Equal((Now, Now), (revoked!.RetiredAt, revoked.ExpiresAt));
        // A key already retired keeps the time it stopped signing.
        Assert.Equal((Now.AddHours(-1), Now), ((await Storage.SigningKeys.FindAsync(tenant, "retired"))!.RetiredAt, (await Storage.SigningKeys.FindAsync(tenant, "retired"))!.ExpiresAt));
        Assert.False(await Storage.SigningKeys.RevokeAsync(tenant, "current", Now.AddMinutes(1)));
        Assert.False(await Storage.SigningKeys.RevokeAsync(tenant, "missing", Now));
        Assert.False(await Storage.SigningKeys.RetireAsync(tenant, "current", Now, Now.AddDays(1)));
    }

    [Fact]
    public async Task Duplicate_key_ids_and_unknown_tenants_are_refused()
    {
        var tenant = await CreateTenantAsync();
        await Storage.SigningKeys.AddAsync(NewKey(tenant, "k1", Now));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.SigningKeys.AddAsync(NewKey(tenant, "k1", Now)));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.SigningKeys.AddAsync(NewKey("no-such-tenant", "k1", Now)));
    }
}

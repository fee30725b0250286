using Warden.Core.Passkeys;
using Warden.Core.Storage;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>Passkeys: several per user, a credential id unique per tenant, renamed, used with a conditional counter, deleted with their user.</summary>
public abstract class PasskeyStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private IPasskeyStore Passkeys => Storage.Passkeys;

    private async Task<User> CreateUserAsync(string tenantId, string username = "ann")
    {
        var user = new User
        {
            Id = Guid.NewGuid(), TenantId = tenantId, Username = username, SecurityStamp = "stamp", CreatedAt = Now, UpdatedAt = Now,
        };
        await Storage.Users.CreateAsync(user);
        return user;
    }

    private static PasskeyCredential Passkey(User user, int minutes = 0, string name = "Laptop") => new()
    {
        Id = Guid.NewGuid(), TenantId = user.TenantId, UserId = user.Id, CredentialId = Guid.NewGuid().ToByteArray(),
        PublicKey = [0xa5, 0x01, 0x02, 0x03, 0x26], SignCount = 0, Transports = ["internal", "hybrid"], Aaguid = Guid.NewGuid(),
        BackupEligible = true, BackedUp = false, Name = name, CreatedAt = Now.AddMinutes(minutes),
    };

    [Fact]
    public async Task A_user_has_several_passkeys_found_by_credential_id_and_listed_oldest_first_as_stored()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var second = Passkey(user, 1, "Phone");
        var first = Passkey(user, 0) with { LastUsedAt = Now.AddMinutes(3), Transports = [] };
        await Passkeys.CreateAsync(second);
        await Passkeys.CreateAsync(first);

        Assert.Equal([first, second], await Passkeys.ListAsync(user.TenantId, user.Id));
        Assert.Equal(2, await Passkeys.CountAsync(user.TenantId, user.Id));
        Assert.Equal(second, await Passkeys.FindByCredentialIdAsync(user.TenantId, second.CredentialId));
        Assert.Null(await Passkeys.FindByCredentialIdAsync(user.TenantId, Guid.NewGuid().ToByteArray()));
        Assert.Null(await Passkeys.FindByCredentialIdAsync(await CreateTenantAsync(), second.CredentialId));
    }

    [Fact]
    public async Task A_credential_id_is_unique_in_a_tenant_and_the_user_must_exist()
    {
        var tenant = await CreateTenantAsync();
        var ann = await CreateUserAsync(tenant);
        var bob = await CreateUserAsync(tenant, "bob");
        var passkey = Passkey(ann);
        await Passkeys.CreateAsync(passkey);

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Passkeys.CreateAsync(Passkey(bob) with { CredentialId = passkey.CredentialId }));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Passkeys.CreateAsync(Passkey(bob) with { Id = passkey.Id }));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Passkeys.CreateAsync(Passkey(ann) with { UserId = Guid.NewGuid() }));
        // Another tenant may hold the same credential id (a credential is scoped to its relying party, and tenants are separate ones).
        var other = await CreateUserAsync(await CreateTenantAsync());
        await Passkeys.CreateAsync(Passkey(other) with { CredentialId = passkey.CredentialId });
    }

    [Fact]
    public async Task A_passkey_is_renamed_and_deleted_only_by_its_own_user()
    {
        var tenant = await CreateTenantAsync();
        var ann = await CreateUserAsync(tenant);
        var bob = await CreateUserAsync(tenant, "bob");
        var passkey = Passkey(ann);
        await Passkeys.CreateAsync(passkey);

        Assert.False(await Passkeys.RenameAsync(tenant, bob.Id, passkey.Id, "Mine"));
        Assert.True(await Passkeys.RenameAsync(tenant, ann.Id, passkey.Id, "Work laptop"));
        Assert.Equal("Work laptop", (await Passkeys.FindByCredentialIdAsync(tenant, passkey.CredentialId))!.Name);
        Assert.False(await Passkeys.DeleteAsync(tenant, bob.Id, passkey.Id));
        Assert.True(await Passkeys.DeleteAsync(tenant, ann.Id, passkey.Id));
        Assert.False(await Passkeys.DeleteAsync(tenant, ann.Id, passkey.Id));
        Assert.Empty(await Passkeys.ListAsync(tenant, ann.Id));
    }

    [Fact]
    public async Task A_use_is_recorded_only_while_the_counter_is_the_one_read()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var passkey = Passkey(user) with { SignCount = 4 };
        await Passkeys.CreateAsync(passkey);

        Assert.True(await Passkeys.RecordUseAsync(user.TenantId, passkey.Id, 4, 5, true, Now.AddMinutes(1)));
        Assert.False(await Passkeys.RecordUseAsync(user.TenantId, passkey.Id, 4, 5, true, Now.AddMinutes(2)));
        var used = await Passkeys.FindByCredentialIdAsync(user.TenantId, passkey.CredentialId);
        Assert.Equal(passkey with { SignCount = 5, BackedUp = true, LastUsedAt = Now.AddMinutes(1) }, used);
        Assert.False(await Passkeys.RecordUseAsync(user.TenantId, Guid.NewGuid(), 0, 1, false, Now));
    }

    [Fact]
    public async Task Deleting_the_user_deletes_their_passkeys()
    {
        var user = await CreateUserAsync(await CreateTenantAsync());
        var passkey = Passkey(user);
        await Passkeys.CreateAsync(passkey);

        Assert.True(await Storage.Users.DeleteAsync(user.TenantId, user.Id));

        Assert.Null(await Passkeys.FindByCredentialIdAsync(user.TenantId, passkey.CredentialId));
        Assert.Equal(0, await Passkeys.CountAsync(user.TenantId, user.Id));
    }
}

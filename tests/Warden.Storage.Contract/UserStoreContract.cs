using Warden.Core.Storage;
using Warden.Core.Users;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class UserStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static User NewUser(string tenantId, string username, string? email = null) => new()
    {
        Id = Guid.NewGuid(),
        TenantId = tenantId,
        Username = username,
        Email = email,
        EmailVerified = true,
        PasswordHash = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA",
        Role = UserRole.Admin,
        ProfilePictureUrl = "https://pics.example/a.png",
        Metadata = """{"department":"billing"}""",
        SecurityStamp = "stamp-1",
        FailedLoginCount = 2,
        LockedUntil = Now.AddMinutes(5),
        CreatedAt = Now,
        UpdatedAt = Now,
    };

    [Fact]
    public async Task A_created_user_is_found_by_id_username_and_email_ignoring_case()
    {
        var tenant = await CreateTenantAsync();
        var user = NewUser(tenant, "Alice", "Alice@Example.com");

        await Storage.Users.CreateAsync(user);

        var byId = await Storage.Users.FindByIdAsync(tenant, user.Id);
        Assert.Equal(user with { Metadata = byId!.Metadata }, byId);
        Assert.Equal("billing", System.Text.Json.JsonDocument.Parse(byId.Metadata).RootElement.GetProperty("department").GetString());
        Assert.Equal(user.Id, (await Storage.Users.FindByUsernameAsync(tenant, "aLICE"))!.Id);
        Assert.Equal(user.Id, (await Storage.Users.FindByEmailAsync(tenant, "alice@example.COM"))!.Id);
        Assert.Null(await Storage.Users.FindByUsernameAsync(tenant, "alic"));
    }

    [Fact]
    public async Task Usernames_and_emails_are_unique_per_tenant_ignoring_case()
    {
        var tenant = await CreateTenantAsync();
        var other = await CreateTenantAsync();
        await Storage.Users.CreateAsync(NewUser(tenant, "alice", "alice@example.com"));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.Users.CreateAsync(NewUser(tenant, "ALICE")));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.Users.CreateAsync(NewUser(tenant, "bob", "ALICE@example.com")));
        await Storage.Users.CreateAsync(NewUser(tenant, "carol"));
        await Storage.Users.CreateAsync(NewUser(tenant, "dave"));
        await Storage.Users.CreateAsync(NewUser(other, "alice", "alice@example.com"));

        Assert.Equal(["alice", "carol", "dave"], (await Storage.Users.ListAsync(tenant)).Select(user => user.Username));
        Assert.Null(await Storage.Users.FindByIdAsync(other, (await Storage.Users.FindByUsernameAsync(tenant, "alice"))!.Id));
    }

    [Fact]
    public async Task Update_changes_fields_keeps_creation_and_respects_uniqueness()
    {
        var tenant = await CreateTenantAsync();
        var alice = NewUser(tenant, "alice");
        var bob = NewUser(tenant, "bob");
        await Storage.Users.CreateAsync(alice);
        await Storage.Users.CreateAsync(bob);

        var changed = alice with { IsActive = false, SecurityStamp = "stamp-2", LockedUntil = null, FailedLoginCount = 0, UpdatedAt = Now.AddHours(1), CreatedAt = Now.AddDays(1) };
        Assert.True(await Storage.Users.UpdateAsync(changed));
        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.Users.UpdateAsync(bob with { Username = "Alice" }));

        var stored = await Storage.Users.FindByIdAsync(tenant, alice.Id);
        Assert.Equal(changed with { CreatedAt = Now, Metadata = stored!.Metadata }, stored);
        Assert.Equal("bob", (await Storage.Users.FindByIdAsync(tenant, bob.Id))!.Username);
        Assert.False(await Storage.Users.UpdateAsync(NewUser(tenant, "ghost")));
    }

    [Fact]
    public async Task Delete_removes_a_user_once_and_unknown_tenants_are_refused()
    {
        var tenant = await CreateTenantAsync();
        var user = NewUser(tenant, "alice");
        await Storage.Users.CreateAsync(user);

        Assert.True(await Storage.Users.DeleteAsync(tenant, user.Id));
        Assert.False(await Storage.Users.DeleteAsync(tenant, user.Id));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.Users.CreateAsync(NewUser("no-such-tenant", "x")));
    }

    [Fact]
    public async Task Of_concurrent_sign_ups_for_one_username_exactly_one_succeeds()
    {
        var tenant = await CreateTenantAsync();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            try
            {
                await Storage.Users.CreateAsync(NewUser(tenant, i % 2 == 0 ? "contested" : "CONTESTED"));
                return true;
            }
            catch (DuplicateEntityException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    // #14: counting failures read-then-write let 20 parallel wrong passwords leave the count at 3 and the account open.
    [Fact]
    public async Task Of_fifty_concurrent_failures_the_first_five_are_counted_and_lock_the_account_and_the_rest_change_nothing()
    {
        var tenant = await CreateTenantAsync();
        var user = NewUser(tenant, "alice") with { FailedLoginCount = 0, LockedUntil = null };
        await Storage.Users.CreateAsync(user);
        var lockUntil = Now.AddMinutes(15);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(() =>
            Storage.Users.RecordFailedSignInAsync(tenant, user.Id, 5, lockUntil, Now.AddSeconds(1)))));

        Assert.Equal(5, results.Count(result => result is not null));
        Assert.Equal([1, 2, 3, 4], results.Where(result => result is { LockedUntil: null }).Select(result => result!.FailedLoginCount).Order());
        Assert.Equal(new FailedSignInCount(0, lockUntil), Assert.Single(results, result => result?.LockedUntil is not null));
        var stored = await Storage.Users.FindByIdAsync(tenant, user.Id);
        Assert.Equal((0, lockUntil, Now.AddSeconds(1)), (stored!.FailedLoginCount, stored.LockedUntil, stored.UpdatedAt));
    }

    [Fact]
    public async Task A_failure_after_the_lock_ended_counts_again_and_without_a_maximum_nothing_locks()
    {
        var tenant = await CreateTenantAsync();
        var user = NewUser(tenant, "alice") with { FailedLoginCount = 4, LockedUntil = Now };
        await Storage.Users.CreateAsync(user);

        Assert.Equal(new FailedSignInCount(5, null), await Storage.Users.RecordFailedSignInAsync(tenant, user.Id, 0, Now.AddMinutes(1), Now));
        Assert.Null(await Storage.Users.RecordFailedSignInAsync(tenant, Guid.NewGuid(), 5, Now.AddMinutes(1), Now));
        Assert.Null(await Storage.Users.RecordFailedSignInAsync(await CreateTenantAsync(), user.Id, 5, Now.AddMinutes(1), Now));
        Assert.Equal(5, (await Storage.Users.FindByIdAsync(tenant, user.Id))!.FailedLoginCount);
    }

    [Fact]
    public async Task Clearing_failures_resets_the_count_and_an_ended_lock_but_never_a_running_lock()
    {
        var tenant = await CreateTenantAsync();
        var locked = NewUser(tenant, "locked") with { FailedLoginCount = 0, LockedUntil = Now.AddMinutes(5) };
        var failed = NewUser(tenant, "failed") with { FailedLoginCount = 3, LockedUntil = Now.AddMinutes(-5) };
        var clean = NewUser(tenant, "clean") with { FailedLoginCount = 0, LockedUntil = null };
        foreach (var user in new[] { locked, failed, clean })
            await Storage.Users.CreateAsync(user);

        Assert.False(await Storage.Users.ClearFailedSignInsAsync(tenant, locked.Id, Now));
        Assert.True(await Storage.Users.ClearFailedSignInsAsync(tenant, failed.Id, Now));
        Assert.False(await Storage.Users.ClearFailedSignInsAsync(tenant, clean.Id, Now));

        Assert.Equal(Now.AddMinutes(5), (await Storage.Users.FindByIdAsync(tenant, locked.Id))!.LockedUntil);
        var cleared = await Storage.Users.FindByIdAsync(tenant, failed.Id);
        Assert.Equal((0, (DateTimeOffset?)null), (cleared!.FailedLoginCount, cleared.LockedUntil));
    }

    [Fact]
    public async Task CreateMany_adds_every_user_of_the_batch()
    {
        var tenant = await CreateTenantAsync();
        var batch = Enumerable.Range(0, 30).Select(i => NewUser(tenant, $"user{i:D2}", $"user{i}@example.com")).ToList();

        await Storage.Users.CreateManyAsync(batch);
        await Storage.Users.CreateManyAsync([]);

        var stored = await Storage.Users.ListAsync(tenant);
        Assert.Equal(batch.Select(user => user.Username), stored.Select(user => user.Username));
        Assert.Equal(batch[7] with { Metadata = stored[7].Metadata }, stored[7]);
    }

    [Fact]
    public async Task CreateMany_adds_nothing_when_one_user_breaks_a_rule()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Users.CreateAsync(NewUser(tenant, "existing", "existing@example.com"));

        // Taken in the store, taken earlier in the same batch (username or email, ignoring case), unknown tenant.
        await Assert.ThrowsAsync<DuplicateEntityException>(() =>
            Storage.Users.CreateManyAsync([NewUser(tenant, "fresh1"), NewUser(tenant, "EXISTING"), NewUser(tenant, "fresh2")]));
        await Assert.ThrowsAsync<DuplicateEntityException>(() =>
            Storage.Users.CreateManyAsync([NewUser(tenant, "fresh1"), NewUser(tenant, "fresh2"), NewUser(tenant, "Fresh1")]));
        await Assert.ThrowsAsync<DuplicateEntityException>(() =>
            Storage.Users.CreateManyAsync([NewUser(tenant, "fresh1", "a@example.com"), NewUser(tenant, "fresh2", "A@example.com")]));
        await Assert.ThrowsAsync<MissingReferenceException>(() =>
            Storage.Users.CreateManyAsync([NewUser(tenant, "fresh1"), NewUser("no-such-tenant", "fresh2")]));

        Assert.Equal(["existing"], (await Storage.Users.ListAsync(tenant)).Select(user => user.Username));
        await Storage.Users.CreateManyAsync([NewUser(tenant, "fresh1"), NewUser(tenant, "fresh2")]);
        Assert.Equal(3, (await Storage.Users.ListAsync(tenant)).Count);
    }
}

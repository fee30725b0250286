using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class TenantStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    [Fact]
    public async Task A_fresh_database_contains_the_default_tenant()
    {
        var tenant = await Storage.Tenants.FindAsync(Tenant.DefaultId);

        Assert.NotNull(tenant);
        Assert.Equal("Default", tenant.Name);
    }

    [Fact]
    public async Task A_created_tenant_is_found_with_the_same_values()
    {
        var tenant = new Tenant("acme", "Acme Inc.", Now);
        await Storage.Tenants.CreateAsync(tenant);

        Assert.Equal(tenant, await Storage.Tenants.FindAsync("acme"));
        Assert.Null(await Storage.Tenants.FindAsync("ACME"));
    }

    [Fact]
    public async Task A_duplicate_tenant_id_is_refused()
    {
        await Storage.Tenants.CreateAsync(new Tenant("acme", "Acme", Now));

        var error = await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.Tenants.CreateAsync(new Tenant("acme", "Other", Now)));
        Assert.Equal("tenant", error.Entity);
        Assert.Equal("Acme", (await Storage.Tenants.FindAsync("acme"))!.Name);
    }

    [Fact]
    public async Task Tenants_are_listed_by_id()
    {
        await Storage.Tenants.CreateAsync(new Tenant("zeta", "Z", Now));
        await Storage.Tenants.CreateAsync(new Tenant("alpha", "A", Now));

        var ids = (await Storage.Tenants.ListAsync()).Select(tenant => tenant.Id).ToList();

        Assert.Equal(["alpha", "default", "zeta"], ids);
    }

    [Fact]
    public async Task Sub_millisecond_precision_is_dropped_the_same_way_by_every_backend()
    {
        var precise = Now.AddTicks(12_345);
        await Storage.Tenants.CreateAsync(new Tenant("precise", "P", precise));

        var stored = await Storage.Tenants.FindAsync("precise");

        Assert.Equal(Now.AddMilliseconds(1), stored!.CreatedAt);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
    }

    [Fact]
    public async Task Addressing_host_and_settings_round_trip_and_are_replaced_by_an_update()
    {
        var tenant = new Tenant("globex", "Globex", Now)
        {
            IsActive = false, Addressing = TenantAddressing.Host, Host = "login.globex.test",
            Settings = new TenantSettings(TimeSpan.FromSeconds(600), ["client_credentials"], Core.Registration.RegistrationPolicy.Open,
                Core.Users.SignUpPolicy.Domains, PasswordMinLength: 14, PasswordCharacterClasses: 3, ThemeDirectory: "/etc/warden/themes/globex"),
        };
        await Storage.Tenants.CreateAsync(tenant);
        Assert.Equal(tenant, await Storage.Tenants.FindAsync("globex"));

        var changed = tenant with { Name = "Globex Corp", IsActive = true, Addressing = TenantAddressing.Path, Host = null, Settings = TenantSettings.Inherited };
        Assert.True(await Storage.Tenants.UpdateAsync(changed with { CreatedAt = Now.AddDays(1) }));
        Assert.Equal(changed, await Storage.Tenants.FindAsync("globex"));
        Assert.False(await Storage.Tenants.UpdateAsync(new Tenant("nobody", "N", Now)));
    }

    [Fact]
    public async Task A_host_belongs_to_one_tenant_on_create_and_on_update()
    {
        await Storage.Tenants.CreateAsync(new Tenant("globex", "G", Now) { Addressing = TenantAddressing.Host, Host = "login.globex.test" });
        await Storage.Tenants.CreateAsync(new Tenant("initech", "I", Now) { Addressing = TenantAddressing.Host });

        await Assert.ThrowsAsync<DuplicateEntityException>(() =>
            Storage.Tenants.CreateAsync(new Tenant("other", "O", Now) { Addressing = TenantAddressing.Host, Host = "login.globex.test" }));
        await Assert.ThrowsAsync<DuplicateEntityException>(() =>
            Storage.Tenants.UpdateAsync(new Tenant("initech", "I", Now) { Addressing = TenantAddressing.Host, Host = "login.globex.test" }));
        Assert.Null(await Storage.Tenants.FindAsync("other"));
        Assert.Null((await Storage.Tenants.FindAsync("initech"))!.Host);
    }

    [Fact]
    public async Task Deleting_a_tenant_deletes_its_rows_and_no_other_tenants()
    {
        await Storage.Tenants.CreateAsync(new Tenant("acme", "A", Now));
        await Storage.Tenants.CreateAsync(new Tenant("globex", "G", Now));
        Scope ScopeOf(string tenant) => new()
        {
            TenantId = tenant, Name = "invoices", DisplayName = "Invoices", Description = "Invoices", Claims = [], RequiresConsent = true,
            CreatedAt = Now, UpdatedAt = Now,
        };
        await Storage.Scopes.CreateAsync(ScopeOf("acme"));
        await Storage.Scopes.CreateAsync(ScopeOf("globex"));

        Assert.True(await Storage.Tenants.DeleteAsync("acme"));

        Assert.Null(await Storage.Tenants.FindAsync("acme"));
        Assert.Empty(await Storage.Scopes.ListAsync("acme"));
        Assert.Single(await Storage.Scopes.ListAsync("globex"));
        Assert.False(await Storage.Tenants.DeleteAsync("acme"));
    }
}

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
}

using Warden.Core.Scopes;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class ScopeStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static Scope NewScope(string tenantId, string name) => new()
    {
        TenantId = tenantId, Name = name, DisplayName = "Read invoices", Description = "See your invoices.",
        Claims = ["invoice_count", "billing_email"], RequiresConsent = true, CreatedAt = Now, UpdatedAt = Now,
    };

    [Fact]
    public async Task A_scope_round_trips_and_names_are_case_sensitive()
    {
        var tenant = await CreateTenantAsync();
        var scope = NewScope(tenant, "invoices.read");

        await Storage.Scopes.CreateAsync(scope);
        await Storage.Scopes.CreateAsync(NewScope(tenant, "Invoices.Read") with { Claims = [], RequiresConsent = false, Registrable = true });

        Assert.Equal(scope, await Storage.Scopes.FindAsync(tenant, "invoices.read"));
        Assert.False((await Storage.Scopes.FindAsync(tenant, "invoices.read"))!.Registrable);
        Assert.False((await Storage.Scopes.FindAsync(tenant, "Invoices.Read"))!.RequiresConsent);
        // #14: whether a self-registered client may ask for the scope is stored with it.
        Assert.True((await Storage.Scopes.FindAsync(tenant, "Invoices.Read"))!.Registrable);
        Assert.Equal(["Invoices.Read", "invoices.read"], (await Storage.Scopes.ListAsync(tenant)).Select(s => s.Name));
    }

    [Fact]
    public async Task Duplicates_unknown_tenants_update_and_delete_behave()
    {
        var tenant = await CreateTenantAsync();
        await Storage.Scopes.CreateAsync(NewScope(tenant, "openid"));

        await Assert.ThrowsAsync<DuplicateEntityException>(() => Storage.Scopes.CreateAsync(NewScope(tenant, "openid")));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.Scopes.CreateAsync(NewScope("no-such-tenant", "openid")));
        var changed = NewScope(tenant, "openid") with
        {
            DisplayName = "Sign in", Claims = ["sub"], Registrable = true, CreatedAt = Now.AddDays(3), UpdatedAt = Now.AddHours(1),
        };
        Assert.True(await Storage.Scopes.UpdateAsync(changed));
        Assert.Equal(changed with { CreatedAt = Now }, await Storage.Scopes.FindAsync(tenant, "openid"));
        Assert.False(await Storage.Scopes.UpdateAsync(NewScope(tenant, "ghost")));
        Assert.True(await Storage.Scopes.DeleteAsync(tenant, "openid"));
        Assert.False(await Storage.Scopes.DeleteAsync(tenant, "openid"));
    }
}

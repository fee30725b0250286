using Warden.Core.Settings;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class SettingStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    [Fact]
    public async Task A_setting_round_trips_and_lists_in_ordinal_key_order()
    {
        var tenant = await CreateTenantAsync();
        var unicode = new Setting(tenant, "site_name", "Wärden – 門番 🔑 " + new string('x', 1980), Now);

        await Storage.Settings.SetAsync(unicode);
        foreach (var key in new[] { "ab", "a_b", "a0", "a.b" })
            await Storage.Settings.SetAsync(new Setting(tenant, key, "", Now));

        Assert.Equal(unicode, await Storage.Settings.FindAsync(tenant, "site_name"));
        Assert.Equal("", (await Storage.Settings.FindAsync(tenant, "a.b"))!.Value);
        Assert.Null(await Storage.Settings.FindAsync(tenant, "Site_Name"));
        Assert.Equal(["a.b", "a0", "a_b", "ab", "site_name"], (await Storage.Settings.ListAsync(tenant)).Select(s => s.Key));
        Assert.Empty(await Storage.Settings.ListAsync(await CreateTenantAsync()));
    }

    [Fact]
    public async Task Set_replaces_add_if_absent_keeps_and_delete_reports_what_it_did()
    {
        var tenant = await CreateTenantAsync();
        var first = new Setting(tenant, "op_tos_uri", "", Now);

        Assert.True(await Storage.Settings.AddIfAbsentAsync(first));
        var changed = first with { Value = "https://example.com/tos", UpdatedAt = Now.AddHours(1) };
        await Storage.Settings.SetAsync(changed);
        Assert.False(await Storage.Settings.AddIfAbsentAsync(first));

        Assert.Equal(changed, await Storage.Settings.FindAsync(tenant, "op_tos_uri"));
        Assert.True(await Storage.Settings.DeleteAsync(tenant, "op_tos_uri"));
        Assert.False(await Storage.Settings.DeleteAsync(tenant, "op_tos_uri"));
        Assert.Null(await Storage.Settings.FindAsync(tenant, "op_tos_uri"));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.Settings.SetAsync(first with { TenantId = "no-such-tenant" }));
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.Settings.AddIfAbsentAsync(first with { TenantId = "no-such-tenant" }));
    }

    [Fact]
    public async Task Parallel_add_if_absent_creates_exactly_once()
    {
        var tenant = await CreateTenantAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(attempt =>
            Task.Run(() => Storage.Settings.AddIfAbsentAsync(new Setting(tenant, "site_name", $"attempt {attempt}", Now)))));

        Assert.Single(results, created => created);
        var stored = await Storage.Settings.FindAsync(tenant, "site_name");
        Assert.Equal($"attempt {Array.IndexOf(results, true)}", stored!.Value);
    }
}

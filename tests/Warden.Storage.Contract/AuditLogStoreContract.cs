using System.Text.Json.Nodes;
using Warden.Core.Audit;
using Warden.Core.Storage;
using Xunit;

namespace Warden.Storage.Contract;

public abstract class AuditLogStoreContract<TFactory> : StorageContract<TFactory> where TFactory : IBackendFactory, new()
{
    private static AuditEvent NewEvent(string tenantId, int minute, string type = "login", string? client = null, string? user = null) =>
        new(Guid.NewGuid(), tenantId, Now.AddMinutes(minute), type, "success", client, user, "127.0.0.1", """{"reason":"test","attempt":1}""");

    [Fact]
    public async Task An_appended_event_reads_back_with_equivalent_details()
    {
        var tenant = await CreateTenantAsync();
        var appended = NewEvent(tenant, 0, client: "billing", user: "alice");

        await Storage.AuditLog.AppendAsync(appended);

        var read = Assert.Single(await Storage.AuditLog.QueryAsync(new AuditQuery(tenant)));
        Assert.Equal(appended with { Details = read.Details }, read);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(appended.Details), JsonNode.Parse(read.Details)));
    }

    [Fact]
    public async Task Events_come_newest_first_and_the_limit_holds()
    {
        var tenant = await CreateTenantAsync();
        for (var minute = 0; minute < 5; minute++)
            await Storage.AuditLog.AppendAsync(NewEvent(tenant, minute));

        var events = await Storage.AuditLog.QueryAsync(new AuditQuery(tenant) { Limit = 3 });

        Assert.Equal([Now.AddMinutes(4), Now.AddMinutes(3), Now.AddMinutes(2)], events.Select(e => e.OccurredAt));
    }

    [Fact]
    public async Task Every_filter_narrows_the_result()
    {
        var tenant = await CreateTenantAsync();
        await Storage.AuditLog.AppendAsync(NewEvent(tenant, 0, "login", user: "alice"));
        await Storage.AuditLog.AppendAsync(NewEvent(tenant, 1, "login_failed", user: "bob"));
        await Storage.AuditLog.AppendAsync(NewEvent(tenant, 2, "token_issued", client: "billing"));
        await Storage.AuditLog.AppendAsync(NewEvent(tenant, 3, "token_issued", client: "reports"));
        var otherTenant = await CreateTenantAsync();
        await Storage.AuditLog.AppendAsync(NewEvent(otherTenant, 2, "token_issued", client: "billing"));

        async Task<IEnumerable<int>> Minutes(AuditQuery query) =>
            (await Storage.AuditLog.QueryAsync(query)).Select(e => (int)(e.OccurredAt - Now).TotalMinutes);

        Assert.Equal([3, 2], await Minutes(new AuditQuery(tenant) { EventType = "token_issued" }));
        Assert.Equal([2], await Minutes(new AuditQuery(tenant) { ClientId = "billing" }));
        Assert.Equal([1], await Minutes(new AuditQuery(tenant) { UserId = "bob" }));
        Assert.Equal([2, 1], await Minutes(new AuditQuery(tenant) { From = Now.AddMinutes(1), To = Now.AddMinutes(3) }));
        Assert.Empty(await Minutes(new AuditQuery(tenant) { EventType = "login", UserId = "bob" }));
        Assert.Equal([3, 2, 1, 0], await Minutes(new AuditQuery(tenant)));
    }

    [Fact]
    public async Task Events_of_unknown_tenants_are_refused()
    {
        await Assert.ThrowsAsync<MissingReferenceException>(() => Storage.AuditLog.AppendAsync(NewEvent("no-such-tenant", 0)));
    }
}

using System.Text;
using Warden.Core.Transfer;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>
/// A snapshot of release 11 (before migrations 0012 and 0013) reads as those migrations leave existing rows: constant
/// defaults, and the security stamp of each row's user for its tokens, codes and approved device requests.
/// </summary>
public sealed class SnapshotAbsentColumnsTests
{
    [Fact]
    public async Task Columns_added_since_the_release_take_the_migrations_values()
    {
        var alice = Guid.NewGuid();
        var snapshot = string.Join('\n',
            """{"format":"warden-snapshot","format_version":1,"schema_version":11,"source":"sqlite","created_at":"2026-11-02T00:00:00.000Z"}""",
            """{"table":"clients","row":{"tenant_id":"default","client_id":"web"}}""",
            $$"""{"table":"users","row":{"id":"{{alice}}","tenant_id":"default","username":"alice","security_stamp":"alice-stamp"} }""",
            """{"table":"scopes","row":{"tenant_id":"default","name":"api.read"}}""",
            $$"""{"table":"reference_tokens","row":{"token_hash":"AQ==","tenant_id":"default","client_id":"web","subject":"{{alice}}"} }""",
            """{"table":"reference_tokens","row":{"token_hash":"Ag==","tenant_id":"default","client_id":"machine","subject":"machine"}}""",
            $$"""{"table":"authorization_codes","row":{"code_hash":"AQ==","tenant_id":"default","client_id":"web","user_id":"{{alice}}"} }""",
            $$"""{"table":"refresh_tokens","row":{"token_hash":"AQ==","id":"{{Guid.NewGuid()}}","family_id":"{{Guid.NewGuid()}}","tenant_id":"default","client_id":"web","user_id":"{{alice}}","expires_at":"2026-12-01T00:00:00.000Z"} }""",
            $$"""{"table":"device_codes","row":{"device_code_hash":"AQ==","tenant_id":"default","status":"approved","user_id":"{{alice}}"} }""",
            """{"table":"device_codes","row":{"device_code_hash":"Ag==","tenant_id":"default","status":"pending","user_id":null}}""",
            """{"end":{"clients":1,"users":1,"scopes":1,"reference_tokens":2,"authorization_codes":1,"refresh_tokens":1,"device_codes":2}}""", "");
        var reader = await SnapshotReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(snapshot)), CancellationToken.None);

        var tables = new Dictionary<string, (SnapshotTable Table, List<object?[]> Rows)>();
        await foreach (var (table, rows) in reader.ReadTablesAsync())
        {
            tables[table.Name] = (table, []);
            await foreach (var row in rows)
                tables[table.Name].Rows.Add(row);
        }
        object? Value(string table, int row, string column) => tables[table].Rows[row][tables[table].Table.IndexOf(column)];

        Assert.Equal(("cli", false), (Value("clients", 0, "origin"), Value("clients", 0, "introspect_all")));
        Assert.Equal(false, Value("scopes", 0, "registrable"));
        Assert.Equal((alice, "alice-stamp"), (Value("reference_tokens", 0, "user_id"), Value("reference_tokens", 0, "security_stamp")));
        Assert.Equal((null, null), (Value("reference_tokens", 1, "user_id"), Value("reference_tokens", 1, "security_stamp")));
        Assert.Equal(("alice-stamp", false), (Value("authorization_codes", 0, "security_stamp"), Value("authorization_codes", 0, "redirect_uri_in_request")));
        Assert.Equal("alice-stamp", Value("refresh_tokens", 0, "security_stamp"));
        Assert.Equal("alice-stamp", Value("device_codes", 0, "security_stamp"));
        Assert.Null(Value("device_codes", 1, "security_stamp"));
    }
}

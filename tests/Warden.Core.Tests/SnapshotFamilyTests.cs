using System.Text;
using Warden.Core.Transfer;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>
/// A snapshot of release 13 (no refresh_token_families; revoked families as <c>family:</c> rows of revoked_tokens)
/// reads as migration 0014 would leave the database: the entries become revoked families, every token's family is
/// recorded, other revocations stay.
/// </summary>
public sealed class SnapshotFamilyTests
{
    [Fact]
    public async Task Family_entries_of_an_older_snapshot_become_family_rows_and_every_token_gets_its_family()
    {
        var revokedFamily = Guid.NewGuid();
        var liveFamily = Guid.NewGuid();
        string Token(Guid family, string expires, string? revoked) =>
            $$"""{"table":"refresh_tokens","row":{"token_hash":"{{Convert.ToBase64String(Guid.NewGuid().ToByteArray())}}","id":"{{Guid.NewGuid()}}","family_id":"{{family}}","tenant_id":"default","client_id":"web","user_id":"{{Guid.NewGuid()}}","scopes":["openid"],"session_id":null,"auth_time":"2026-11-01T00:00:00.000Z","created_at":"2026-11-01T00:00:00.000Z","expires_at":"{{expires}}","consumed_at":null,"revoked_at":{{(revoked is null ? "null" : $"\"{revoked}\"")}},"security_stamp":"s"} }""";
        var snapshot = string.Join('\n',
            """{"format":"warden-snapshot","format_version":1,"schema_version":13,"source":"sqlite","created_at":"2026-11-02T00:00:00.000Z"}""",
            $$"""{"table":"revoked_tokens","row":{"tenant_id":"default","jti":"family:{{revokedFamily:N}}","client_id":"web","expires_at":"2026-12-01T00:00:00.000Z","revoked_at":"2026-11-01T12:00:00.000Z"} }""",
            """{"table":"revoked_tokens","row":{"tenant_id":"default","jti":"an-access-token","client_id":"web","expires_at":"2026-11-03T00:00:00.000Z","revoked_at":"2026-11-01T12:00:00.000Z"}}""",
            Token(revokedFamily, "2026-12-15T00:00:00.000Z", "2026-11-01T12:00:00.000Z"),
            Token(liveFamily, "2026-11-10T00:00:00.000Z", null),
            Token(liveFamily, "2026-11-14T00:00:00.000Z", "2026-11-01T12:00:00.000Z"),
            """{"end":{"revoked_tokens":2,"refresh_tokens":3}}""", "");
        var reader = await SnapshotReader.OpenAsync(new MemoryStream(Encoding.UTF8.GetBytes(snapshot)), CancellationToken.None);

        var tables = new Dictionary<string, List<object?[]>>();
        await foreach (var (table, rows) in reader.ReadTablesAsync())
        {
            tables[table.Name] = [];
            await foreach (var row in rows)
                tables[table.Name].Add(row);
        }

        Assert.Equal("an-access-token", Assert.Single(tables["revoked_tokens"])[1]);
        Assert.Equal(3, tables["refresh_tokens"].Count);
        var families = tables["refresh_token_families"].ToDictionary(row => (Guid)row[1]!);
        Assert.Equal(2, families.Count);
        Assert.Equal(["default", revokedFamily, "web", DateTimeOffset.Parse("2026-12-15T00:00:00Z"), DateTimeOffset.Parse("2026-11-01T12:00:00Z")],
            families[revokedFamily]);
        Assert.Equal(["default", liveFamily, "web", DateTimeOffset.Parse("2026-11-14T00:00:00Z"), null], families[liveFamily]);
    }
}

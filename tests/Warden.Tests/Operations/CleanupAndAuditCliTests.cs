using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Warden.Core.Audit;
using Warden.Core.Tenants;
using Warden.Storage.Sqlite;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>`warden cleanup` and `warden audit list` as an operator runs them, on the default SQLite database.</summary>
public sealed class CleanupAndAuditCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private Task<ProcessRunner.Result> Warden(params string[] arguments) => WardenProcess.RunAsync(arguments, _directory.Path);

    private SqliteBackend OpenDatabase() =>
        new(Path.Combine(_directory.Path, "data", "warden.db"), "", false, NullLoggerFactory.Instance, TimeProvider.System);

    [Fact]
    public async Task Cleanup_prints_what_it_deleted_per_table()
    {
        Assert.Equal(0, (await Warden("migrate")).ExitCode);
        var now = DateTimeOffset.UtcNow;
        await using (var storage = OpenDatabase())
        {
            for (var i = 0; i < 3; i++)
                await storage.Revocations.RevokeAsync(Tenant.DefaultId, "expired-" + i, "web", now.AddMinutes(-1), now.AddHours(-1));
            await storage.Revocations.RevokeAsync(Tenant.DefaultId, "live", "web", now.AddHours(1), now);
        }

        var json = await Warden("cleanup", "--json");
        var text = await Warden("cleanup");

        Assert.True(json.ExitCode == 0, json.Output);
        using var report = JsonDocument.Parse(json.StandardOutput);
        Assert.Equal(3, report.RootElement.GetProperty("deleted").GetProperty("revoked_tokens").GetInt32());
        Assert.Equal(3, report.RootElement.GetProperty("total").GetInt32());
        Assert.Matches(@"revoked_tokens\s+0", text.StandardOutput);
        Assert.Contains("audit_logs", text.StandardOutput);
        await using var after = OpenDatabase();
        Assert.True(await after.Revocations.IsRevokedAsync(Tenant.DefaultId, "live"));
    }

    [Fact]
    public async Task Audit_list_filters_by_type_client_user_and_time()
    {
        var created = await Warden("users", "create", "--username", "alice", "--password", "s3cret-password-1", "--json");
        Assert.True(created.ExitCode == 0, created.Output);
        var aliceId = JsonDocument.Parse(created.StandardOutput).RootElement.GetProperty("id").GetString()!;
        var now = DateTimeOffset.UtcNow;
        await using (var storage = OpenDatabase())
        {
            await storage.AuditLog.AppendManyAsync([
                new AuditEvent(Guid.NewGuid(), Tenant.DefaultId, now.AddHours(-3), "login", "failure", null, aliceId, "10.0.0.1", """{"reason":"bad_password"}"""),
                new AuditEvent(Guid.NewGuid(), Tenant.DefaultId, now.AddHours(-2), "login", "success", null, aliceId, "10.0.0.1", "{}"),
                new AuditEvent(Guid.NewGuid(), Tenant.DefaultId, now.AddHours(-1), "token_issued", "success", "web", aliceId, "10.0.0.2", "{}"),
                new AuditEvent(Guid.NewGuid(), Tenant.DefaultId, now.AddMinutes(-5), "token_issued", "success", "robot", null, "10.0.0.3", "{}"),
            ]);
        }

        async Task<JsonElement[]> ListAsync(params string[] filters)
        {
            var result = await Warden(["audit", "list", "--json", .. filters]);
            Assert.True(result.ExitCode == 0, result.Output);
            return JsonDocument.Parse(result.StandardOutput).RootElement.EnumerateArray().ToArray();
        }

        Assert.Equal(2, (await ListAsync("--type", "login")).Length);
        Assert.Equal("robot", Assert.Single(await ListAsync("--client", "robot")).GetProperty("client_id").GetString());
        Assert.Equal(3, (await ListAsync("--user", "alice")).Length);
        var recent = await ListAsync("--from", now.AddMinutes(-90).ToString("O"));
        Assert.Equal(["robot", "web"], recent.Select(e => e.GetProperty("client_id").GetString()));
        Assert.Single(await ListAsync("--type", "login", "--to", now.AddMinutes(-150).ToString("O"), "--limit", "5"));
        Assert.Equal("bad_password", (await ListAsync("--type", "login"))[1].GetProperty("details").GetProperty("reason").GetString());
        Assert.Contains("4 event(s)", (await Warden("audit", "list")).StandardOutput);

        var badTime = await Warden("audit", "list", "--from", "yesterday-ish");
        var badLimit = await Warden("audit", "list", "--limit", "0");
        var noUser = await Warden("audit", "list", "--user", "nobody");
        Assert.Equal(2, badTime.ExitCode);
        Assert.Contains("ISO 8601", badTime.StandardError);
        Assert.Equal(2, badLimit.ExitCode);
        Assert.Equal(1, noUser.ExitCode);
    }

    public void Dispose() => _directory.Dispose();
}

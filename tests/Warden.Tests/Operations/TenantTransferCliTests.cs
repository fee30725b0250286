using System.Text.Json;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>
/// Issue #19: `warden export|import|db copy|cleanup --tenant` as an operator runs them, on SQLite files: one tenant moves
/// into a database that holds another, and every refusal is one line with exit code 2 that changes nothing.
/// </summary>
public sealed class TenantTransferCliTests : IDisposable
{
    private const string Source = "sqlite:./source.db";
    private const string Target = "sqlite:./target.db";

    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private Task<ProcessRunner.Result> Warden(string databaseUrl, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = databaseUrl,
            ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey,
        });

    private async Task<ProcessRunner.Result> SucceedsAsync(string databaseUrl, params string[] arguments)
    {
        var result = await Warden(databaseUrl, arguments);
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', arguments)}: {result.Output}");
        return result;
    }

    private async Task RefusedAsync(string databaseUrl, string message, params string[] arguments)
    {
        var result = await Warden(databaseUrl, arguments);
        Assert.True(result.ExitCode == 2, $"{string.Join(' ', arguments)}: exit {result.ExitCode}: {result.Output}");
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warden: ", line);
        Assert.Contains(message, line);
    }

    /// <summary>The rows of a database as an export lists them (the header, with its time, left out).</summary>
    private async Task<string[]> RowsAsync(string databaseUrl)
    {
        await SucceedsAsync(databaseUrl, "export", "--output", "rows.jsonl");
        return (await File.ReadAllLinesAsync(_directory.File("rows.jsonl")))[1..];
    }

    [Fact]
    public async Task One_tenant_moves_by_export_import_and_db_copy_and_is_cleaned_alone_and_mistakes_are_refused_in_one_line()
    {
        var secrets = new Dictionary<string, (string ClientId, string Secret)>();
        foreach (var tenant in new[] { "acme", "globex" })
        {
            await SucceedsAsync(Source, "tenants", "create", tenant);
            var created = await SucceedsAsync(Source, "clients", "create", "--tenant", tenant, "--name", "billing", "--grant", "client_credentials", "--json");
            using var client = JsonDocument.Parse(created.StandardOutput);
            secrets[tenant] = (client.RootElement.GetProperty("client_id").GetString()!, client.RootElement.GetProperty("client_secret").GetString()!);
        }

        var exported = await SucceedsAsync(Source, "export", "--tenant", "acme", "--output", "acme.jsonl");
        Assert.Contains("of tenant acme", exported.StandardOutput);
        var snapshot = await File.ReadAllLinesAsync(_directory.File("acme.jsonl"));
        Assert.EndsWith(",\"tenant\":\"acme\"}", snapshot[0]);
        Assert.Contains(snapshot, line => line.Contains(secrets["acme"].ClientId));
        Assert.DoesNotContain(snapshot, line => line.Contains("globex") || line.Contains(secrets["globex"].ClientId));
        await SucceedsAsync(Source, "export", "--output", "all.jsonl");
        await RefusedAsync(Source, "--tenant nobody: sqlite:", "export", "--tenant", "nobody", "--output", "nobody.jsonl");
        Assert.False(File.Exists(_directory.File("nobody.jsonl")));

        var copied = await SucceedsAsync(Source, "db", "copy", "--tenant", "globex", "--from", Source, "--to", Target);
        Assert.Matches(@"(?m)^clients\s+1\s+1\s+[0-9a-f]{16}\s+ok$", copied.StandardOutput);
        Assert.Contains("of tenant globex", copied.StandardOutput);
        var imported = await SucceedsAsync(Target, "import", "--tenant", "acme", "--input", "acme.jsonl");
        Assert.Matches(@"(?m)^clients\s+1$", imported.StandardOutput);

        var before = await RowsAsync(Target);
        await RefusedAsync(Target, "already holds tenant acme (tenants: 1 row, clients: 1 row", "import", "--tenant", "acme", "--input", "acme.jsonl");
        await RefusedAsync(Target, "import --tenant acme --replace replaces it", "import", "--tenant", "acme", "--input", "acme.jsonl");
        await RefusedAsync(Target, "--tenant initech: the snapshot has no such tenant (it holds acme, default, globex)",
            "import", "--tenant", "initech", "--input", "all.jsonl");
        await RefusedAsync(Target, "--tenant globex: the snapshot holds tenant acme only", "import", "--tenant", "globex", "--input", "acme.jsonl");
        await RefusedAsync(Target, "--replace replaces one tenant", "import", "--replace", "--input", "acme.jsonl");
        await RefusedAsync(Target, "db copy --tenant globex --force replaces it", "db", "copy", "--tenant", "globex", "--from", Source, "--to", Target);
        await RefusedAsync(Target, "--tenant nobody: sqlite:", "db", "copy", "--tenant", "nobody", "--from", Source, "--to", Target);
        await RefusedAsync(Target, "--tenant nobody: no such tenant", "cleanup", "--tenant", "nobody");
        Assert.Equal(before, await RowsAsync(Target));
        await RefusedAsync("sqlite:./empty.db", "the snapshot holds tenant acme only: import it with --tenant acme", "import", "--input", "acme.jsonl");
        // A one-tenant snapshot edited to carry a row of another tenant is refused as damaged.
        var clientLine = Array.FindIndex(snapshot, line => line.StartsWith("{\"table\":\"clients\""));
        await File.WriteAllLinesAsync(_directory.File("edited.jsonl"),
            snapshot.Select((line, index) => index == clientLine ? line.Replace("\"tenant_id\":\"acme\"", "\"tenant_id\":\"globex\"") : line));
        await RefusedAsync(Target, $"line {clientLine + 1}: a row of tenant 'globex' in table clients of a snapshot of tenant 'acme' only",
            "import", "--tenant", "acme", "--replace", "--input", "edited.jsonl");
        Assert.Equal(before, await RowsAsync(Target));

        await SucceedsAsync(Target, "import", "--tenant", "acme", "--replace", "--input", "acme.jsonl");
        Assert.Equal(before, await RowsAsync(Target));
        var cleaned = await SucceedsAsync(Target, "cleanup", "--tenant", "acme", "--json");
        using (var report = JsonDocument.Parse(cleaned.StandardOutput))
            Assert.Equal("acme", report.RootElement.GetProperty("tenant").GetString());

        // A server on the target, with the same master key, accepts each tenant's secret at that tenant's token endpoint.
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with
        {
            Type = DatabaseType.Sqlite, SqlitePath = _directory.File("target.db"),
        });
        foreach (var (tenant, (clientId, secret)) in secrets)
        {
            var (status, body, _) = await warden.PostFormAsync($"/t/{tenant}/token", [new("grant_type", "client_credentials")], clientId, secret);
            Assert.True(status == 200, $"{tenant}: {status} {body}");
        }
    }
}

using System.Text.RegularExpressions;
using Warden.Configuration;
using Warden.Core.Transfer;
using Warden.Storage.Postgres;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Operations;

/// <summary>Issue #7: `warden export`, `warden import` and `warden db copy` run as real processes.</summary>
public sealed class TransferCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private Task<ProcessRunner.Result> Warden(string? databaseUrl, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = databaseUrl,
            ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey,
        });

    private static string Url(PostgresSettings settings) =>
        $"postgres://{settings.User}{(settings.Password is null ? "" : ":" + Uri.EscapeDataString(settings.Password))}@{settings.Host}:{settings.Port}/{settings.Database}?sslmode=disable";

    /// <summary>A SQLite database with the seeded admin, scopes and settings, signing keys and one client.</summary>
    private async Task<(string Url, string ClientId, string Secret)> SourceAsync()
    {
        const string url = "sqlite:./source.db";
        Assert.Equal(0, (await Warden(url, "seed")).ExitCode);
        var created = await Warden(url, "clients", "create", "--name", "Billing", "--grant", "client_credentials");
        Assert.Equal(0, created.ExitCode);
        return (url, Regex.Match(created.StandardOutput, @"client_id:\s+(\S+)").Groups[1].Value,
            Regex.Match(created.StandardOutput, @"client_secret:\s+(\S+)").Groups[1].Value);
    }

    [Fact]
    public async Task Db_copy_moves_sqlite_into_postgres_verifies_every_table_and_refuses_a_non_empty_target_unless_forced()
    {
        var (source, clientId, secret) = await SourceAsync();
        var postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var target = Url(postgres);

        var copy = await Warden(null, "db", "copy", "--from", source, "--to", target);

        Assert.True(copy.ExitCode == 0, copy.Output);
        Assert.Matches(@"(?m)^clients\s+1\s+1\s+[0-9a-f]{16}\s+ok$", copy.StandardOutput);
        Assert.Matches(@"(?m)^client_secrets\s+1\s+1\s+[0-9a-f]{16}\s+ok$", copy.StandardOutput);
        Assert.Matches(@"(?m)^signing_keys\s+2\s+2\s+[0-9a-f]{16}\s+ok$", copy.StandardOutput);
        Assert.Equal(SnapshotSchema.Tables.Count, Regex.Matches(copy.StandardOutput, @"(?m)\sok$").Count);
        Assert.Contains("row counts and checksums match", copy.StandardOutput);
        if (postgres.Password is { } password)
            Assert.DoesNotContain(password, copy.Output);

        var again = await Warden(null, "db", "copy", "--from", source, "--to", target);
        Assert.Equal(1, again.ExitCode);
        var refusal = Assert.Single(again.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches(@"^warden: the target postgres://.* already holds data \(clients: 1 row, .*\); db copy without --force needs an empty database$", refusal);

        var forced = await Warden(null, "db", "copy", "--from", source, "--to", target, "--force");
        Assert.True(forced.ExitCode == 0, forced.Output);

        // A server on the target, with the same master key, accepts the secret issued on SQLite.
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with
        {
            Type = DatabaseType.Postgres, Postgres = postgres,
        });
        Assert.NotNull(await OAuth.OAuthClientHelpers.ClientCredentialsTokenAsync(warden, clientId, secret));
    }

    [Fact]
    public async Task Export_and_import_through_files_refuse_a_non_empty_target_and_explain_a_bad_snapshot_in_one_line()
    {
        var (source, _, _) = await SourceAsync();
        var exported = await Warden(source, "export", "--output", "snapshot.jsonl");
        Assert.True(exported.ExitCode == 0, exported.Output);
        var lines = await File.ReadAllLinesAsync(_directory.File("snapshot.jsonl"));
        Assert.Matches(@"^\{""format"":""warden-snapshot"",""format_version"":1,""schema_version"":\d+,""source"":""sqlite"",""created_at"":""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z""\}$", lines[0]);
        Assert.StartsWith("{\"end\":{\"tenants\":1,", lines[^1]);

        var imported = await Warden("sqlite:./target.db", "import", "--input", "snapshot.jsonl");
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.Matches(@"(?m)^clients\s+1$", imported.StandardOutput);

        var again = await Warden("sqlite:./target.db", "import", "--input", "snapshot.jsonl");
        Assert.Equal(1, again.ExitCode);
        Assert.Matches(@"^warden: the target sqlite:.* already holds data \(.*\); import needs an empty database\n?$", again.StandardError);

        await File.WriteAllLinesAsync(_directory.File("truncated.jsonl"), lines[..^2]);
        await File.WriteAllTextAsync(_directory.File("future.jsonl"), lines[0].Replace("\"format_version\":1", "\"format_version\":2") + "\n");
        await File.WriteAllTextAsync(_directory.File("newer.jsonl"),
            Regex.Replace(lines[0], @"""schema_version"":\d+", "\"schema_version\":9999") + "\n");
        await File.WriteAllTextAsync(_directory.File("other.jsonl"), "hello\n");
        foreach (var (file, message) in new[]
                 {
                     ("truncated.jsonl", "without its end line: the file is truncated"),
                     ("future.jsonl", "snapshot format version 2 is not supported by this warden (it reads version 1)"),
                     ("newer.jsonl", "the data has schema version 9999, newer than this warden's"),
                     ("other.jsonl", "line 1: not a Warden snapshot header"),
                 })
        {
            var bad = await Warden("sqlite:./empty.db", "import", "--input", file);
            Assert.Equal(2, bad.ExitCode);
            Assert.Contains(message, bad.StandardError);
            Assert.Single(bad.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
    }
    [Fact]
    public async Task A_snapshot_of_an_earlier_release_without_the_columns_added_since_imports_with_their_defaults()
    {
        var (source, clientId, _) = await SourceAsync();
        Assert.Equal(0, (await Warden(source, "export", "--output", "snapshot.jsonl")).ExitCode);
        // As release 1aa03b4 wrote it: schema version 11, no scopes.registrable; and, before 0009, no clients.origin.
        var earlier = (await File.ReadAllLinesAsync(_directory.File("snapshot.jsonl")))
            .Select(line => Regex.Replace(line, @"""schema_version"":\d+", "\"schema_version\":8"))
            .Select(line => Regex.Replace(line, @",""(registrable|origin)"":(true|false|""\w+"")", ""));
        await File.WriteAllLinesAsync(_directory.File("earlier.jsonl"), earlier);
        Assert.DoesNotContain("registrable", await File.ReadAllTextAsync(_directory.File("earlier.jsonl")));
        var postgres = Url(await (await PostgresServer.SharedAsync()).CreateDatabaseAsync());

        foreach (var target in new[] { "sqlite:./target.db", postgres })
        {
            var imported = await Warden(target, "import", "--input", "earlier.jsonl");
            Assert.True(imported.ExitCode == 0, imported.Output);
            var scopes = await Warden(target, "scopes", "list", "--json");
            Assert.Matches(@"""registrable"":\s*false", scopes.StandardOutput);
            Assert.DoesNotMatch(@"""registrable"":\s*true", scopes.StandardOutput);
            var client = await Warden(target, "clients", "show", clientId);
            Assert.Matches(@"(?m)^origin:\s+cli$", client.StandardOutput);
        }
    }
}

using System.Text.Json;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests;

/// <summary>`warden clients` and `warden keys` as an operator runs them, against SQLite and PostgreSQL.</summary>
public sealed class ClientsCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private static readonly Dictionary<string, string?> MasterKey = new() { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };

    private Task<ProcessRunner.Result> Warden(Dictionary<string, string?>? environment, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, environment ?? MasterKey);

    private static JsonElement Json(ProcessRunner.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Output);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    [Fact]
    public async Task Create_prints_the_secret_once_and_show_never_does()
    {
        var created = Json(await Warden(null, "clients", "create", "--name", "billing", "--grant", "client_credentials",
            "--scope", "invoices.read invoices.write", "--json"));
        var clientId = created.GetProperty("client_id").GetString()!;
        var secret = created.GetProperty("client_secret").GetString()!;

        var shown = await Warden(null, "clients", "show", clientId);
        var listed = await Warden(null, "clients", "list");
        var stored = Directory.GetFiles(Path.Combine(_directory.Path, "data")).SelectMany(File.ReadAllBytes).ToArray();

        Assert.True(secret.Length >= 43);
        Assert.Equal(["invoices.read", "invoices.write"], created.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("billing", shown.StandardOutput);
        Assert.DoesNotContain(secret, shown.Output + listed.Output);
        Assert.Contains(clientId, listed.StandardOutput);
        Assert.True(stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(secret)) < 0, "the plaintext secret is in the database files");
        Assert.True(stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("billing")) >= 0, "the search would find stored text");
    }

    [Fact]
    public async Task Update_rotate_and_delete_work_and_report_missing_clients()
    {
        var clientId = Json(await Warden(null, "clients", "create", "--name", "reports", "--json")).GetProperty("client_id").GetString()!;

        var updated = Json(await Warden(null, "clients", "update", clientId, "--scope", "reports.read", "--token-format", "reference", "--json"));
        var rotated = Json(await Warden(null, "clients", "rotate-secret", clientId, "--overlap", "0", "--json"));
        var shown = Json(await Warden(null, "clients", "show", clientId, "--json"));
        var deleted = await Warden(null, "clients", "delete", clientId);
        var missing = await Warden(null, "clients", "show", clientId);

        Assert.Equal("reference", updated.GetProperty("access_token_format").GetString());
        Assert.Equal(["reports.read"], updated.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(2, shown.GetProperty("secrets").GetArrayLength());
        Assert.NotNull(rotated.GetProperty("client_secret").GetString());
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains($"no client '{clientId}'", missing.StandardError);
    }

    [Fact]
    public async Task A_client_for_people_created_without_scope_gets_the_defined_default_scopes()
    {
        // #12: before `warden seed` no standard scope exists, and the operator is told so.
        var early = await Warden(null, "clients", "create", "--name", "early", "--grant", "authorization_code",
            "--redirect-uri", "https://app.example/cb", "--json");
        Assert.Empty(Json(early).GetProperty("scopes").EnumerateArray());
        Assert.Contains("default scopes not defined on this server: openid profile email offline_access", early.StandardError);

        Assert.Equal(0, (await Warden(new(MasterKey) { ["WARDEN_ADMIN_PASSWORD"] = "an admin password" }, "seed")).ExitCode);
        var app = Json(await Warden(null, "clients", "create", "--name", "app", "--grant", "authorization_code",
            "--redirect-uri", "https://app.example/cb", "--json"));
        var machine = Json(await Warden(null, "clients", "create", "--name", "robot", "--grant", "client_credentials", "--json"));
        var shown = await Warden(null, "clients", "show", app.GetProperty("client_id").GetString()!);

        Assert.Equal(["openid", "profile", "email", "offline_access"], app.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Contains("openid profile email offline_access", shown.StandardOutput);
        Assert.Empty(machine.GetProperty("scopes").EnumerateArray());
    }

    [Fact]
    public async Task Invalid_client_settings_exit_2_with_one_line()
    {
        var result = await Warden(null, "clients", "create", "--name", "x", "--type", "public", "--grant", "client_credentials");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("warden: public clients cannot use client_credentials", result.StandardError.Trim());
        var noName = await Warden(null, "clients", "create", "--grant", "client_credentials");
        Assert.Equal((2, "warden: --name is required"), (noName.ExitCode, noName.StandardError.Trim()));
    }

    [Fact]
    public async Task Keys_rotate_publishes_a_new_key_and_retires_the_old_one_on_postgres()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var environment = new Dictionary<string, string?>(MasterKey)
        {
            ["DATABASE_URL"] = $"postgres://{settings.User}@{settings.Host}:{settings.Port}/{settings.Database}?sslmode=disable",
        };

        var before = Json(await Warden(environment, "keys", "list", "--json"));
        var rotated = Json(await Warden(environment, "keys", "rotate", "--alg", "ES256", "--delay", "0", "--json"));
        var after = Json(await Warden(environment, "keys", "list", "--json"));

        Assert.Equal(2, before.GetArrayLength());
        var newKid = rotated[0].GetProperty("kid").GetString();
        var states = after.EnumerateArray().ToDictionary(k => k.GetProperty("kid").GetString()!, k => k.GetProperty("state").GetString());
        Assert.Equal(3, states.Count);
        Assert.Equal("signing", states[newKid!]);
        Assert.Equal("retired, still published", states[before.EnumerateArray().First(k => k.GetProperty("alg").GetString() == "ES256").GetProperty("kid").GetString()!]);
    }

    [Fact]
    public async Task Keys_revoke_refuses_the_only_signing_key_and_ends_it_on_a_running_instance_at_its_next_reread()
    {
        var time = PinnedTime.StartingNow();
        await using var server = await RunningWarden.StartAsync(
            WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = _directory.File("shared.db") }, time: time);
        var environment = new Dictionary<string, string?>(MasterKey) { ["DB_TYPE"] = "sqlite", ["SQLITE_PATH"] = _directory.File("shared.db") };
        var (client, secret) = await server.CreateClientAsync(OAuth.OAuthClientHelpers.MachineClient());
        var token = await server.ClientCredentialsTokenAsync(client.ClientId, secret!);
        var kid = new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(token).Kid;
        Assert.True((await server.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());

        var refused = await Warden(environment, "keys", "revoke", kid);
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal($"warden: key {kid} is the only ES256 key that signs; add --rotate to make a new one that signs at once " +
                     "(relying parties fetch the JWKS again when they meet its kid)", refused.StandardError.Trim());
        var unknown = await Warden(environment, "keys", "revoke", "no-such-kid");
        Assert.Equal((2, "warden: no published signing key 'no-such-kid' (see warden keys list)"), (unknown.ExitCode, unknown.StandardError.Trim()));

        var revoked = Json(await Warden(environment, "keys", "revoke", kid, "--rotate", "--json"));
        Assert.Equal(kid, revoked.GetProperty("revoked").GetString());
        Assert.DoesNotContain(kid, (await Warden(environment, "keys", "list")).StandardOutput);

        time.Advance(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(kid, await server.Client.GetStringAsync("/.well-known/jwks.json"));
        Assert.False((await server.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
        var next = await server.ClientCredentialsTokenAsync(client.ClientId, secret!);
        Assert.Equal(revoked.GetProperty("replacement").GetProperty("kid").GetString(), new Microsoft.IdentityModel.JsonWebTokens.JsonWebToken(next).Kid);
    }

    [Fact]
    public async Task A_different_master_key_cannot_use_the_stored_signing_keys()
    {
        Json(await Warden(null, "keys", "list", "--json"));
        var other = Convert.ToBase64String(new byte[32]);

        var result = await Warden(new() { ["WARDEN_MASTER_KEY"] = other }, "keys", "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("WARDEN_MASTER_KEY", result.StandardError);
    }

    [Fact]
    public async Task Without_a_configured_master_key_a_key_file_is_created_once_and_reused()
    {
        var first = await Warden(new(), "keys", "list");
        var keyFile = Path.Combine(_directory.Path, "data", "master.key");
        var content = await File.ReadAllTextAsync(keyFile);
        var second = await Warden(new(), "keys", "list");

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("generated one in", first.StandardError);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("generated", second.StandardError);
        Assert.Equal(content, await File.ReadAllTextAsync(keyFile));
        Assert.True(OperatingSystem.IsLinux(), "these tests run on Linux");
        if (OperatingSystem.IsLinux())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
    }

    [Fact]
    public async Task Processes_starting_together_without_a_key_file_end_up_with_one_master_key()
    {
        // Both may generate a key; the atomic move lets one win and the other read the winner's file.
        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Warden(new(), "keys", "list", "--json")));

        Assert.All(results, result => Assert.True(result.ExitCode == 0, result.Output));
        Assert.Single(Directory.GetFiles(Path.Combine(_directory.Path, "data"), "master.key*"));
        Assert.Equal(0, (await Warden(new(), "keys", "list")).ExitCode);
    }

    public void Dispose() => _directory.Dispose();
}

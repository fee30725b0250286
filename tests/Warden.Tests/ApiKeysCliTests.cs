using System.Text.Json;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests;

/// <summary>`warden api-keys` as an operator runs it (issue #19): the key printed once, listed and shown without it, used at a server, revoked.</summary>
public sealed class ApiKeysCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private static readonly Dictionary<string, string?> MasterKey = new() { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };

    private Task<ProcessRunner.Result> Warden(params string[] arguments) => WardenProcess.RunAsync(arguments, _directory.Path, MasterKey);

    private async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await Warden(arguments);
        Assert.True(result.ExitCode == 0, result.Output);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    [Fact]
    public async Task A_key_is_printed_once_listed_and_shown_without_it_works_at_the_server_and_is_revoked()
    {
        Assert.Equal(0, (await Warden("scopes", "create", "reports")).ExitCode);
        Assert.Equal(0, (await Warden("users", "create", "--username", "alice", "--password", AuthorizationCodeFixture.Password)).ExitCode);
        var client = await JsonAsync("clients", "create", "--name", "reporting", "--grant", "client_credentials", "--scope", "reports", "--json");
        var clientId = client.GetProperty("client_id").GetString()!;
        var secret = client.GetProperty("client_secret").GetString()!;

        var userKey = await JsonAsync("api-keys", "create", "--name", "alice's script", "--user", "alice", "--scope", "reports", "--expires-in", "3600",
            "--json");
        var userKeyId = userKey.GetProperty("id").GetString()!;
        Assert.StartsWith("wdn_" + userKeyId + "_", userKey.GetProperty("api_key").GetString());
        Assert.Null(userKey.GetProperty("client_id").GetString());
        var text = await Warden("api-keys", "create", "--name", "nightly export", "--client", clientId, "--scope", "reports", "--tenant", "default");
        Assert.True(text.ExitCode == 0, text.Output);
        var clientKey = System.Text.RegularExpressions.Regex.Match(text.StandardOutput, @"(?m)^api key:\s+(wdn_\S+)$").Groups[1].Value;
        var clientKeyId = clientKey[4..20];
        Assert.Contains("shown only now", text.StandardOutput);

        var listed = await Warden("api-keys", "list");
        Assert.Matches($@"(?m)^{userKeyId}\s+alice's script\s+user [0-9a-f-]{{36}}\s+active\s+", listed.StandardOutput);
        Assert.Matches($@"(?m)^{clientKeyId}\s+nightly export\s+client {clientId}\s+active\s+", listed.StandardOutput);
        Assert.DoesNotContain(clientKey, listed.Output);
        var shown = await JsonAsync("api-keys", "show", clientKeyId, "--json");
        Assert.Equal((clientId, "reports"), (shown.GetProperty("client_id").GetString(), Assert.Single(shown.GetProperty("scopes").EnumerateArray()).GetString()));
        Assert.False(shown.TryGetProperty("api_key", out _));
        Assert.Equal(0, (await Warden("tenants", "create", "another")).ExitCode);
        Assert.Empty((await JsonAsync("api-keys", "list", "--tenant", "another", "--json")).EnumerateArray());

        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = Path.Combine(_directory.Path, "data", "warden.db") };
        await using (var server = await RunningWarden.StartAsync(database))
        {
            var introspected = await server.IntrospectAsync(clientKey, clientId, secret);
            Assert.True(introspected.GetProperty("active").GetBoolean(), introspected.ToString());
            Assert.Equal(("api_key", clientId, "reports"), (introspected.GetProperty("token_type").GetString(),
                introspected.GetProperty("sub").GetString(), introspected.GetProperty("scope").GetString()));
        }

        var revoked = await Warden("api-keys", "revoke", "wdn_" + clientKeyId);
        Assert.True(revoked.ExitCode == 0, revoked.Output);
        Assert.StartsWith($"revoked {clientKeyId} at ", revoked.StandardOutput);
        Assert.NotNull((await JsonAsync("api-keys", "show", clientKeyId, "--json")).GetProperty("revoked_at").GetString());
        Assert.Matches($@"(?m)^{clientKeyId}\s+nightly export\s+client {clientId}\s+revoked\s+", (await Warden("api-keys", "list")).StandardOutput);
        await using (var server = await RunningWarden.StartAsync(database))
            Assert.False((await server.IntrospectAsync(clientKey, clientId, secret)).GetProperty("active").GetBoolean());

        var unknown = await Warden("api-keys", "revoke", "0123456789abcdef");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no API key '0123456789abcdef' in tenant 'default'", unknown.StandardError);
    }

    [Theory]
    [InlineData("scope 'undefined' is not defined", "--user", "alice", "--scope", "undefined")]
    [InlineData("keys without expiry are not allowed", "--user", "alice", "--scope", "reports", "--no-expiry")]
    [InlineData("a key has exactly one owner", "--user", "alice", "--client", "someone", "--scope", "reports")]
    [InlineData("there is no user 'nobody'", "--user", "nobody", "--scope", "reports")]
    [InlineData("the lifetime must be more than 0 and at most 31536000 seconds", "--user", "alice", "--scope", "reports", "--expires-in", "31536001")]
    public async Task A_key_the_policy_refuses_is_one_line_and_exit_code_2(string message, params string[] options)
    {
        Assert.Equal(0, (await Warden("scopes", "create", "reports")).ExitCode);
        Assert.Equal(0, (await Warden("users", "create", "--username", "alice", "--password", AuthorizationCodeFixture.Password)).ExitCode);

        var refused = await Warden(["api-keys", "create", "--name", "k", .. options]);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("warden: " + message, refused.StandardError);
        Assert.DoesNotContain("   at ", refused.StandardError);
        Assert.Contains("0 key(s)", (await Warden("api-keys", "list")).StandardOutput);
    }

    public void Dispose() => _directory.Dispose();
}

using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Warden.Configuration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Tenants;

/// <summary>
/// `warden tenants` and `--tenant` as an operator runs them, against the SQLite database a server then serves: a
/// tenant is created, narrowed to some grant types with a shorter token lifetime, given a client and a signing key
/// imported from PEM, serves them under its path, is disabled and deleted; bad input is one line with exit code 2.
/// </summary>
public sealed class TenantsCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private static readonly Dictionary<string, string?> MasterKey = new() { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };

    public void Dispose() => _directory.Dispose();

    private Task<ProcessRunner.Result> Warden(params string[] arguments) => WardenProcess.RunAsync(arguments, _directory.Path, MasterKey);

    private async Task<JsonElement> JsonAsync(params string[] arguments)
    {
        var result = await Warden(arguments);
        Assert.True(result.ExitCode == 0, result.Output);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    private async Task RefusedAsync(string expected, params string[] arguments)
    {
        var result = await Warden(arguments);
        Assert.True(result.ExitCode == 2, result.Output);
        var line = Assert.Single(result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("warden: ", line);
        Assert.Contains(expected, line);
    }

    [Fact]
    public async Task A_tenant_is_created_configured_given_a_client_and_an_imported_key_served_disabled_and_deleted()
    {
        var acme = await JsonAsync("tenants", "create", "acme", "--name", "Acme Corp", "--json");
        Assert.EndsWith("/t/acme", acme.GetProperty("issuer").GetString());
        var globex = await JsonAsync("tenants", "create", "globex", "--addressing", "host", "--host", "Login.Globex.test", "--json");
        Assert.Equal("http://login.globex.test", globex.GetProperty("issuer").GetString());
        var listed = await Warden("tenants", "list");
        Assert.Matches(@"(?m)^acme\s+yes\s+\S+/t/acme\s+Acme Corp$", listed.StandardOutput);
        Assert.Matches(@"(?m)^default\s+yes\s+", listed.StandardOutput);
        Assert.Contains("3 tenant(s)", listed.StandardOutput);

        await RefusedAsync("tenant id 'Bad_Id'", "tenants", "create", "Bad_Id");
        await RefusedAsync("exists", "tenants", "create", "acme");
        await RefusedAsync("is taken", "tenants", "create", "initech", "--addressing", "host", "--host", "login.globex.test");
        await RefusedAsync("grant type 'password'", "tenants", "update", "acme", "--grant-type", "password");
        await RefusedAsync("cannot be disabled", "tenants", "disable", "default");
        await RefusedAsync("--tenant nobody: no such tenant", "clients", "list", "--tenant", "nobody");

        var updated = await JsonAsync("tenants", "update", "acme", "--grant-type", "client_credentials", "--access-token-lifetime", "600", "--json");
        Assert.Equal("""{"access_token_lifetime":600,"grant_types":["client_credentials"]}""", updated.GetProperty("settings").GetRawText());

        var client = await JsonAsync("clients", "create", "--tenant", "acme", "--name", "billing", "--grant", "client_credentials", "--json");
        var clientId = client.GetProperty("client_id").GetString()!;
        var secret = client.GetProperty("client_secret").GetString()!;
        Assert.DoesNotContain(clientId, (await Warden("clients", "list")).StandardOutput);

        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = Path.Combine(_directory.Path, "acme.pem");
        await File.WriteAllTextAsync(pem, key.ExportPkcs8PrivateKeyPem());
        var imported = await Warden("keys", "import", "--tenant", "acme", "--pem", pem, "--kid", "acme-2026", "--delay", "0");
        Assert.True(imported.ExitCode == 0, imported.Output);
        Assert.StartsWith("imported ES256 key acme-2026: published now", imported.StandardOutput);
        Assert.Contains("acme-2026", (await Warden("keys", "list", "--tenant", "acme")).StandardOutput);
        Assert.DoesNotContain("acme-2026", (await Warden("keys", "list")).StandardOutput);
        await RefusedAsync("the tenant has a key with this id", "keys", "import", "--tenant", "acme", "--pem", pem, "--kid", "acme-2026");
        using var small = RSA.Create(1024);
        var weak = Path.Combine(_directory.Path, "weak.pem");
        await File.WriteAllTextAsync(weak, small.ExportRSAPrivateKeyPem());
        await RefusedAsync("at least 2048 bits", "keys", "import", "--tenant", "acme", "--pem", weak, "--kid", "weak");
        var garbage = Path.Combine(_directory.Path, "garbage.pem");
        await File.WriteAllTextAsync(garbage, "not a key");
        await RefusedAsync("no PEM private key", "keys", "import", "--tenant", "acme", "--pem", garbage, "--kid", "garbage");

        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Sqlite, SqlitePath = Path.Combine(_directory.Path, "data", "warden.db") };
        await using (var server = await RunningWarden.StartAsync(database))
        {
            var (status, body, _) = await server.PostFormAsync("/t/acme/token", [new("grant_type", "client_credentials")], clientId, secret);
            Assert.True(status == 200, body.ToString());
            var token = new JsonWebToken(body.GetProperty("access_token").GetString());
            Assert.Equal(("acme-2026", server.Issuer + "/t/acme"), (token.Kid, token.Issuer));
            Assert.Equal(600, body.GetProperty("expires_in").GetInt32());
            var signed = token.EncodedHeader + "." + token.EncodedPayload;
            Assert.True(key.VerifyData(System.Text.Encoding.ASCII.GetBytes(signed), Microsoft.IdentityModel.Tokens.Base64UrlEncoder.DecodeBytes(token.EncodedSignature),
                HashAlgorithmName.SHA256));
            // The tenant accepts client_credentials only: another grant type is unsupported there, whatever the client may use.
            var (refused, error, _) = await server.PostFormAsync("/t/acme/token", [new("grant_type", "refresh_token"), new("refresh_token", "x")], clientId, secret);
            Assert.Equal((400, "unsupported_grant_type"), (refused, error.GetProperty("error").GetString()));
            Assert.Equal(401, (await server.PostFormAsync("/token", [new("grant_type", "client_credentials")], clientId, secret)).Status);
        }

        // Keys rotate per tenant: a new acme key signs at once, and the default tenant's keys stay as they were.
        var defaultKeys = (await Warden("keys", "list")).StandardOutput;
        var rotated = await Warden("keys", "rotate", "--tenant", "acme", "--delay", "0");
        Assert.True(rotated.ExitCode == 0, rotated.Output);
        Assert.Equal(defaultKeys, (await Warden("keys", "list")).StandardOutput);
        await using (var server = await RunningWarden.StartAsync(database))
        {
            var (status, body, _) = await server.PostFormAsync("/t/acme/token", [new("grant_type", "client_credentials")], clientId, secret);
            Assert.True(status == 200, body.ToString());
            Assert.NotEqual("acme-2026", new JsonWebToken(body.GetProperty("access_token").GetString()).Kid);
        }

        // The tenant's password rule holds for the CLI's users in it, and only there.
        Assert.Equal(0, (await Warden("tenants", "update", "acme", "--password-min-length", "12", "--password-character-classes", "3")).ExitCode);
        await RefusedAsync("a password has 12 to 1024 characters and uses at least 3 of", "users", "create", "--tenant", "acme", "--username", "bob",
            "--password", "only lowercase letters");
        Assert.Equal(0, (await Warden("users", "create", "--tenant", "acme", "--username", "bob", "--password", "Bob-Passw0rd-2026")).ExitCode);
        Assert.Equal(0, (await Warden("users", "create", "--username", "bob", "--password", "lowercase")).ExitCode);
        await RefusedAsync("password_min_length must be from 8 to 128", "tenants", "update", "acme", "--password-min-length", "4");
        await RefusedAsync("is not an absolute path to a directory that exists", "tenants", "update", "acme", "--theme-dir", "/no/such/theme");

        Assert.Equal(0, (await Warden("tenants", "disable", "acme")).ExitCode);
        await using (var server = await RunningWarden.StartAsync(database))
            Assert.Equal(404, (await server.PostFormAsync("/t/acme/token", [new("grant_type", "client_credentials")], clientId, secret)).Status);

        await RefusedAsync("add --force", "tenants", "delete", "acme");
        var deleted = await Warden("tenants", "delete", "acme", "--force");
        Assert.True(deleted.ExitCode == 0, deleted.Output);
        await RefusedAsync("--tenant acme: no such tenant", "clients", "list", "--tenant", "acme");
        Assert.Equal(1, (await Warden("tenants", "show", "acme")).ExitCode);
    }
}

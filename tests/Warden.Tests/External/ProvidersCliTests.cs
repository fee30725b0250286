using System.Text.Json;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.External;

/// <summary>
/// `warden providers` as an operator runs it (the real binary, SQLite): add reads the secret from standard input and
/// stores it only encrypted, show prints the redirect URI and never the secret; config.yaml's providers are listed
/// and read-only; bad input is one line with exit code 2.
/// </summary>
public sealed class ProvidersCliTests : IDisposable
{
    private const string Secret = "upstream-client-secret-5f0c2d7e9a1b";
    private readonly TemporaryDirectory _directory = new();
    private static readonly Dictionary<string, string?> Environment = new()
    {
        ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey, ["WARDEN_ISSUER"] = "https://id.example", ["GOOGLE_SECRET"] = "google-secret-value",
    };

    public void Dispose() => _directory.Dispose();

    private Task<ProcessRunner.Result> Warden(params string[] arguments) => WardenProcess.RunAsync(arguments, _directory.Path, Environment);

    [Fact]
    public async Task Add_stores_the_secret_encrypted_and_show_prints_the_redirect_uri_but_never_the_secret()
    {
        var added = await WardenProcess.RunWithInputAsync(["providers", "add", "corp", "--issuer", "https://sso.corp.example/realms/staff",
            "--client-id", "warden", "--client-secret-stdin", "--scope", "openid", "--scope", "email", "--link-policy", "link_verified_email"],
            _directory.Path, Secret + "\n", Environment);
        Assert.True(added.ExitCode == 0, added.Output);

        var shown = await Warden("providers", "show", "corp");
        var json = JsonDocument.Parse((await Warden("providers", "show", "corp", "--json")).StandardOutput).RootElement;
        var listed = await Warden("providers", "list");
        Assert.Contains("redirect uri:          https://id.example/login/external/corp/callback", shown.StandardOutput);
        Assert.Equal("https://id.example/login/external/corp/callback", json.GetProperty("redirect_uri").GetString());
        Assert.Equal(["openid", "email"], json.GetProperty("scopes").EnumerateArray().Select(scope => scope.GetString()));
        Assert.Equal(("link_verified_email", true), (json.GetProperty("link_policy").GetString(), json.GetProperty("client_secret_set").GetBoolean()));
        Assert.Contains("corp", listed.StandardOutput);
        Assert.DoesNotContain(Secret, added.Output + shown.Output + listed.Output);
        var stored = Directory.GetFiles(Path.Combine(_directory.Path, "data")).SelectMany(File.ReadAllBytes).ToArray();
        Assert.True(stored.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(Secret)) < 0, "the plaintext secret is in the database files");
        Assert.True(stored.AsSpan().IndexOf("sso.corp.example"u8) >= 0, "the search would find stored text");

        var updated = await Warden("providers", "update", "corp", "--display-name", "Corp account", "--show-button", "false");
        Assert.True(updated.ExitCode == 0, updated.Output);
        Assert.Contains("button:                hidden", updated.StandardOutput);
        Assert.Equal(0, (await Warden("providers", "remove", "corp")).ExitCode);
        Assert.Equal(1, (await Warden("providers", "show", "corp")).ExitCode);
    }

    [Fact]
    public async Task Bad_input_is_one_line_with_exit_code_2()
    {
        var noIssuer = await WardenProcess.RunWithInputAsync(["providers", "add", "corp", "--client-id", "x", "--client-secret-stdin"], _directory.Path,
            "s\n", Environment);
        var badName = await WardenProcess.RunWithInputAsync(["providers", "add", "Corp!", "--issuer", "https://a.example", "--client-id", "x",
            "--client-secret-stdin"], _directory.Path, "s\n", Environment);
        var noSecret = await Warden("providers", "add", "corp", "--issuer", "https://a.example", "--client-id", "x");
        var apple = await Warden("providers", "add", "apple", "--preset", "apple", "--client-id", "x");

        foreach (var (result, says) in new[]
                 {
                     (noIssuer, "issuer is required"), (badName, "name 'Corp!'"), (noSecret, "a client secret is required"), (apple, "preset 'apple'"),
                 })
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(says, result.StandardError);
            Assert.Single(result.StandardError.Trim().Split('\n'));
        }
    }

    [Fact]
    public async Task Providers_of_config_yaml_are_listed_and_read_only_and_a_bad_one_stops_with_one_line()
    {
        File.WriteAllText(Path.Combine(_directory.Path, "config.yaml"), """
            identity_providers:
              - name: google
                preset: google
                client_id: 1234.apps.googleusercontent.com
                secret_env: GOOGLE_SECRET
            """);
        var listed = await Warden("providers", "list");
        Assert.True(listed.ExitCode == 0, listed.Output);
        Assert.Matches("google +oidc +config ", listed.StandardOutput);
        var shown = await Warden("providers", "show", "google");
        Assert.Contains("issuer:                https://accounts.google.com", shown.StandardOutput);
        Assert.DoesNotContain("google-secret-value", shown.Output + listed.Output);
        var changed = await Warden("providers", "update", "google", "--display-name", "G");
        Assert.Equal(2, changed.ExitCode);
        Assert.Contains("declared in config.yaml", changed.StandardError);

        File.WriteAllText(Path.Combine(_directory.Path, "config.yaml"), """
            identity_providers:
              - name: corp
                client_id: warden
                client_secret: plain
            """);
        var refused = await Warden("providers", "list");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("identity_providers[corp]: a plain 'client_secret' is not allowed", refused.StandardError);
        Assert.Single(refused.StandardError.Trim().Split('\n'));
    }
}

using System.Text.Json;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>`warden settings` as an operator runs it, against SQLite and PostgreSQL.</summary>
public sealed class SettingsCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private Task<ProcessRunner.Result> Warden(Dictionary<string, string?>? environment, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, environment);

    [Fact]
    public async Task Set_get_list_and_delete_a_setting()
    {
        var created = await Warden(null, "settings", "set", "site_name", "Acme");
        var changed = await Warden(null, "settings", "set", "site_name", "Acme – sign in");
        var emptied = await Warden(null, "settings", "set", "op_tos_uri", "");
        var got = await Warden(null, "settings", "get", "site_name");
        var text = await Warden(null, "settings", "list");
        var json = JsonDocument.Parse((await Warden(null, "settings", "list", "--json")).StandardOutput).RootElement;
        var deleted = await Warden(null, "settings", "delete", "site_name");
        var gone = await Warden(null, "settings", "get", "site_name");
        var deletedAgain = await Warden(null, "settings", "delete", "site_name");

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Equal("set site_name", created.StandardOutput.Trim());
        Assert.Equal((0, 0), (changed.ExitCode, emptied.ExitCode));
        Assert.Equal("Acme – sign in", got.StandardOutput.TrimEnd('\n'));
        Assert.Contains("2 setting(s)", text.StandardOutput);
        Assert.Equal(["op_tos_uri", "site_name"], json.EnumerateArray().Select(setting => setting.GetProperty("key").GetString()));
        Assert.Equal("", json[0].GetProperty("value").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", json[1].GetProperty("updated_at").GetString());
        Assert.Equal(("deleted site_name", 0), (deleted.StandardOutput.Trim(), deleted.ExitCode));
        Assert.Equal((1, "warden: no setting 'site_name'"), (gone.ExitCode, gone.StandardError.Trim()));
        Assert.Equal((1, "warden: no setting 'site_name'"), (deletedAgain.ExitCode, deletedAgain.StandardError.Trim()));
    }

    [Theory]
    [InlineData("Site_Name")]
    [InlineData("site name")]
    [InlineData("site-name")]
    [InlineData("")]
    public async Task Bad_keys_exit_2_with_one_line(string key)
    {
        var set = await Warden(null, "settings", "set", key, "value");
        var get = await Warden(null, "settings", "get", key);

        Assert.Equal(2, set.ExitCode);
        Assert.Equal(2, get.ExitCode);
        Assert.Single(set.StandardError.Trim().Split('\n'));
        Assert.Contains("lowercase letters, digits, dots and underscores", set.StandardError);
    }

    [Fact]
    public async Task Keys_and_values_have_length_limits_and_missing_arguments_are_usage_errors()
    {
        var longestKey = await Warden(null, "settings", "set", new string('k', 100), new string('v', 2000));
        var keyTooLong = await Warden(null, "settings", "set", new string('k', 101), "value");
        var valueTooLong = await Warden(null, "settings", "set", "site_name", new string('v', 2001));
        var noValue = await Warden(null, "settings", "set", "site_name");

        Assert.True(longestKey.ExitCode == 0, longestKey.Output);
        Assert.Equal((2, "warden: setting key must be 1-100 lowercase letters, digits, dots and underscores"),
            (keyTooLong.ExitCode, keyTooLong.StandardError.Trim()));
        Assert.Equal((2, "warden: the value of setting 'site_name' is 2001 characters long; at most 2000 are allowed"),
            (valueTooLong.ExitCode, valueTooLong.StandardError.Trim()));
        Assert.Equal(2, noValue.ExitCode);
        Assert.Equal(1, (await Warden(null, "settings", "get", "site_name")).ExitCode);
    }

    [Fact]
    public async Task Settings_live_in_postgresql_with_a_table_prefix()
    {
        var settings = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync();
        var environment = new Dictionary<string, string?>
        {
            ["DATABASE_URL"] = $"postgres://{settings.User}@{settings.Host}:{settings.Port}/{settings.Database}?sslmode=disable",
            ["DB_TABLE_PREFIX"] = "acme_",
        };

        var seeded = await Warden(environment, "seed");
        var set = await Warden(environment, "settings", "set", "op_policy_uri", "https://acme.example/policy");
        var got = await Warden(environment, "settings", "get", "op_policy_uri");
        var reseeded = await Warden(environment, "seed");

        Assert.True(seeded.ExitCode == 0, seeded.Output);
        Assert.Contains("settings: created site_name, op_policy_uri, op_tos_uri", seeded.StandardOutput);
        Assert.Equal(0, set.ExitCode);
        Assert.Equal("https://acme.example/policy", got.StandardOutput.Trim());
        Assert.Contains("settings: default settings already present", reseeded.StandardOutput);
    }

    public void Dispose() => _directory.Dispose();
}

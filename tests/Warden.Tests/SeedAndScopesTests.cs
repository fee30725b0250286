using System.Text.Json;
using Warden.Testing;
using Xunit;

namespace Warden.Tests;

/// <summary>`warden seed` (admin, scopes and default settings) and `warden scopes`, as an operator runs them.</summary>
public sealed class SeedAndScopesTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    private Task<ProcessRunner.Result> Warden(Dictionary<string, string?>? environment, params string[] arguments) =>
        WardenProcess.RunAsync(arguments, _directory.Path, environment);

    [Fact]
    public async Task Seed_creates_the_admin_with_a_generated_password_once_and_the_standard_scopes_idempotently()
    {
        var first = await Warden(null, "seed");
        var second = await Warden(null, "seed");
        var scopes = JsonDocument.Parse((await Warden(null, "scopes", "list", "--json")).StandardOutput).RootElement;
        var admin = JsonDocument.Parse((await Warden(null, "users", "show", "admin", "--json")).StandardOutput).RootElement;

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Matches(@"admin password: \S{24}", first.StandardOutput);
        Assert.Contains("scopes: created openid, profile, email, address, phone, offline_access", first.StandardOutput);
        Assert.Equal(0, second.ExitCode);
        Assert.DoesNotContain("admin password", second.StandardOutput);
        Assert.Contains("already", second.StandardOutput);
        Assert.Equal(["address", "email", "offline_access", "openid", "phone", "profile"],
            scopes.EnumerateArray().Select(scope => scope.GetProperty("name").GetString()));
        var email = scopes.EnumerateArray().Single(scope => scope.GetProperty("name").GetString() == "email");
        Assert.Equal(["email", "email_verified"], email.GetProperty("claims").EnumerateArray().Select(claim => claim.GetString()));
        Assert.Equal("admin", admin.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Seed_creates_the_default_settings_once_and_keeps_an_operators_value()
    {
        var first = await Warden(null, "seed");
        var changed = await Warden(null, "settings", "set", "site_name", "Acme sign-in");
        var deleted = await Warden(null, "settings", "delete", "op_tos_uri");
        var second = await Warden(null, "seed");
        var third = await Warden(null, "seed");
        var settings = JsonDocument.Parse((await Warden(null, "settings", "list", "--json")).StandardOutput).RootElement;

        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Contains("settings: created site_name, op_policy_uri, op_tos_uri", first.StandardOutput);
        Assert.Equal((0, 0), (changed.ExitCode, deleted.ExitCode));
        Assert.Contains("settings: created op_tos_uri", second.StandardOutput);
        Assert.Contains("settings: default settings already present", third.StandardOutput);
        Assert.Equal([("op_policy_uri", ""), ("op_tos_uri", ""), ("site_name", "Acme sign-in")],
            settings.EnumerateArray().Select(setting => (setting.GetProperty("key").GetString(), setting.GetProperty("value").GetString())));
    }

    [Fact]
    public async Task Seed_takes_the_admin_password_from_the_environment_and_never_prints_it()
    {
        var result = await Warden(new() { ["WARDEN_ADMIN_PASSWORD"] = "from-the-environment-1" }, "seed");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("from-the-environment-1", result.Output);
        Assert.DoesNotContain("admin password", result.StandardOutput);
    }

    [Fact]
    public async Task Scopes_can_be_created_changed_and_deleted_and_bad_names_are_refused()
    {
        var created = await Warden(null, "scopes", "create", "invoices.read", "--display-name", "Read invoices", "--claim", "invoice_count", "--json");
        var updated = await Warden(null, "scopes", "update", "invoices.read", "--consent", "false", "--json");
        var registrable = await Warden(null, "scopes", "update", "invoices.read", "--registrable", "true");
        var listed = await Warden(null, "scopes", "list");
        var bad = await Warden(null, "scopes", "create", "has space");
        var deleted = await Warden(null, "scopes", "delete", "invoices.read");
        var missing = await Warden(null, "scopes", "show", "invoices.read");

        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Equal("Read invoices", JsonDocument.Parse(created.StandardOutput).RootElement.GetProperty("display_name").GetString());
        Assert.False(JsonDocument.Parse(updated.StandardOutput).RootElement.GetProperty("requires_consent").GetBoolean());
        Assert.False(JsonDocument.Parse(created.StandardOutput).RootElement.GetProperty("registrable").GetBoolean());
        // #14: --registrable lets self-registered clients ask for the scope; the other fields stay as they were.
        Assert.Matches(@"(?m)^registrable:\s+true$", registrable.StandardOutput);
        Assert.Matches(@"(?m)^requires_consent:\s+false$", registrable.StandardOutput);
        Assert.Matches(@"(?m)^invoices\.read\s+no\s+yes\s+invoice_count\s+Read invoices$", listed.StandardOutput);
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal(0, deleted.ExitCode);
        Assert.Equal(1, missing.ExitCode);
    }

    public void Dispose() => _directory.Dispose();
}

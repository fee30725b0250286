using System.Text.Json;
using Warden.Configuration;
using Warden.Core.Registration;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests;

/// <summary>`warden registration-tokens` as an operator runs them, and registered clients in `warden clients list`.</summary>
public sealed class RegistrationCliTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private static readonly Dictionary<string, string?> MasterKey = new() { ["WARDEN_MASTER_KEY"] = RunningWarden.MasterKey };

    private Task<ProcessRunner.Result> Warden(params string[] arguments) => WardenProcess.RunAsync(arguments, _directory.Path, MasterKey);

    [Fact]
    public async Task An_operator_creates_an_initial_access_token_a_party_registers_with_it_and_the_client_is_listed_with_its_origin()
    {
        var created = await Warden("registration-tokens", "create", "--single-use", "--expires-in", "3600", "--json");
        Assert.True(created.ExitCode == 0, created.Output);
        var token = JsonDocument.Parse(created.StandardOutput).RootElement;
        var value = token.GetProperty("token").GetString()!;
        var id = token.GetProperty("id").GetString()!;
        var listed = await Warden("registration-tokens", "list");
        Assert.Contains(id, listed.StandardOutput);
        Assert.DoesNotContain(value, listed.Output);

        string registeredId;
        await using (var server = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with
                     {
                         Type = DatabaseType.Sqlite, SqlitePath = Path.Combine(_directory.Path, "data", "warden.db"),
                     }, configure: options => options with
                     {
                         Registration = options.Registration with
                         {
                             Policy = RegistrationPolicy.InitialAccessToken,
                             AllowedGrantTypes = [.. RegistrationOptions.PeopleGrantTypes, "client_credentials"],
                         },
                     }))
        {
            var (status, registered, _) = await server.RegisterAsync("""{"client_name":"Registered Robot","grant_types":["client_credentials"]}""", value);
            Assert.Equal(201, status);
            registeredId = registered.GetProperty("client_id").GetString()!;
            Assert.Equal(401, (await server.RegisterAsync("""{"grant_types":["client_credentials"]}""", value)).Status);
        }

        var clients = await Warden("clients", "list");
        Assert.Matches(@"registration\s+client_secret_basic\s+client_credentials\s+Registered Robot", clients.StandardOutput);
        // #14: the operator sees that the client registered itself.
        Assert.Matches(@"(?m)^origin:\s+registration \(registered by itself through /register, not verified by an operator\)$",
            (await Warden("clients", "show", registeredId)).StandardOutput);
        var used = JsonDocument.Parse((await Warden("registration-tokens", "list", "--json")).StandardOutput).RootElement;
        Assert.NotNull(Assert.Single(used.EnumerateArray()).GetProperty("used_at").GetString());

        Assert.Equal(0, (await Warden("registration-tokens", "revoke", id)).ExitCode);
        var again = await Warden("registration-tokens", "revoke", id);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("no registration token", again.StandardError);
        var invalid = await Warden("registration-tokens", "create", "--expires-in", "0");
        Assert.Equal(2, invalid.ExitCode);
        Assert.Contains("lifetime", invalid.StandardError);
    }

    public void Dispose() => _directory.Dispose();
}

using System.Text.Json;
using Warden.Configuration;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// Issue 14 (RFC 7662 §4): a client may introspect the tokens issued to it and those whose audience names it; only a
/// client an operator marked with `--introspect-all` may introspect every token. Any other token answers
/// {"active": false}, exactly as an unknown one, so introspection does not tell whether it exists. Clients are made
/// with the real `warden clients` CLI against the server's SQLite database.
/// </summary>
public sealed class IntrospectionAccessTests : IAsyncLifetime
{
    private const string Api = "https://api.example/invoices";

    private readonly TemporaryDirectory _directory = new();
    private DatabaseOptions _database = null!;
    private RunningWarden? _warden;

    private RunningWarden Warden => _warden!;

    public async Task InitializeAsync()
    {
        _database = await new SqliteServerBackend().CreateAsync(_directory);
        _warden = await AuthorizationCodeFixture.StartAsync(_database);
    }

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("jwt")]
    [InlineData("reference")]
    public async Task Only_the_tokens_client_an_audience_client_and_an_introspect_all_client_see_it_active(string format)
    {
        var billing = await CliAsync("clients", "create", "--name", "Billing", "--grant", "client_credentials", "--resource", Api,
            "--token-format", format, "--json");
        var audience = await CliAsync("clients", "create", "--name", "Invoices API", "--client-id", Api, "--json");
        var gateway = await CliAsync("clients", "create", "--name", "Gateway", "--introspect-all", "--json");
        var unrelated = await CliAsync("clients", "create", "--name", "Unrelated", "--json");
        Assert.True(gateway.GetProperty("introspect_all").GetBoolean());
        Assert.False(unrelated.GetProperty("introspect_all").GetBoolean());
        var (status, issued, _) = await Warden.PostFormAsync("/token", [new("grant_type", "client_credentials"), new("resource", Api)],
            Id(billing), Secret(billing));
        Assert.Equal(200, status);
        var token = issued.GetProperty("access_token").GetString()!;

        var byOwner = await Warden.IntrospectAsync(token, Id(billing), Secret(billing));
        var byAudience = await Warden.IntrospectAsync(token, Id(audience), Secret(audience));
        var byGateway = await Warden.IntrospectAsync(token, Id(gateway), Secret(gateway));
        var byUnrelated = await Warden.IntrospectAsync(token, Id(unrelated), Secret(unrelated));

        Assert.True(byOwner.GetProperty("active").GetBoolean());
        Assert.Equal(Id(billing), byOwner.GetProperty("client_id").GetString());
        Assert.True(byAudience.GetProperty("active").GetBoolean());
        Assert.Equal(Api, byAudience.GetProperty("aud").ValueKind == JsonValueKind.Array
            ? byAudience.GetProperty("aud")[0].GetString() : byAudience.GetProperty("aud").GetString());
        Assert.True(byGateway.GetProperty("active").GetBoolean());
        Assert.Equal("""{"active":false}""", byUnrelated.GetRawText());
    }

    [Fact]
    public async Task Clients_update_sets_and_clears_introspect_all_and_clients_show_reports_it()
    {
        var billing = await CliAsync("clients", "create", "--name", "Billing", "--grant", "client_credentials", "--json");
        var monitor = await CliAsync("clients", "create", "--name", "Monitor", "--json");
        var updated = await CliAsync("clients", "update", Id(monitor), "--introspect-all", "--json");
        var shown = await CliAsync("clients", "show", Id(monitor), "--json");
        Assert.True(updated.GetProperty("introspect_all").GetBoolean());
        Assert.True(shown.GetProperty("introspect_all").GetBoolean());
        var token = await Warden.ClientCredentialsTokenAsync(Id(billing), Secret(billing));

        Assert.True((await Warden.IntrospectAsync(token, Id(monitor), Secret(monitor))).GetProperty("active").GetBoolean());

        var cleared = await CliAsync("clients", "update", Id(monitor), "--introspect-all", "false", "--json");
        Assert.False(cleared.GetProperty("introspect_all").GetBoolean());
    }

    private static string Id(JsonElement client) => client.GetProperty("client_id").GetString()!;

    private static string Secret(JsonElement client) => client.GetProperty("client_secret").GetString()!;

    private async Task<JsonElement> CliAsync(params string[] arguments)
    {
        var result = await WardenProcess.RunAsync(arguments, _directory.Path, SecurityStampContract<SqliteServerBackend>.CliEnvironment(_database));
        Assert.True(result.ExitCode == 0, result.Output);
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }
}

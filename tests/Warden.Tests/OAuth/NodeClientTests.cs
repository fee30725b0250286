using System.Text.Json;
using Warden.Core.Registration;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// #12: openid-client, the certified relying-party library for Node.js (built on oauth4webapi), in its documented
/// configuration: it registers itself without a scope, signs a user in with the code flow and PKCE, reads UserInfo and
/// refreshes (tests/clients/openid-client-flow.mjs). It posts the secret in the form although registration gave the
/// client the default client_secret_basic.
/// </summary>
public abstract class NodeClientContract<TBackend> : IAsyncLifetime where TBackend : IServerBackend, new()
{
    private readonly TemporaryDirectory _directory = new();
    private RunningWarden? _warden;

    public async Task InitializeAsync() =>
        _warden = await AuthorizationCodeFixture.StartAsync(await new TBackend().CreateAsync(_directory), options => options with
        {
            Registration = options.Registration with { Policy = RegistrationPolicy.Open },
        });

    public async Task DisposeAsync()
    {
        await _warden!.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Openid_client_registers_without_scope_signs_in_reads_userinfo_and_refreshes()
    {
        var clients = Path.Combine(RepositoryRoot.Path, "tests", "clients");
        Assert.True(Directory.Exists(Path.Combine(clients, "node_modules", "openid-client")),
            "openid-client is not installed: run 'npm ci --prefix tests/clients' (scripts/test.sh does)");

        var run = await ProcessRunner.RunAsync("node", [Path.Combine(clients, "openid-client-flow.mjs"), _warden!.Issuer, "alice",
            AuthorizationCodeFixture.Password]);

        Assert.True(run.ExitCode == 0, run.Output);
        var result = JsonDocument.Parse(run.StandardOutput).RootElement;
        Assert.Equal("openid profile email offline_access", result.GetProperty("registered_scope").GetString());
        Assert.Equal("client_secret_basic", result.GetProperty("registered_auth_method").GetString());
        Assert.Equal("openid profile", result.GetProperty("granted_scope").GetString());
        Assert.Equal("Alice Liddell", result.GetProperty("userinfo_name").GetString());
        Assert.True(result.GetProperty("refreshed").GetBoolean());
    }
}

public sealed class MemoryNodeClientTests : NodeClientContract<MemoryServerBackend>;
public sealed class PostgresNodeClientTests : NodeClientContract<PostgresServerBackend>;

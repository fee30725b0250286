using Warden.Core.Clients;
using Xunit;

namespace Warden.Core.Tests;

/// <summary>RFC 6749 §4.4: client authentication, the client's grant types and scopes, and a rotated secret's overlap.</summary>
public sealed class ClientCredentialsGrantTests : IAsyncLifetime
{
    private TestEngine _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await TestEngine.StartAsync();
        await new Scopes.ScopeAdministration(_engine.Storage.Scopes, _engine.Time).CreateAsync(TestEngine.Tenant, "reports", null, null, [], false);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    private Task<Protocol.TokenResult> RequestAsync(Client client, string? secret, params (string Name, string Value)[] more) =>
        _engine.TokenAsync(client, secret, [("grant_type", "client_credentials"), .. more]);

    [Fact]
    public async Task A_confidential_client_gets_a_bearer_token_for_its_scopes()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.MachineClient);

        var issued = await RequestAsync(client, secret);
        var narrowed = await RequestAsync(client, secret, ("scope", "reports"));

        Assert.Equal("Bearer", issued.Tokens().TokenType);
        Assert.Equal(3600, issued.Tokens().ExpiresIn);
        Assert.Null(issued.Tokens().RefreshToken);
        Assert.Equal("reports", narrowed.Tokens().Scope);
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client_a_scope_beyond_the_clients_is_invalid_scope()
    {
        var (client, secret) = await _engine.CreateClientAsync(TestEngine.MachineClient);

        Assert.Equal("invalid_client", (await RequestAsync(client, secret + "x")).Error());
        Assert.Equal("invalid_scope", (await RequestAsync(client, secret, ("scope", "admin"))).Error());
    }

    [Fact]
    public async Task A_client_without_the_grant_type_is_unauthorized_client_and_an_unknown_grant_type_unsupported()
    {
        var (web, secret) = await _engine.CreateClientAsync(TestEngine.WebClient);

        Assert.Equal("unauthorized_client", (await RequestAsync(web, secret)).Error());
        Assert.Equal("unsupported_grant_type", (await _engine.TokenAsync(web, secret, ("grant_type", "password"))).Error());
    }

    [Fact]
    public async Task After_a_rotation_the_previous_secret_works_for_the_overlap_and_then_not()
    {
        var (client, previous) = await _engine.CreateClientAsync(TestEngine.MachineClient);
        var overlap = TimeSpan.FromHours(1);
        var current = (await _engine.Clients.RotateSecretAsync(TestEngine.Tenant, client.ClientId, overlap))!.Value;

        _engine.Time.Advance(overlap - TimeSpan.FromSeconds(1));
        var duringOverlap = await RequestAsync(client, previous);
        _engine.Time.Advance(TimeSpan.FromSeconds(1));
        var afterOverlap = await RequestAsync(client, previous);

        Assert.NotNull(duringOverlap.Response);
        Assert.Equal("invalid_client", afterOverlap.Error());
        Assert.NotNull((await RequestAsync(client, current)).Response);
    }
}

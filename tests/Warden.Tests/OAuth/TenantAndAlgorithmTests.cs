using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>Tokens of another tenant are never active here; a server configured for RS256 signs with it.</summary>
public sealed class TenantAndAlgorithmTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    [Theory]
    [InlineData(AccessTokenFormat.Jwt)]
    [InlineData(AccessTokenFormat.Reference)]
    public async Task A_token_issued_for_another_tenant_introspects_inactive(AccessTokenFormat format)
    {
        await using var warden = await RunningWarden.StartAsync(await new SqliteServerBackend().CreateAsync(_directory));
        var storage = warden.Services.GetRequiredService<IStorageBackend>();
        await storage.Tenants.CreateAsync(new Tenant("other", "Other", DateTimeOffset.UtcNow));
        var (foreign, _) = await warden.Services.GetRequiredService<ClientAdministration>()
            .CreateAsync("other", OAuthClientHelpers.MachineClient("foreign") with { AccessTokenFormat = format });
        var foreignToken = await warden.Services.GetRequiredService<AccessTokenIssuer>()
            .IssueAsync(foreign, foreign.ClientId, ["invoices.read"], [warden.Issuer], CancellationToken.None);
        var (local, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient("local"));

        var introspection = await warden.IntrospectAsync(foreignToken.Value, local.ClientId, secret!);

        Assert.False(introspection.GetProperty("active").GetBoolean());
        Assert.Equal(200, (await warden.PostFormAsync("/revoke", [new("token", foreignToken.Value)], local.ClientId, secret)).Status);
        Assert.NotNull(await warden.Services.GetRequiredService<AccessTokenValidator>().ValidateAsync("other", foreignToken.Value, CancellationToken.None));
    }

    [Fact]
    public async Task A_server_configured_for_RS256_signs_with_it_unless_a_client_asks_for_ES256()
    {
        await using var warden = await RunningWarden.StartAsync(await new MemoryServerBackend().CreateAsync(_directory),
            configure: options => options with { Keys = options.Keys with { SigningAlgorithm = "RS256" } });
        var (client, secret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var (ecClient, ecSecret) = await warden.CreateClientAsync(OAuthClientHelpers.MachineClient("ec") with { SigningAlgorithm = "ES256" });

        var token = await warden.ClientCredentialsTokenAsync(client.ClientId, secret!);
        var ecToken = await warden.ClientCredentialsTokenAsync(ecClient.ClientId, ecSecret!);

        Assert.Equal("RS256", new JsonWebToken(token).Alg);
        Assert.Equal("ES256", new JsonWebToken(ecToken).Alg);
        Assert.True((await warden.ValidateWithJwksAsync(token, "https://api.example/invoices")).IsValid);
    }

    public void Dispose() => _directory.Dispose();
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Warden.Configuration;
using Warden.Core.Keys;
using Warden.Core.Tenants;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// Two Warden instances on one PostgreSQL database agree on clients, keys and revocations. They share one pinned clock,
/// as instances share the real one, so that key refreshes and activations happen when the test advances it.
/// </summary>
public sealed class SharedDatabaseTests : IAsyncLifetime
{
    private readonly TemporaryDirectory _directory = new();
    private readonly FakeTimeProvider _time = PinnedTime.StartingNow();
    private RunningWarden? _first;
    private RunningWarden? _second;

    public async Task InitializeAsync()
    {
        var database = await new PostgresServerBackend().CreateAsync(_directory);
        // Instances behind one load balancer share the public issuer while listening on their own addresses.
        static WardenOptions SharedIssuer(WardenOptions options) => options with { Server = options.Server with { Issuer = "https://auth.example" } };
        _first = await RunningWarden.StartAsync(database, configure: SharedIssuer, time: _time);
        _second = await RunningWarden.StartAsync(database, configure: SharedIssuer, time: _time);
    }

    public async Task DisposeAsync()
    {
        await _first!.DisposeAsync();
        await _second!.DisposeAsync();
        _directory.Dispose();
    }

    private RunningWarden First => _first!;
    private RunningWarden Second => _second!;

    [Fact]
    public async Task A_token_from_one_instance_validates_introspects_and_revokes_on_the_other_even_after_rotation()
    {
        var (client, secret) = await First.CreateClientAsync(OAuthClientHelpers.MachineClient());
        await First.Services.GetRequiredService<SigningKeyManager>().RotateAsync(Tenant.DefaultId, "ES256", TimeSpan.Zero);

        var token = await First.ClientCredentialsTokenAsync(client.ClientId, secret!);
        var kid = new JsonWebToken(token).Kid!;

        // The second instance has not reread the keys yet; introspection rereads them on an unknown kid.
        Assert.True((await Second.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
        Assert.Contains(kid, await Second.Client.GetStringAsync("/.well-known/jwks.json"));
        Assert.Equal(200, (await Second.PostFormAsync("/revoke", [new("token", token)], client.ClientId, secret)).Status);
        Assert.False((await First.IntrospectAsync(token, client.ClientId, secret!)).GetProperty("active").GetBoolean());
    }

    [Fact]
    public async Task A_key_rotated_on_one_instance_is_published_by_the_other_at_its_next_reread_and_signs_after_the_delay()
    {
        var (client, secret) = await First.CreateClientAsync(OAuthClientHelpers.MachineClient());
        var keys = First.Services.GetRequiredService<SigningKeyManager>();
        var refresh = keys.Options.RefreshInterval;
        var delay = TimeSpan.FromMinutes(10);
        await Second.Client.GetStringAsync("/.well-known/jwks.json");

        var rotated = await keys.RotateAsync(Tenant.DefaultId, "ES256", delay);
        var beforeReread = await Second.Client.GetStringAsync("/.well-known/jwks.json");
        _time.Advance(refresh);
        var afterReread = await Second.Client.GetStringAsync("/.well-known/jwks.json");
        var beforeActivation = new JsonWebToken(await Second.ClientCredentialsTokenAsync(client.ClientId, secret!)).Kid;
        _time.Advance(delay - refresh);
        var afterActivation = new JsonWebToken(await Second.ClientCredentialsTokenAsync(client.ClientId, secret!)).Kid;

        Assert.DoesNotContain(rotated.KeyId, beforeReread);
        Assert.Contains(rotated.KeyId, afterReread);
        Assert.NotEqual(rotated.KeyId, beforeActivation);
        Assert.Equal(rotated.KeyId, afterActivation);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>Identifier lengths at every endpoint that takes a client_id, and the throttle on rereading keys for an unknown kid.</summary>
public sealed class InputLimitTests
{
    [Theory]
    [InlineData("/token")]
    [InlineData("/introspect")]
    [InlineData("/revoke")]
    [InlineData("/device_authorization")]
    public async Task A_60000_character_client_id_is_an_unknown_client_that_is_neither_looked_up_nor_cached(string endpoint)
    {
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory });
        var directory = warden.Services.GetRequiredService<ClientDirectory>();
        var cachedBefore = directory.CachedCount;

        var (status, body, _) = await warden.PostFormAsync(endpoint, [
            new("grant_type", "client_credentials"), new("token", "x"),
            new("client_id", new string('c', 60_000)), new("client_secret", "some secret"),
        ]);

        Assert.Equal(401, status);
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
        Assert.Equal(cachedBefore, directory.CachedCount);
    }

    [Fact]
    public async Task An_unknown_kid_rereads_the_keys_at_most_once_every_five_seconds()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, time: time);
        var keys = warden.Services.GetRequiredService<SigningKeyManager>();
        var protector = warden.Services.GetRequiredService<KeyProtector>();
        Assert.Null(await keys.FindPublishedAsync(Tenant.DefaultId, "made-up"));

        // Another instance adds a key right after this one reread for the made-up kid.
        var added = SigningCredential.Generate(Tenant.DefaultId, "ES256", time.GetUtcNow(), time.GetUtcNow(), data => protector.Protect(data));
        await warden.Services.GetRequiredService<IStorageBackend>().SigningKeys.AddAsync(added);

        time.Advance(SigningKeyManager.KeyMissRereadInterval - TimeSpan.FromSeconds(1));
        Assert.Null(await keys.FindPublishedAsync(Tenant.DefaultId, added.KeyId));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.NotNull(await keys.FindPublishedAsync(Tenant.DefaultId, added.KeyId));
    }
}

using Warden.Cache.Redis;
using Warden.Testing;
using Xunit;

namespace Warden.Storage.Tests;

/// <summary>What only the Redis cache does: deployments sharing one Redis database keep apart by their key prefix.</summary>
public sealed class RedisBehaviourTests
{
    [Fact]
    public async Task Stores_with_different_key_prefixes_do_not_see_each_others_keys_and_the_same_prefix_does()
    {
        var server = await RedisServer.SharedAsync();
        var billing = server.IsolatedSettings();
        await using var first = await RedisCacheStore.ConnectAsync(billing);
        await using var sameDeployment = await RedisCacheStore.ConnectAsync(billing);
        await using var otherDeployment = await RedisCacheStore.ConnectAsync(server.IsolatedSettings());

        await first.SetAsync("session:abc", "alice", TimeSpan.FromMinutes(1));
        Assert.Equal(3, await first.IncrementAsync("rate:login:127.0.0.1", TimeSpan.FromMinutes(1)) +
                        await sameDeployment.IncrementAsync("rate:login:127.0.0.1", TimeSpan.FromMinutes(1)));

        Assert.Equal("alice", await sameDeployment.GetAsync("session:abc"));
        Assert.Null(await otherDeployment.GetAsync("session:abc"));
        Assert.Equal(1, await otherDeployment.IncrementAsync("rate:login:127.0.0.1", TimeSpan.FromMinutes(1)));
    }
}

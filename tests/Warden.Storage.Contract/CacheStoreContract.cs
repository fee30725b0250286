using Warden.Core.Caching;
using Xunit;

namespace Warden.Storage.Contract;

/// <summary>
/// The cache contract, run against the memory cache and a real redis-server. Time passes through the factory's
/// <see cref="ICacheFactory.AdvanceAsync"/>, never by waiting; expiries are asserted with a margin on either side
/// because Redis's own clock keeps running while a test runs.
/// </summary>
public abstract class CacheStoreContract<TFactory> : IAsyncLifetime where TFactory : ICacheFactory, new()
{
    private static readonly TimeSpan Long = TimeSpan.FromMinutes(5);
    private readonly string _namespace = "test:" + Guid.NewGuid().ToString("N") + ":";
    private readonly TFactory _factory = new();
    private ICacheStore? _cache;

    private ICacheStore Cache => _cache!;

    public async Task InitializeAsync() => _cache = await _factory.CreateAsync();

    public async Task DisposeAsync()
    {
        await Cache.DisposeAsync();
        await _factory.DisposeAsync();
    }

    private string Key(string name) => _namespace + name;

    private Task AdvanceAsync(TimeSpan elapsed) => _factory.AdvanceAsync(_namespace, elapsed);

    [Fact]
    public async Task A_missing_key_reads_as_null()
    {
        Assert.Null(await Cache.GetAsync(Key("missing")));
    }

    [Fact]
    public async Task Set_stores_and_replaces_a_value()
    {
        await Cache.SetAsync(Key("session"), "first", Long);
        await Cache.SetAsync(Key("session"), "second ✓", Long);

        Assert.Equal("second ✓", await Cache.GetAsync(Key("session")));
    }

    [Fact]
    public async Task A_value_expires_after_its_time_to_live()
    {
        await Cache.SetAsync(Key("short"), "value", TimeSpan.FromSeconds(10));
        await Cache.SetAsync(Key("long"), "value", Long);
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal("value", await Cache.GetAsync(Key("short")));

        await AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.Null(await Cache.GetAsync(Key("short")));
        Assert.Equal("value", await Cache.GetAsync(Key("long")));
    }

    [Fact]
    public async Task Set_if_absent_stores_only_the_first_value()
    {
        Assert.True(await Cache.SetIfAbsentAsync(Key("jti"), "first", Long));
        Assert.False(await Cache.SetIfAbsentAsync(Key("jti"), "second", Long));

        Assert.Equal("first", await Cache.GetAsync(Key("jti")));
    }

    [Fact]
    public async Task Set_if_absent_succeeds_again_once_the_value_expired()
    {
        Assert.True(await Cache.SetIfAbsentAsync(Key("challenge"), "first", TimeSpan.FromSeconds(10)));
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.False(await Cache.SetIfAbsentAsync(Key("challenge"), "early", Long));
        await AdvanceAsync(TimeSpan.FromSeconds(5));

        Assert.True(await Cache.SetIfAbsentAsync(Key("challenge"), "second", Long));
        Assert.Equal("second", await Cache.GetAsync(Key("challenge")));
    }

    [Fact]
    public async Task Of_many_concurrent_set_if_absent_calls_exactly_one_wins()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 32)
            .Select(attempt => Task.Run(() => Cache.SetIfAbsentAsync(Key("replay"), "attempt " + attempt, Long))));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    [Fact]
    public async Task Concurrent_increments_are_atomic()
    {
        var values = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(() => Cache.IncrementAsync(Key("counter"), Long))));

        Assert.Equal(Enumerable.Range(1, 100).Select(v => (long)v), values.Order());
        Assert.Equal("100", await Cache.GetAsync(Key("counter")));
    }

    [Fact]
    public async Task A_counter_keeps_the_expiry_of_its_first_increment()
    {
        var window = TimeSpan.FromSeconds(10);
        Assert.Equal(1, await Cache.IncrementAsync(Key("window"), window));
        await AdvanceAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, await Cache.IncrementAsync(Key("window"), window));
        await AdvanceAsync(TimeSpan.FromSeconds(6));

        // Had the second increment restarted the window, the counter would still be alive here.
        Assert.Equal(1, await Cache.IncrementAsync(Key("window"), window));
    }

    [Fact]
    public async Task Delete_reports_whether_the_key_existed()
    {
        await Cache.SetAsync(Key("gone"), "value", Long);

        Assert.True(await Cache.DeleteAsync(Key("gone")));
        Assert.False(await Cache.DeleteAsync(Key("gone")));
        Assert.Null(await Cache.GetAsync(Key("gone")));
    }

    [Fact]
    public async Task A_set_holds_each_member_once_and_loses_removed_ones()
    {
        await Cache.AddToSetAsync(Key("index"), "a", Long);
        await Cache.AddToSetAsync(Key("index"), "b ✓", Long);
        await Cache.AddToSetAsync(Key("index"), "a", Long);

        Assert.Equal(["a", "b ✓"], (await Cache.SetMembersAsync(Key("index"))).Order(StringComparer.Ordinal));
        Assert.True(await Cache.RemoveFromSetAsync(Key("index"), "a"));
        Assert.False(await Cache.RemoveFromSetAsync(Key("index"), "a"));
        Assert.Equal(["b ✓"], await Cache.SetMembersAsync(Key("index")));
        Assert.Empty(await Cache.SetMembersAsync(Key("missing set")));
    }

    [Fact]
    public async Task Adding_to_a_set_lengthens_its_life_but_never_shortens_it()
    {
        await Cache.AddToSetAsync(Key("index"), "long-lived", TimeSpan.FromSeconds(20));
        await Cache.AddToSetAsync(Key("index"), "short-lived", TimeSpan.FromSeconds(5));
        await AdvanceAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, (await Cache.SetMembersAsync(Key("index"))).Count);
        await Cache.AddToSetAsync(Key("index"), "late", TimeSpan.FromSeconds(30));
        await AdvanceAsync(TimeSpan.FromSeconds(15));
        Assert.Equal(3, (await Cache.SetMembersAsync(Key("index"))).Count);

        await AdvanceAsync(TimeSpan.FromSeconds(20));

        Assert.Empty(await Cache.SetMembersAsync(Key("index")));
    }

    [Fact]
    public async Task Delete_removes_a_set()
    {
        await Cache.AddToSetAsync(Key("index"), "a", Long);

        Assert.True(await Cache.DeleteAsync(Key("index")));
        Assert.Empty(await Cache.SetMembersAsync(Key("index")));
        Assert.False(await Cache.RemoveFromSetAsync(Key("index"), "a"));
    }

    [Fact]
    public async Task Ping_answers()
    {
        var latency = await Cache.PingAsync();

        // How long a ping takes depends on the machine's load; that it answers with a measured time is the contract.
        Assert.True(latency >= TimeSpan.Zero);
    }
}

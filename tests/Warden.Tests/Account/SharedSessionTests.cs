using Warden.Configuration;
using Warden.Testing;
using Xunit;
using static Warden.Tests.Account.AccountPage;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Account;

/// <summary>Two instances sharing Redis and PostgreSQL: the account page of one lists and ends the sessions of the other.</summary>
public sealed class SharedSessionTests
{
    [Fact]
    public async Task A_session_started_on_one_instance_is_listed_and_ended_from_the_other()
    {
        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync() };
        var cache = new CacheOptions(CacheType.Redis, (await RedisServer.SharedAsync()).IsolatedSettings());
        await using var first = await StartAsync(database, cache: cache);
        await using var second = await StartAsync(database, cache: cache);
        using var phone = await SignedInAsync(second, ChromeOnAndroid);
        using var laptop = await SignedInAsync(first, Firefox);
        var html = await laptop.HtmlAsync();
        Assert.Equal(2, SessionIds(html).Count);
        var phoneSid = SessionIds(html)[SessionItems(html).ToList().FindIndex(item => item.Contains("Chrome on Android"))];

        AssertCompleted(await laptop.PostAsync("EndSession", ("sid", phoneSid)), "session");

        Assert.Null(await phone.SignedInAsAsync());
        Assert.Equal("alice", await laptop.SignedInAsAsync());
    }
}

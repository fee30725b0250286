using System.Net;
using Warden.Configuration;
using Warden.Testing;
using Xunit;
using static Warden.Tests.OAuth.AuthorizationCodeFixture;

namespace Warden.Tests.Passkeys;

/// <summary>Two instances sharing PostgreSQL and Redis: a ceremony begun on one is finished on the other, once.</summary>
public sealed class SharedCeremonyTests
{
    [Fact]
    public async Task A_ceremony_begun_on_one_instance_is_finished_on_the_other_and_only_once()
    {
        var database = WardenOptions.Defaults.Database with { Type = DatabaseType.Postgres, Postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync() };
        var cache = new CacheOptions(CacheType.Redis, (await RedisServer.SharedAsync()).IsolatedSettings());
        await using var first = await StartAsync(database, cache: cache);
        await using var second = await StartAsync(database, cache: cache);
        using var authenticator = new SoftwareAuthenticator("127.0.0.1", second.Client.BaseAddress!.GetLeftPart(UriPartial.Authority));
        // Both instances must accept the other's origin: they stand for one site behind a load balancer.
        using var onFirst = new Browser(first);
        using var onSecond = new Browser(second);
        await onFirst.SignInAsync("alice", Password);
        await onSecond.SignInAsync("alice", Password);

        var registration = await onFirst.BeginAsync("/passkeys/register/options");
        var registered = await onSecond.FinishAsync("/passkeys/register", registration.Ceremony, authenticator.Create(registration.PublicKey));
        Assert.True(registered.Status == HttpStatusCode.OK, registered.Body.ToString());

        using var signingIn = new Browser(second);
        using var beginning = new Browser(first);
        var begun = await beginning.BeginAsync("/passkeys/sign-in/options");
        var assertion = authenticator.Assert(begun.PublicKey);
        var signedIn = await signingIn.FinishAsync("/passkeys/sign-in", begun.Ceremony, assertion);
        var replayedOnFirst = await beginning.FinishAsync("/passkeys/sign-in", begun.Ceremony, authenticator.Assert(begun.PublicKey));

        Assert.True(signedIn.Status == HttpStatusCode.OK, signedIn.Body.ToString());
        Assert.Equal("alice", await signingIn.SignedInAsAsync());
        Assert.Equal("unknown_or_used_challenge", PasskeyRequests.ReasonOf(replayedOnFirst.Body));
    }
}

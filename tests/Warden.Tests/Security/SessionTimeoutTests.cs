using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>#14: sessions had only an absolute lifetime; now they also end after sessions.idle_timeout without use.</summary>
public sealed class SessionTimeoutTests
{
    private const string Password = "correct horse battery";

    private static async Task<RunningWarden> StartAsync(TimeProvider time, TimeSpan idleTimeout)
    {
        var warden = await RunningWarden.StartAsync(WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, null, options => options with
        {
            Passwords = new PasswordHashingOptions(8_192, 1, 1),
            Sessions = options.Sessions with { SessionLifetime = TimeSpan.FromHours(1), IdleTimeout = idleTimeout },
        }, time);
        await new UserAdministration(warden.Services.GetRequiredService<IStorageBackend>().Users,
            warden.Services.GetRequiredService<PasswordHasher>(), TimeProvider.System).CreateAsync(Tenant.DefaultId, "alice", Password, null, UserRole.Regular);
        return warden;
    }

    [Fact]
    public async Task A_session_used_within_its_idle_timeout_lasts_and_one_left_idle_longer_ends()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(time, TimeSpan.FromMinutes(10));
        using var browser = new Browser(warden);
        await browser.SignInAsync("alice", Password);

        time.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal("alice", await browser.SignedInAsAsync());
        time.Advance(TimeSpan.FromMinutes(8));
        Assert.Equal("alice", await browser.SignedInAsAsync());
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Null(await browser.SignedInAsAsync());
    }

    [Fact]
    public async Task A_session_in_constant_use_still_ends_at_its_absolute_lifetime()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(time, TimeSpan.FromMinutes(30));
        using var browser = new Browser(warden);
        await browser.SignInAsync("alice", Password);

        for (var elapsed = TimeSpan.Zero; elapsed < TimeSpan.FromMinutes(50); elapsed += TimeSpan.FromMinutes(10))
        {
            time.Advance(TimeSpan.FromMinutes(10));
            Assert.Equal("alice", await browser.SignedInAsAsync());
        }
        time.Advance(TimeSpan.FromMinutes(10));
        Assert.Null(await browser.SignedInAsAsync());
    }

    [Fact]
    public async Task Uses_within_a_minute_of_each_other_refresh_the_last_use_at_most_once()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(time, TimeSpan.FromMinutes(30));
        using var browser = new Browser(warden);
        await browser.SignInAsync("alice", Password);

        // Used at 29:30 (less than a minute after the previous recorded use at 29:00), the session still ends 30 minutes
        // after 29:00: the last use is recorded to within a minute, never on every request.
        time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal("alice", await browser.SignedInAsAsync());
        time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("alice", await browser.SignedInAsAsync());
        time.Advance(TimeSpan.FromSeconds(30 * 60 - 30));
        Assert.Null(await browser.SignedInAsAsync());
    }

    [Fact]
    public async Task With_an_idle_timeout_of_zero_only_the_absolute_lifetime_ends_a_session()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(time, TimeSpan.Zero);
        using var browser = new Browser(warden);
        await browser.SignInAsync("alice", Password);

        time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal("alice", await browser.SignedInAsAsync());
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(await browser.SignedInAsAsync());
    }
}

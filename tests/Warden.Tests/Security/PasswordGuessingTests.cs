using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Testing;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>
/// #14: /login had no rate limit and every post cost an Argon2id hash, also for unknown users. Attempts are now limited
/// per address and per account (429, Retry-After, counted in the cache store so instances share them), and hashing
/// goes through a bounded queue that refuses the excess with 503 rather than exhausting memory. The addresses of
/// the attempts come through a trusted proxy (loopback), so one test can play many clients.
/// </summary>
public sealed class PasswordGuessingTests
{
    private const string Password = "correct horse battery";

    private static async Task<RunningWarden> StartAsync(Func<WardenOptions, WardenOptions> configure, TimeProvider? time = null,
        CacheOptions? cache = null, DatabaseOptions? database = null)
    {
        var warden = await RunningWarden.StartAsync(database ?? WardenOptions.Defaults.Database with { Type = DatabaseType.Memory }, cache,
            options => configure(options with
            {
                Server = options.Server with { TrustedProxies = [System.Net.IPNetwork.Parse("127.0.0.1/32")] },
                Passwords = new PasswordHashingOptions(8_192, 1, 1),
                Sessions = options.Sessions with { MaxFailures = 0 },
            }), time);
        var users = warden.Services.GetRequiredService<IStorageBackend>().Users;
        if (await users.FindByUsernameAsync(Tenant.DefaultId, "alice") is null)
        {
            await new UserAdministration(users, warden.Services.GetRequiredService<PasswordHasher>(), TimeProvider.System)
                .CreateAsync(Tenant.DefaultId, "alice", Password, "alice@example.com", UserRole.Regular);
        }
        return warden;
    }

    private static Dictionary<string, string> From(string address) => new() { ["X-Forwarded-For"] = address };

    [Fact]
    public async Task One_address_gets_429_with_Retry_After_past_its_attempts_a_minute_whatever_the_accounts()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(options => options with { Limits = options.Limits with { LoginPerMinute = 3 } }, time);
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);

        var attempts = new List<HttpResponseMessage>();
        foreach (var username in new[] { "alice", "bob", "carol", "dave" })
            attempts.Add(await form.PostAsync(username, "guess", From("203.0.113.1")));
        var otherAddress = await form.PostAsync("alice", Password, From("203.0.113.2"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], attempts.Select(r => r.StatusCode));
        Assert.Equal("60", attempts[3].Headers.GetValues("Retry-After").Single());
        Assert.Contains("Too many sign-in attempts", await attempts[3].Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, otherAddress.StatusCode);

        // Even the right password waits for the window to end; then the address may try again.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await form.PostAsync("alice", Password, From("203.0.113.1"))).StatusCode);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync("alice", Password, From("203.0.113.1"))).StatusCode);

        // Refusals before the password was checked write no audit rows: a flood would otherwise become a flood of rows.
        await warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        var audited = await warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = "login" });
        Assert.Equal(5, audited.Count);
    }

    [Fact]
    public async Task One_account_gets_429_past_its_attempts_a_minute_from_any_addresses_and_unknown_names_are_limited_alike()
    {
        var time = PinnedTime.StartingNow();
        await using var warden = await StartAsync(options => options with { Limits = options.Limits with { LoginPerAccountPerMinute = 2 } }, time);
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);

        // The username and the email name one account.
        var known = new[]
        {
            (await form.PostAsync("alice", "guess 1", From("203.0.113.1"))).StatusCode,
            (await form.PostAsync("alice@example.com", "guess 2", From("203.0.113.2"))).StatusCode,
            (await form.PostAsync("ALICE", Password, From("203.0.113.3"))).StatusCode,
        };
        var unknown = new[]
        {
            (await form.PostAsync("mallory", "guess", From("203.0.113.4"))).StatusCode,
            (await form.PostAsync("Mallory", "guess", From("203.0.113.5"))).StatusCode,
            (await form.PostAsync("mallory", "guess", From("203.0.113.6"))).StatusCode,
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], known);
        Assert.Equal(known, unknown);
        time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync("alice", Password, From("203.0.113.1"))).StatusCode);
    }

    [Fact]
    public async Task With_redis_two_instances_share_the_attempt_counts()
    {
        var redis = await RedisServer.SharedAsync();
        var cache = new CacheOptions(CacheType.Redis, redis.IsolatedSettings());
        var database = WardenOptions.Defaults.Database with
        {
            Type = DatabaseType.Postgres, Postgres = await (await PostgresServer.SharedAsync()).CreateDatabaseAsync(),
        };
        static WardenOptions Limited(WardenOptions options) => options with { Limits = options.Limits with { LoginPerMinute = 0, LoginPerAccountPerMinute = 2 } };
        await using var first = await StartAsync(Limited, cache: cache, database: database);
        await using var second = await StartAsync(Limited, cache: cache, database: database);
        using var firstHttp = LoginForm.CookielessClient(first);
        using var secondHttp = LoginForm.CookielessClient(second);
        var onFirst = await LoginForm.LoadAsync(firstHttp);
        var onSecond = await LoginForm.LoadAsync(secondHttp);

        var statuses = new[]
        {
            (await onFirst.PostAsync("alice", "guess 1")).StatusCode,
            (await onSecond.PostAsync("alice", "guess 2")).StatusCode,
            (await onFirst.PostAsync("alice", "guess 3")).StatusCode,
        };

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task When_every_hashing_slot_is_taken_and_the_queue_is_full_a_sign_in_gets_503_and_later_succeeds()
    {
        await using var warden = await StartAsync(options => options with { PasswordHashLimits = new PasswordHashLimits(1, 0) });
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);
        var limiter = warden.Services.GetRequiredService<PasswordHashLimiter>();

        HttpResponseMessage busy;
        using (var taken = await limiter.TryEnterAsync())
        {
            Assert.NotNull(taken);
            busy = await form.PostAsync("alice", Password);
        }
        var afterwards = await form.PostAsync("alice", Password);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("5", busy.Headers.GetValues("Retry-After").Single());
        Assert.Contains("The server is busy", await busy.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
    }

    [Fact]
    public async Task The_hash_limiter_runs_its_maximum_at_once_queues_its_length_and_refuses_the_rest()
    {
        var limiter = new PasswordHashLimiter(new PasswordHashLimits(2, 1));

        var running = new[] { await limiter.TryEnterAsync(), await limiter.TryEnterAsync() };
        var queued = limiter.TryEnterAsync();
        var refused = await limiter.TryEnterAsync();

        Assert.All(running, Assert.NotNull);
        Assert.False(queued.IsCompleted);
        Assert.Null(refused);
        running[0]!.Dispose();
        using var admitted = await queued.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(admitted);

        // A slot released twice counts once: with one running and one free slot, a third caller must wait again.
        running[1]!.Dispose();
        running[1]!.Dispose();
        using var immediate = await limiter.TryEnterAsync();
        var waiting = limiter.TryEnterAsync();
        Assert.NotNull(immediate);
        Assert.False(waiting.IsCompleted);
        Assert.Null(await limiter.TryEnterAsync());
        admitted!.Dispose();
        (await waiting.WaitAsync(TimeSpan.FromSeconds(10)))!.Dispose();
    }
}

using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Security;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Testing;
using Warden.Tests.OAuth;
using Xunit;

namespace Warden.Tests.Security;

/// <summary>
/// #14: failed sign-ins were counted read-then-write, so parallel wrong passwords overwrote each other's count and the
/// account never locked. Through /login, on every backend.
/// </summary>
public abstract class LockoutContract<TBackend> : IDisposable where TBackend : IServerBackend, new()
{
    private const string Password = "correct horse battery";
    private readonly TemporaryDirectory _directory = new();

    [Fact]
    public async Task Fifty_concurrent_wrong_passwords_lock_the_account()
    {
        await using var warden = await RunningWarden.StartAsync(await new TBackend().CreateAsync(_directory), configure: options => options with
        {
            Passwords = new PasswordHashingOptions(8_192, 1, 1),
            Sessions = options.Sessions with { MaxFailures = 5 },
            // Every attempt must reach the password check: the attempt limits and the hashing queue would refuse most of them.
            Limits = options.Limits with { LoginPerMinute = 0, LoginPerAccountPerMinute = 0 },
            PasswordHashLimits = new PasswordHashLimits(2, 64),
        });
        var users = warden.Services.GetRequiredService<IStorageBackend>().Users;
        await new UserAdministration(users, warden.Services.GetRequiredService<PasswordHasher>(), TimeProvider.System)
            .CreateAsync(Tenant.DefaultId, "alice", Password, null, UserRole.Regular);
        using var http = LoginForm.CookielessClient(warden);
        var form = await LoginForm.LoadAsync(http);

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(() => form.PostAsync("alice", "wrong password " + i))));

        foreach (var response in responses)
            Assert.True(await LoginForm.IsRefusedPasswordAsync(response), $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var alice = await users.FindByUsernameAsync(Tenant.DefaultId, "alice");
        Assert.True(alice!.LockedUntil > DateTimeOffset.UtcNow, $"not locked: {alice.FailedLoginCount} failures counted, locked until {alice.LockedUntil}");
        Assert.True(await LoginForm.IsRefusedPasswordAsync(await form.PostAsync("alice", Password)));
    }

    public void Dispose() => _directory.Dispose();
}

public sealed class MemoryLockoutTests : LockoutContract<MemoryServerBackend>;
public sealed class SqliteLockoutTests : LockoutContract<SqliteServerBackend>;
public sealed class PostgresLockoutTests : LockoutContract<PostgresServerBackend>;

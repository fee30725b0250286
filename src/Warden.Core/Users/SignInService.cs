using Warden.Core.Audit;
using Warden.Core.Caching;
using Warden.Core.Security;
using Warden.Core.Sessions;

namespace Warden.Core.Users;

/// <param name="MaxFailures">Failed passwords in a row that lock an account; 0 turns lockout off.</param>
/// <param name="LockoutDuration">How long a locked account refuses every password.</param>
/// <param name="SessionLifetime">How long a sign-in lasts at most.</param>
/// <param name="IdleTimeout">How long a session lasts without being used; zero turns the idle timeout off.</param>
public sealed record SignInOptions(int MaxFailures, TimeSpan LockoutDuration, TimeSpan SessionLifetime, TimeSpan IdleTimeout);

/// <summary>Password attempts per minute, counted in the cache store (shared by instances sharing Redis); 0 turns a limit off.</summary>
/// <param name="PerAddressPerMinute">Attempts from one client address, whatever the account.</param>
/// <param name="PerAccountPerMinute">Attempts at one account (or one unknown username), from any address.</param>
public sealed record SignInLimits(int PerAddressPerMinute, int PerAccountPerMinute);

/// <summary>Why a password was not even checked.</summary>
public enum SignInDeferral
{
    None,

    /// <summary>Too many attempts from the address or at the account this minute (HTTP 429).</summary>
    TooManyAttempts,

    /// <summary>Every password hashing slot is taken and the queue is full (HTTP 503).</summary>
    Busy,
}

/// <summary>The signed-in user, or null with the reason kept for the audit trail (never shown: the page says only "invalid").</summary>
/// <param name="Deferral">Set when the attempt was refused before its password was checked; the caller answers "try later".</param>
public sealed record SignInResult(User? User, string? FailureReason, SignInDeferral Deferral = SignInDeferral.None);

/// <summary>
/// Password sign-in with lockout, and checking a session against the account. Every failure looks the same to the
/// caller and costs the same Argon2id work, so neither the answer nor its timing tells whether a username exists.
/// Attempts are limited per address and per account, and hashing goes through <see cref="PasswordHashLimiter"/>, so
/// guessing is slow and a flood of attempts cannot exhaust memory.
/// </summary>
public sealed class SignInService(IUserStore users, PasswordHasher hasher, PasswordHashLimiter hashLimiter, ICacheStore cache,
    SecretHasher secretHasher, AuditTrail audit, SignInOptions options, SignInLimits limits, TimeProvider time)
{
    /// <summary>The window of the attempt counters; a refused attempt is told to retry after it.</summary>
    public static readonly TimeSpan AttemptWindow = TimeSpan.FromMinutes(1);

    /// <summary>How long a sign-in refused for busy hashing is told to wait: a queue drains in well under a second.</summary>
    public static readonly TimeSpan BusyRetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The failure reason of a right password for a signed-up account whose email is not verified yet: the one failure
    /// the page words differently, since only the account's owner (who knows the password) can see it.
    /// </summary>
    public const string EmailUnverified = "email_unverified";

    private readonly Lazy<string> _dummyHash = new(() => hasher.Hash("dummy password for timing"));

    public SignInOptions Options => options;

    public async Task<SignInResult> PasswordSignInAsync(string tenantId, string username, string password, string? ipAddress,
        CancellationToken cancellationToken = default)
    {
        var (result, knownUserId) = await CheckAsync(tenantId, username, password, ipAddress, cancellationToken);
        // Refusals before the password was checked are not audited: a flood of them would become a flood of rows.
        if (result.Deferral == SignInDeferral.None)
        {
            audit.Record(tenantId, "login", result.User is null ? "failure" : "success", null, knownUserId?.ToString(), ipAddress,
                new { method = "password", reason = result.FailureReason });
        }
        return result;
    }

    /// <summary>
    /// Checks a signed-in person's password again (before a password change), with every rule of a sign-in: the attempt
    /// limits, the hashing limit, lockout, and a wrong password counted as a failed sign-in. Not audited here: the
    /// caller records what the check was for.
    /// </summary>
    public async Task<SignInResult> ConfirmPasswordAsync(User user, string password, string? ipAddress, CancellationToken cancellationToken = default) =>
        (await CheckAsync(user.TenantId, user.Username, password, ipAddress, cancellationToken)).Result;

    /// <summary>The user behind a session while the account is active and its security stamp unchanged; else null.</summary>
    public async Task<User?> ValidateSessionAsync(UserSession session, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(session.TenantId, session.UserId, cancellationToken);
        return user is { IsActive: true } && user.SecurityStamp == session.SecurityStamp ? user : null;
    }

    /// <summary>The outcome, and the id of the account the attempt was about when one exists (for the audit row).</summary>
    private async Task<(SignInResult Result, Guid? KnownUserId)> CheckAsync(string tenantId, string username, string password,
        string? ipAddress, CancellationToken cancellationToken)
    {
        if (password.Length > PasswordHasher.MaxPasswordLength || username.Length > 200)
            return (new SignInResult(null, "too_long"), null);
        if (await OverLimitAsync($"rate:login:{tenantId}:{ipAddress ?? "unknown"}", limits.PerAddressPerMinute, cancellationToken))
            return (new SignInResult(null, "rate_limited_address", SignInDeferral.TooManyAttempts), null);
        var user = await users.FindByUsernameAsync(tenantId, username, cancellationToken)
                   ?? (username.Contains('@') ? await users.FindByEmailAsync(tenantId, username, cancellationToken) : null);
        // An unknown username is counted by its spelling, so that the limit does not tell which names exist.
        var account = user?.Id.ToString() ?? "name:" + Convert.ToHexString(secretHasher.Hash(username.ToLowerInvariant()));
        if (await OverLimitAsync($"rate:login-account:{tenantId}:{account}", limits.PerAccountPerMinute, cancellationToken))
            return (new SignInResult(null, "rate_limited_account", SignInDeferral.TooManyAttempts), user?.Id);

        PasswordCheck check;
        using (var slot = await hashLimiter.TryEnterAsync(cancellationToken))
        {
            if (slot is null)
                return (new SignInResult(null, "busy", SignInDeferral.Busy), user?.Id);
            check = user?.PasswordHash is { } stored ? hasher.Check(password, stored) : DummyCheck(password);
        }
        if (user?.PasswordHash is null)
            return (new SignInResult(null, user is null ? "unknown_user" : "no_password"), user?.Id);

        var now = time.GetUtcNow();
        if (user.LockedUntil > now)
            return (new SignInResult(null, "locked"), user.Id);
        if (!user.IsActive)
            return (new SignInResult(null, "disabled"), user.Id);
        if (check == PasswordCheck.Mismatch)
        {
            // One atomic step in the store: parallel wrong passwords each count (a read-then-write let them overwrite each other).
            var counted = await users.RecordFailedSignInAsync(tenantId, user.Id, options.MaxFailures, now + options.LockoutDuration, now,
                cancellationToken);
            return (new SignInResult(null, counted is null ? "locked" : counted.LockedUntil is null ? "bad_password" : "bad_password_locked"), user.Id);
        }

        if (user.EmailVerificationRequired)
            return (new SignInResult(null, EmailUnverified), user.Id);

        // Success clears failures and an elapsed lock (never one a parallel failure just set), and replaces a hash of an
        // older cost or another server's format (outside the hashing limit: only the right password gets here).
        var signedIn = user;
        if (user.FailedLoginCount != 0 || user.LockedUntil is not null)
        {
            await users.ClearFailedSignInsAsync(tenantId, user.Id, now, cancellationToken);
            signedIn = signedIn with { FailedLoginCount = 0, LockedUntil = null };
        }
        if (check == PasswordCheck.MatchNeedsRehash)
        {
            signedIn = signedIn with { PasswordHash = hasher.Hash(password), UpdatedAt = now };
            await users.UpdateAsync(signedIn, cancellationToken);
        }
        return (new SignInResult(signedIn, null), user.Id);
    }

    /// <summary>The work of a real check, for an attempt without a stored hash, so its timing says nothing.</summary>
    private PasswordCheck DummyCheck(string password)
    {
        hasher.Verify(password, _dummyHash.Value);
        return PasswordCheck.Mismatch;
    }

    private async Task<bool> OverLimitAsync(string key, int limit, CancellationToken cancellationToken) =>
        limit > 0 && await cache.IncrementAsync(key, AttemptWindow, cancellationToken) > limit;
}

using Warden.Core.Audit;
using Warden.Core.Security;
using Warden.Core.Sessions;

namespace Warden.Core.Users;

/// <param name="MaxFailures">Failed passwords in a row that lock an account; 0 turns lockout off.</param>
/// <param name="LockoutDuration">How long a locked account refuses every password.</param>
/// <param name="SessionLifetime">How long a sign-in lasts.</param>
public sealed record SignInOptions(int MaxFailures, TimeSpan LockoutDuration, TimeSpan SessionLifetime);

/// <summary>The signed-in user, or null with the reason kept for the audit trail (never shown: the page says only "invalid").</summary>
public sealed record SignInResult(User? User, string? FailureReason);

/// <summary>
/// Password sign-in with lockout, and checking a session against the account. Every failure looks the same to the
/// caller and costs the same Argon2id work, so neither the answer nor its timing tells whether a username exists.
/// </summary>
public sealed class SignInService(IUserStore users, PasswordHasher hasher, AuditTrail audit, SignInOptions options,
    TimeProvider time)
{
    private readonly Lazy<string> _dummyHash = new(() => hasher.Hash("dummy password for timing"));

    public SignInOptions Options => options;

    public async Task<SignInResult> PasswordSignInAsync(string tenantId, string username, string password, string? ipAddress,
        CancellationToken cancellationToken = default)
    {
        var (result, knownUserId) = await CheckAsync(tenantId, username, password, cancellationToken);
        audit.Record(tenantId, "login", result.User is null ? "failure" : "success", null, knownUserId?.ToString(), ipAddress,
            new { method = "password", reason = result.FailureReason });
        return result;
    }

    /// <summary>The user behind a session while the account is active and its security stamp unchanged; else null.</summary>
    public async Task<User?> ValidateSessionAsync(UserSession session, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(session.TenantId, session.UserId, cancellationToken);
        return user is { IsActive: true } && user.SecurityStamp == session.SecurityStamp ? user : null;
    }

    /// <summary>The outcome, and the id of the account the attempt was about when one exists (for the audit row).</summary>
    private async Task<(SignInResult Result, Guid? KnownUserId)> CheckAsync(string tenantId, string username, string password,
        CancellationToken cancellationToken)
    {
        if (password.Length > PasswordHasher.MaxPasswordLength || username.Length > 200)
            return (new SignInResult(null, "too_long"), null);
        var user = await users.FindByUsernameAsync(tenantId, username, cancellationToken)
                   ?? (username.Contains('@') ? await users.FindByEmailAsync(tenantId, username, cancellationToken) : null);
        if (user?.PasswordHash is null)
        {
            hasher.Verify(password, _dummyHash.Value);
            return (new SignInResult(null, user is null ? "unknown_user" : "no_password"), user?.Id);
        }

        var now = time.GetUtcNow();
        var check = hasher.Check(password, user.PasswordHash);
        var passwordMatches = check != PasswordCheck.Mismatch;
        if (user.LockedUntil > now)
            return (new SignInResult(null, "locked"), user.Id);
        if (!user.IsActive)
            return (new SignInResult(null, "disabled"), user.Id);
        if (!passwordMatches)
        {
            var failures = user.FailedLoginCount + 1;
            var locks = options.MaxFailures > 0 && failures >= options.MaxFailures;
            await users.UpdateAsync(user with
            {
                FailedLoginCount = locks ? 0 : failures,
                LockedUntil = locks ? now + options.LockoutDuration : user.LockedUntil,
                UpdatedAt = now,
            }, cancellationToken);
            return (new SignInResult(null, locks ? "bad_password_locked" : "bad_password"), user.Id);
        }

        // Success clears failures and an elapsed lock, and replaces a hash of an older cost or another server's format.
        var signedIn = user with
        {
            FailedLoginCount = 0,
            LockedUntil = null,
            PasswordHash = check == PasswordCheck.MatchNeedsRehash ? hasher.Hash(password) : user.PasswordHash,
        };
        if (signedIn != user)
            await users.UpdateAsync(signedIn with { UpdatedAt = now }, cancellationToken);
        return (new SignInResult(signedIn, null), user.Id);
    }
}

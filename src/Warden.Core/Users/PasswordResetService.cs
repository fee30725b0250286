using Warden.Core.Audit;

namespace Warden.Core.Users;

public enum PasswordResetStatus
{
    /// <summary>"If an account has this address, we sent a link": the answer whether or not one has.</summary>
    CheckEmail,

    /// <summary>No SMTP server is configured.</summary>
    Unavailable,

    TooManyRequests,

    /// <summary>A field breaks a rule (<see cref="PasswordResetResult.Field"/>, <see cref="PasswordResetResult.Problem"/>).</summary>
    Invalid,

    /// <summary>The link is unknown, used or expired: the page offers a new one.</summary>
    LinkUnusable,

    /// <summary>The password was set; every session and refresh token of the account has ended.</summary>
    Reset,
}

public sealed record PasswordResetResult(PasswordResetStatus Status, string? Field = null, SignUpProblem Problem = SignUpProblem.None);

/// <summary>
/// "Forgot password": a single-use, short-lived link mailed to the account's address. Following it sets a new password
/// through <see cref="UserAdministration.ResetPasswordAsync"/>: a new security stamp (which ends every session and
/// refresh token of the account), the email verified, a lock cleared. The request's answer is the same whether or not
/// an account has the address, and since the mail is only queued, so is its timing.
/// </summary>
public sealed class PasswordResetService(IUserStore users, UserAdministration administration, EmailLinks links, IEmailSender email,
    AuditTrail audit)
{
    public bool Enabled => email.IsConfigured;

    public async Task<PasswordResetResult> RequestAsync(string tenantId, string? address, string language, string? ipAddress,
        CancellationToken cancellationToken = default)
    {
        if (!Enabled)
            return new PasswordResetResult(PasswordResetStatus.Unavailable);
        address = address?.Trim();
        if (string.IsNullOrEmpty(address))
            return new PasswordResetResult(PasswordResetStatus.Invalid, "email", SignUpProblem.Required);
        if (!SignUpService.IsEmail(address))
            return new PasswordResetResult(PasswordResetStatus.Invalid, "email", SignUpProblem.InvalidEmail);
        if (await links.OverLimitAsync(tenantId, ipAddress, address, cancellationToken))
            return new PasswordResetResult(PasswordResetStatus.TooManyRequests);
        var user = await users.FindByEmailAsync(tenantId, address, cancellationToken);
        if (user is not { IsActive: true })
        {
            audit.Record(tenantId, "password_reset_requested", "failure", null, user?.Id.ToString(), ipAddress,
                new { reason = user is null ? "unknown_email" : "disabled" });
            return new PasswordResetResult(PasswordResetStatus.CheckEmail);
        }
        var link = await links.CreateAsync(user, user.Email!, EmailTokenPurpose.Reset, cancellationToken);
        email.Send(new AccountEmail(AccountEmailKind.ResetPassword, tenantId, user.Id, user.Email!, SignUpService.NameOf(user), link, language));
        audit.Record(tenantId, "password_reset_requested", "success", null, user.Id.ToString(), ipAddress, null);
        return new PasswordResetResult(PasswordResetStatus.CheckEmail);
    }

    /// <summary>Whether the link can still be used (the page shows the form or the "ask for a new link" page).</summary>
    public async Task<bool> IsUsableAsync(string tenantId, string? secret, CancellationToken cancellationToken = default) =>
        await links.FindUsableAsync(secret, EmailTokenPurpose.Reset, cancellationToken) is { } token && token.TenantId == tenantId;

    public async Task<PasswordResetResult> ResetAsync(string tenantId, string? secret, string? password, string? confirmation, string? ipAddress,
        CancellationToken cancellationToken = default)
    {
        // The password is checked before the link is used, so a typo does not cost the person their link.
        if (SignUpService.PasswordProblem(password, confirmation, await administration.PasswordPolicyAsync(tenantId, cancellationToken)) is { } problem)
            return new PasswordResetResult(PasswordResetStatus.Invalid, problem.Field, problem.Problem);
        var token = await links.TryUseAsync(secret, EmailTokenPurpose.Reset, cancellationToken);
        var user = token is not null && token.TenantId == tenantId ? await users.FindByIdAsync(tenantId, token.UserId, cancellationToken) : null;
        if (token is null || user is not { IsActive: true } || !string.Equals(user.Email, token.Email, StringComparison.OrdinalIgnoreCase))
        {
            audit.Record(tenantId, "password_reset", "failure", null, token?.UserId.ToString(), ipAddress,
                new { reason = token is null ? "invalid_or_expired_link" : "account_changed" });
            return new PasswordResetResult(PasswordResetStatus.LinkUnusable);
        }
        await administration.ResetPasswordAsync(tenantId, user.Id, password!, cancellationToken);
        await links.EndOthersAsync(tenantId, user.Id, EmailTokenPurpose.Reset, cancellationToken);
        audit.Record(tenantId, "password_reset", "success", null, user.Id.ToString(), ipAddress, new { unlocked = user.LockedUntil is not null });
        return new PasswordResetResult(PasswordResetStatus.Reset);
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Errors;
using Warden.Core.Users;
using Warden.Endpoints;
using Warden.Pages.Presentation;
using Warden.Sessions;

namespace Warden.Pages.Account;

/// <summary>
/// The password section. The current password is checked as a sign-in checks it (<see cref="SignInService.ConfirmPasswordAsync"/>:
/// attempt limits, hashing limit, lockout, failures counted); the new one follows <see cref="UserAdministration"/>'s rules.
/// A change renews the security stamp, which ends every other session and every refresh token; this session is
/// re-issued with the new stamp, so the person stays signed in here.
/// </summary>
public sealed partial class AccountModel
{
    public async Task<IActionResult> OnPostPasswordAsync([FromForm(Name = "current_password")] string? currentPassword,
        [FromForm(Name = "new_password")] string? newPassword, [FromForm(Name = "new_password_again")] string? newPasswordAgain)
    {
        if (!await SignInAsync())
            return ToLogin();
        if (string.IsNullOrEmpty(currentPassword))
            Errors["current_password"] = text["account.password.error.current_missing"];
        Passwords = await users.PasswordPolicyAsync(Person.TenantId, HttpContext.RequestAborted);
        if (!Passwords.Accepts(newPassword))
            Errors["new_password"] = PasswordRuleText.Error(text, Passwords);
        else if (newPassword != newPasswordAgain)
            Errors["new_password_again"] = text["account.password.error.mismatch"];
        if (Errors.Count > 0)
            return await RefusedAsync();

        var check = await signIn.ConfirmPasswordAsync(Person, currentPassword!, Address, HttpContext.RequestAborted);
        if (check.Deferral != SignInDeferral.None)
            return await DeferredAsync(check);
        if (check.User is null)
        {
            Record("password_changed", "failure", null, new { reason = check.FailureReason });
            Errors["current_password"] = text["account.password.error.current_wrong"];
            return await RefusedAsync();
        }

        User changed;
        try
        {
            changed = await users.SetPasswordAsync(Person.TenantId, Person.Id.ToString(), newPassword!, HttpContext.RequestAborted)
                      ?? throw new InvalidUserException("the user no longer exists");
        }
        catch (InvalidUserException)
        {
            Errors["new_password"] = PasswordRuleText.Error(text, Passwords);
            return await RefusedAsync();
        }

        // The new stamp already refuses every older refresh token at its next use; ending the families now also
        // shows them as ended to introspection-free clients at once and leaves nothing to clean up later.
        var families = await refreshTokens.RevokeUserFamiliesAsync(Person.TenantId, Person.Id, null, HttpContext.RequestAborted);
        // The other sessions (bound to the old stamp) are deleted now rather than refused at their next request, so that
        // they leave the list; this one is replaced by a session with the new stamp.
        var ended = await sessions.EndOthersAsync(Person, Session.Sid, HttpContext.RequestAborted);
        var sessionId = await sessions.CreateAsync(Person.TenantId, Person.Id, changed.SecurityStamp, signIn.Options.SessionLifetime,
            Session.UserAgent, Address, Session.EffectiveEvidence, HttpContext.RequestAborted);
        await currentUser.EndSessionAsync(HttpContext);
        SessionCookie.Set(HttpContext, sessionId, signIn.Options.SessionLifetime);
        Record("password_changed", "success", null, new { other_sessions_ended = ended, refresh_token_families_ended = families });
        return Completed("password");
    }

    /// <summary>The form again with 429 or 503 and Retry-After, as the sign-in page answers an attempt it did not check.</summary>
    private async Task<IActionResult> DeferredAsync(Core.Users.SignInResult result)
    {
        var (definition, retryAfter) = result.Deferral == SignInDeferral.Busy
            ? (ErrorCatalog.SignIn.HashingBusy, SignInService.BusyRetryAfter)
            : (ErrorCatalog.SignIn.TooManyAttempts, SignInService.AttemptWindow);
        var error = OAuthError.From(definition, result.FailureReason);
        RefusalLog.Write(HttpContext, error);
        Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        Errors["current_password"] = text["account.password.error.try_later"];
        return await RefusedAsync(error.StatusCode);
    }
}

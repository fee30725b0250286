using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Errors;
using Warden.Core.Sessions;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Endpoints;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>
/// The sign-in form. Every failure shows the same message, so the page never tells whether a username exists, is
/// locked or is disabled; the reason goes to the audit trail. A successful sign-in starts a new session (a fresh id,
/// so a session id planted before sign-in is useless) and returns only to a local address. An attempt refused before
/// its password was checked (too many attempts, or password hashing saturated) shows the form again with 429 or 503
/// and Retry-After.
/// </summary>
public sealed class LoginModel(SignInService signIn, SessionStore sessions, CurrentUser currentUser,
    AuthorizationRequestValidator authorization, SignUpService signUp, PasswordResetService passwordReset,
    Presentation.PageText text) : PageModel
{
    public const string FailureMessage = "Invalid username or password.";

    public string? SignedInAs { get; private set; }
    public string? Error { get; private set; }
    public string? Username { get; private set; }
    public string ReturnUrl { get; private set; } = DefaultReturnUrl;

    /// <summary>Whether the page links to <c>/signup</c> ("Create an account"): a sign-up policy and an SMTP server.</summary>
    public bool SignUpEnabled => signUp.Enabled;

    /// <summary>Whether the page links to <c>/password/forgot</c> ("Forgot password?"): an SMTP server to send the link.</summary>
    public bool PasswordResetEnabled => passwordReset.Enabled;

    /// <summary>
    /// Set when the right password was given for a signed-up account not verified yet: <see cref="Error"/> says so, and
    /// the page links to <c>/signup/resend</c> ("Send the link again").
    /// </summary>
    public bool EmailUnverified { get; private set; }

    private const string DefaultReturnUrl = "/login";

    /// <param name="loginHint">Pre-fills the username (OpenID Connect login_hint).</param>
    public async Task OnGetAsync(string? returnUrl, string? loginHint)
    {
        ReturnUrl = LocalOnly(returnUrl);
        Username = loginHint?.Length <= 200 ? loginHint : null;
        await AuthorizationLinks.AllowRedirectAfterFormAsync(HttpContext, ReturnUrl, authorization);
        // An application that sends the user here (prompt=login, max_age) wants a fresh sign-in, not "already signed in".
        if (ReturnUrl == DefaultReturnUrl)
            SignedInAs = (await currentUser.FindAsync(HttpContext))?.Username;
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        ReturnUrl = LocalOnly(returnUrl);
        Username = username?.Length <= 200 ? username : null;
        await AuthorizationLinks.AllowRedirectAfterFormAsync(HttpContext, ReturnUrl, authorization);
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
        {
            Error = FailureMessage;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(Tenant.DefaultId, username, password, HttpContext.Connection.RemoteIpAddress?.ToString(),
            HttpContext.RequestAborted);
        if (result.Deferral != SignInDeferral.None)
            return Deferred(result);
        if (result.User is null && result.FailureReason == SignInService.EmailUnverified)
        {
            EmailUnverified = true;
            Error = text["signup.unverified"];
            return Page();
        }
        if (result.User is null)
        {
            Error = FailureMessage;
            return Page();
        }

        await currentUser.EndSessionAsync(HttpContext);
        var sessionId = await sessions.CreateAsync(Tenant.DefaultId, result.User.Id, result.User.SecurityStamp, signIn.Options.SessionLifetime,
            Request.Headers.UserAgent.ToString(), HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        SessionCookie.Set(HttpContext, sessionId, signIn.Options.SessionLifetime);
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>The form again, with 429 or 503, Retry-After and the refusal's one log line.</summary>
    private PageResult Deferred(Core.Users.SignInResult result)
    {
        var (definition, retryAfter) = result.Deferral == SignInDeferral.Busy
            ? (ErrorCatalog.SignIn.HashingBusy, SignInService.BusyRetryAfter)
            : (ErrorCatalog.SignIn.TooManyAttempts, SignInService.AttemptWindow);
        var error = OAuthError.From(definition, result.FailureReason);
        RefusalLog.Write(HttpContext, error);
        Response.StatusCode = error.StatusCode;
        Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        Error = error.Description;
        return Page();
    }

    private string LocalOnly(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : DefaultReturnUrl;
}

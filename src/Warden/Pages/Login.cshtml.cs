using Warden.Middleware;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Errors;
using Warden.Core.Sessions;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Endpoints;
using Warden.Pages.Presentation;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>
/// The sign-in form. Every failure shows the same message, so the page never tells whether a username exists, is
/// locked or is disabled; the reason goes to the audit trail. A successful sign-in starts a new session (a fresh id,
/// so a session id planted before sign-in is useless) and returns only to a local address. An attempt refused before
/// its password was checked (too many attempts, or password hashing saturated) shows the form again with 429 or 503
/// and Retry-After. A refused password shows its message next to the password field; a refusal before the check is a
/// notice for the whole form.
/// </summary>
public sealed class LoginModel(SignInService signIn, SignInCompletion completion, CurrentUser currentUser,
    AuthorizationRequestValidator authorization, SignUpService signUp, PasswordResetService passwordReset, PageText text) : PageModel
{
    public string? SignedInAs { get; private set; }

    /// <summary>The error shown next to the username field (it was left empty).</summary>
    public string? UsernameError { get; private set; }

    /// <summary>The error shown next to the password field: empty, or the one message for every refused sign-in.</summary>
    public string? PasswordError { get; private set; }

    /// <summary>A refusal before the password was checked (too many attempts, busy), for the whole form.</summary>
    public string? FormError { get; private set; }

    public string? Username { get; private set; }

    /// <summary>The application the sign-in continues to, when the return address is an authorization request.</summary>
    public ClientDetails? Client { get; private set; }
    public string ReturnUrl { get; private set; } = DefaultReturnUrl;

    /// <summary>Whether the page links to <c>/signup</c> ("Create an account"): a sign-up policy and an SMTP server.</summary>
    public bool SignUpEnabled => signUp.IsEnabled(HttpContext.Tenant().Tenant);

    /// <summary>Whether the page links to <c>/password/forgot</c> ("Forgot password?"): an SMTP server to send the link.</summary>
    public bool PasswordResetEnabled => passwordReset.Enabled;

    /// <summary>
    /// Set when the right password was given for a signed-up account not verified yet: <see cref="FormError"/> says so, and
    /// the page links to <c>/signup/resend</c> ("Send the link again").
    /// </summary>
    public bool EmailUnverified { get; private set; }

    private const string DefaultReturnUrl = "/login";

    /// <param name="loginHint">Pre-fills the username (OpenID Connect login_hint).</param>
    public async Task OnGetAsync(string? returnUrl, string? loginHint)
    {
        ReturnUrl = LocalOnly(returnUrl);
        Username = loginHint?.Length <= 200 ? loginHint : null;
        await FindClientAsync();
        // An application that sends the user here (prompt=login, max_age) wants a fresh sign-in, not "already signed in".
        if (ReturnUrl == DefaultReturnUrl)
            SignedInAs = (await currentUser.FindAsync(HttpContext))?.Username;
    }

    /// <param name="passkeyOffer">"1" when the page's script found a device that can make a passkey itself (and no earlier "not now").</param>
    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl, string? passkeyOffer)
    {
        ReturnUrl = LocalOnly(returnUrl);
        Username = username?.Length <= 200 ? username : null;
        await FindClientAsync();
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(password))
        {
            UsernameError = string.IsNullOrEmpty(username) ? text["login.username_missing"] : null;
            PasswordError = string.IsNullOrEmpty(password) ? text["login.password_missing"] : null;
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(HttpContext.TenantId(), username, password, HttpContext.Connection.RemoteIpAddress?.ToString(),
            HttpContext.RequestAborted);
        if (result.Deferral != SignInDeferral.None)
            return Deferred(result);
        if (result.User is null && result.FailureReason == SignInService.EmailUnverified)
        {
            EmailUnverified = true;
            FormError = text["signup.unverified"];
            return Page();
        }
        if (result.User is null)
        {
            PasswordError = text["login.failed"];
            return Page();
        }

        await completion.StartSessionAsync(HttpContext, result.User, SignInEvidence.Password);
        if (passkeyOffer == "1" && await Passkeys.PasskeyOfferModel.ShouldOfferAsync(HttpContext, result.User))
            return LocalRedirect(Passkeys.PasskeyOfferModel.PathFor(ReturnUrl));
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
        FormError = text[result.Deferral == SignInDeferral.Busy ? "login.busy" : "login.too_many_attempts"];
        return Page();
    }

    /// <summary>The authorization request asks for acr <c>phr</c>: only a passkey sign-in will do (the page says so).</summary>
    public bool PasskeyRequired { get; private set; }

    private async Task FindClientAsync()
    {
        if (await AuthorizationLinks.AllowRedirectAfterFormAsync(HttpContext, ReturnUrl, authorization) is { } request)
        {
            Client = ClientDetails.Of(request.Client);
            PasskeyRequired = request.RequiresPhishingResistant;
        }
    }

    private string LocalOnly(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : DefaultReturnUrl;
}

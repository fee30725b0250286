using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.ExternalLogins;
using Warden.Core.Sessions;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Sessions;

namespace Warden.Pages.External;

/// <summary>
/// Sign-in with an upstream provider, both halves of the round trip: <c>GET /login/external/{name}?returnUrl=…</c> sends
/// the browser to the upstream (a link, so the content security policy's form-action never sees a foreign origin), and
/// <c>GET /login/external/{name}/callback?code=…&amp;state=…</c> finishes it on whichever instance the upstream sends the
/// browser back to. <c>?link=1</c> on the first half links another account to the signed-in person (from the account
/// page). Every refusal is this page with 400, a sentence for the person, a link back, and an audit row with the reason;
/// nothing is linked or signed in unless <see cref="UpstreamSignIn"/> validated what the upstream said.
/// </summary>
public sealed class ExternalSignInModel(UpstreamSignIn upstream, ExternalLoginLinker linker, CurrentUser currentUser, SignInCompletion completion,
    AuditTrail audit, WardenOptions options, ILogger<ExternalSignInModel> logger) : PageModel
{
    /// <summary>The cookie binding the round trip to the browser that started it (login CSRF, RFC 9700 §4.7).</summary>
    public const string BindingCookie = "warden_external";

    private const string SignInEvent = "external_sign_in";
    private const string LinkEvent = "external_login_linked";

    /// <summary>The <c>external.failed.*</c> text the page shows.</summary>
    public string FailureText { get; private set; } = "unavailable";

    /// <summary>Where the link back goes: the sign-in page (with the original request) or the account page.</summary>
    public string BackUrl { get; private set; } = "/login";

    public bool Linking { get; private set; }

    /// <summary>Set when the round trip succeeded: where the page's refresh and its link go.</summary>
    public string? ContinueUrl { get; private set; }

    public async Task<IActionResult> OnGetAsync(string name, string? step, string? returnUrl, string? link, string? code, string? state,
        string? error)
    {
        switch (step)
        {
            case null:
                return await StartAsync(name, LocalOnly(returnUrl), link == "1");
            case "callback":
                return await FinishAsync(name, code, state, error);
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> StartAsync(string name, string returnUrl, bool link)
    {
        Guid? linkUserId = null;
        if (link)
        {
            if (await currentUser.FindAsync(HttpContext) is not { } person)
                return Redirect("/login?returnUrl=" + Uri.EscapeDataString(Account.AccountModel.Path));
            linkUserId = person.Id;
            returnUrl = Account.AccountModel.Path;
        }
        var (started, failure) = await upstream.BeginAsync(HttpContext.TenantId(), HttpContext.Tenant().Issuer, name, returnUrl, linkUserId, HttpContext.RequestAborted);
        if (started is null)
            return Refused(name, failure!, returnUrl, linkUserId, null);
        Response.Cookies.Append(BindingCookie, started.BrowserValue, new CookieOptions
        {
            // Lax: the upstream's redirect back is a top-level GET navigation from another site, which Lax cookies accompany.
            HttpOnly = true, Secure = options.Server.IsHttps, SameSite = SameSiteMode.Lax, Path = Request.PathBase + "/login/external",
            MaxAge = UpstreamSignIn.StateLifetime,
        });
        return Redirect(started.AuthorizationUrl);
    }

    private async Task<IActionResult> FinishAsync(string name, string? code, string? state, string? error)
    {
        var browser = Request.Cookies[BindingCookie];
        Response.Cookies.Delete(BindingCookie, new CookieOptions { Path = Request.PathBase + "/login/external", Secure = options.Server.IsHttps });
        var (completed, remembered, failure) = await upstream.CompleteAsync(HttpContext.TenantId(), HttpContext.Tenant().Issuer, name, state, code, error, browser,
            HttpContext.RequestAborted);
        var returnUrl = remembered?.ReturnUrl ?? "/login";
        if (completed is null)
            return Refused(name, failure!, returnUrl, remembered?.LinkUserId, null);

        var linkUserId = completed.State.LinkUserId;
        if (linkUserId is { } linking && (await currentUser.FindAsync(HttpContext))?.Id != linking)
            return Refused(name, new UpstreamFailure(UpstreamFailureReason.BadState, "the person who started linking is no longer signed in"),
                returnUrl, linkUserId, null);

        var outcome = await linker.ResolveAsync(HttpContext.TenantId(), completed.Provider, completed.Identity, linkUserId, HttpContext.RequestAborted);
        if (outcome.Failure is not null)
            return Refused(name, outcome.Failure, returnUrl, linkUserId, completed.Identity.Subject);
        var user = outcome.User!;
        if (outcome.Linked)
            audit.Record(HttpContext.TenantId(), LinkEvent, "success", null, user.Id.ToString(), Address,
                new { provider = name, subject = completed.Identity.Subject, created_user = outcome.Created });
        if (linkUserId is not null)
            return Continue(Account.AccountModel.Path + "?done=" + (outcome.Linked ? "linked" : "already_linked"));

        audit.Record(HttpContext.TenantId(), SignInEvent, "success", null, user.Id.ToString(), Address,
            new { provider = name, subject = completed.Identity.Subject, upstream_acr = completed.Identity.Acr });
        // RFC 8176: the person proved who they are to another provider; its acr, when it gave one, travels on.
        await completion.StartSessionAsync(HttpContext, user, new SignInEvidence([AuthenticationMethods.Federated], completed.Identity.Acr));
        return Continue(returnUrl);
    }

    /// <summary>
    /// Goes on to <paramref name="localUrl"/> with a page that refreshes to it (and a link), not with a redirect. When the
    /// person signed in with a form at the upstream, this callback is a redirect that follows that form, and browsers
    /// hold every later redirect of the chain to the upstream page's CSP form-action: Warden's own sign-in form allows
    /// only its client's origin, so a 302 from here on to the application (at /authorize) would be blocked. A refresh is a
    /// new navigation, which no form-action governs.
    /// </summary>
    private PageResult Continue(string localUrl)
    {
        ContinueUrl = Url.IsLocalUrl(localUrl) ? localUrl : "/login";
        if (ContinueUrl.All(character => character is > ' ' and < '\x7f'))
            Response.Headers["Refresh"] = "0;url=" + ContinueUrl;
        return Page();
    }

    private PageResult Refused(string name, UpstreamFailure failure, string returnUrl, Guid? linkUserId, string? subject)
    {
        // The detail names what failed (a status, an exception type, a claim), never a secret or a token.
        logger.LogWarning("Sign-in with provider {Provider} refused: {Reason} ({Detail})", name, failure.Code, failure.Detail);
        audit.Record(HttpContext.TenantId(), linkUserId is null ? SignInEvent : LinkEvent, "failure", null, linkUserId?.ToString(), Address,
            new { provider = name, reason = failure.Code, detail = failure.Detail, subject });
        Linking = linkUserId is not null;
        BackUrl = Linking ? Account.AccountModel.Path : "/login?returnUrl=" + Uri.EscapeDataString(returnUrl);
        FailureText = failure.Reason switch
        {
            UpstreamFailureReason.UnknownProvider => "unknown_provider",
            UpstreamFailureReason.BadState => "bad_state",
            UpstreamFailureReason.UpstreamDenied => "denied",
            UpstreamFailureReason.NotLinked => "not_linked",
            UpstreamFailureReason.LinkedElsewhere => "linked_elsewhere",
            UpstreamFailureReason.EmailInUse => "email_in_use",
            UpstreamFailureReason.UserUnavailable => "user_unavailable",
            UpstreamFailureReason.InvalidIdToken or UpstreamFailureReason.NoSubject or UpstreamFailureReason.CodeRefused => "invalid",
            _ => "unavailable",
        };
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private string? Address => HttpContext.Connection.RemoteIpAddress?.ToString();

    private string LocalOnly(string? returnUrl) => returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/login";
}

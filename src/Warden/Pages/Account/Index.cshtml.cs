using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Sessions;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Warden.Pages.Presentation;
using Warden.Sessions;

namespace Warden.Pages.Account;

/// <summary>
/// The account page (<c>/account</c>) of a signed-in person: one class split into a file per section
/// (<c>AccountModel.Profile.cs</c>, <c>.Password.cs</c>, <c>.Sessions.cs</c>, <c>.Applications.cs</c>, <c>.Events.cs</c>),
/// each with its data, its POST handler and its partial view (<c>_Profile.cshtml</c> …). Every handler answers a
/// signed-out visitor with a redirect to the sign-in page; a success redirects back (post/redirect/get) with a notice;
/// bad input shows the page again with 400 and the error next to its field.
/// </summary>
public sealed partial class AccountModel(CurrentUser currentUser, SessionStore sessions, SignInService signIn, UserAdministration users,
    RefreshTokenService refreshTokens, IConsentStore consents, ClientDirectory clients, IAuditLogStore auditLog, AuditTrail audit,
    PageText text) : PageModel
{
    public const string Path = "/account";

    /// <summary>The notices a success redirect asks for (<c>?done=</c>), each an <c>account.done.*</c> text.</summary>
    private static readonly HashSet<string> Notices =
        ["profile", "password", "session", "sessions", "application", "passkey_added", "passkey_renamed", "passkey_removed", "linked",
            "already_linked", "unlinked"];

    public User Person { get; private set; } = null!;
    public UserSession Session { get; private set; } = null!;

    /// <summary>Errors by field name (<c>email</c>, <c>current_password</c> …), already in the page's language.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>An error about the page as a whole (an unknown session or application), in the page's language.</summary>
    public string? Error { get; private set; }

    /// <summary>The tenant's rule for the new password.</summary>
    public PasswordPolicy Passwords { get; private set; } = PasswordPolicy.Default;

    /// <summary>The key of the success notice to show, or null.</summary>
    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? done)
    {
        if (!await SignInAsync())
            return ToLogin();
        Done = done is not null && Notices.Contains(done) ? "account.done." + done : null;
        await LoadAsync();
        return Page();
    }

    /// <summary>Finds the signed-in person; false when nobody is.</summary>
    private async Task<bool> SignInAsync()
    {
        if (await currentUser.FindSignedInAsync(HttpContext) is not { } signedIn)
            return false;
        (Person, Session) = (signedIn.User, signedIn.Session);
        return true;
    }

    private RedirectResult ToLogin() => Redirect("/login?returnUrl=" + Uri.EscapeDataString(Path));

    private RedirectResult Completed(string notice) => Redirect(Path + "?done=" + notice);

    /// <summary>The page again with 400 (or <paramref name="status"/>) and the errors set by the handler.</summary>
    private async Task<IActionResult> RefusedAsync(int status = StatusCodes.Status400BadRequest)
    {
        await LoadAsync();
        Response.StatusCode = status;
        return Page();
    }

    /// <summary>What every section shows; a new section adds its own load here.</summary>
    private async Task LoadAsync()
    {
        LoadProfile();
        Passwords = await users.PasswordPolicyAsync(Person.TenantId, HttpContext.RequestAborted);
        await LoadPasskeysAsync();
        await LoadSessionsAsync();
        await LoadLinkedAccountsAsync();
        await LoadApplicationsAsync();
        await LoadEventsAsync();
    }

    private string? Address => HttpContext.Connection.RemoteIpAddress?.ToString();

    private void Record(string eventType, string outcome, string? clientId, object details) =>
        audit.Record(Person.TenantId, eventType, outcome, clientId, Person.Id.ToString(), Address, details);

    /// <summary>A time as the page shows it, in the page's language (UTC, so that every instance shows the same).</summary>
    public string FormatTime(DateTimeOffset time) =>
        text.Format("account.time", time.UtcDateTime.ToString("f", CultureInfo.GetCultureInfo(text.Language)));
}

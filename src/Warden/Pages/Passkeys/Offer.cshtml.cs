using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Passkeys;
using Warden.Core.Users;
using Warden.Passkeys;
using Warden.Sessions;

namespace Warden.Pages.Passkeys;

/// <summary>
/// After a password sign-in on a device that can make a passkey itself (the sign-in page's script asked
/// isUserVerifyingPlatformAuthenticatorAvailable), a person without a passkey is offered one before going on. The page's
/// script first tries conditional creation (the browser's password manager makes the passkey without a dialog, where it
/// supports that), then offers the button; "Not now" goes on to where the sign-in was going and, in the browser, stops
/// the offer for 30 days. Without a session, or with a passkey already, the page goes straight on.
/// </summary>
public sealed class PasskeyOfferModel(CurrentUser currentUser, PasskeyCeremonies ceremonies) : PageModel
{
    public const string Path = "/passkeys/offer";

    public string ReturnUrl { get; private set; } = "/login";

    public static string PathFor(string returnUrl) => Path + "?returnUrl=" + Uri.EscapeDataString(returnUrl);

    /// <summary>Whether a person who just signed in with a password should be offered a passkey: passkeys on, and none yet.</summary>
    public static async Task<bool> ShouldOfferAsync(HttpContext http, User user) =>
        http.RequestServices.GetRequiredService<PasskeyCeremonies>().Enabled
        && await http.RequestServices.GetRequiredService<IPasskeyStore>().CountAsync(user.TenantId, user.Id, http.RequestAborted) == 0;

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl is not null && Url.IsLocalUrl(returnUrl) ? returnUrl : "/login";
        if (!ceremonies.Enabled || await currentUser.FindAsync(HttpContext) is not { } user || !await ShouldOfferAsync(HttpContext, user))
            return LocalRedirect(ReturnUrl);
        return Page();
    }
}

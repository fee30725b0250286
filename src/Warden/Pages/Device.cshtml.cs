using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Devices;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Tenants;
using Warden.Hosting;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>
/// The device verification page (RFC 8628 §3.3): a signed-in person types the code their device shows (or arrives
/// with it from verification_uri_complete), sees which client asks for what, and allows or denies with the same
/// decision buttons as the consent page. Wrong codes are rate limited (see <see cref="DeviceVerification"/>).
/// </summary>
public sealed class DeviceModel(DeviceVerification verification, ConsentRules consent, CurrentUser currentUser) : PageModel
{
    public const string UnknownCodeMessage = "That code is not valid or has expired. Check the code on your device.";
    public const string TooManyAttemptsMessage = "Too many wrong codes. Wait a few minutes and try again.";

    public PendingDevice? Device { get; private set; }
    public IReadOnlyList<Scope> Scopes { get; private set; } = [];
    public string Username { get; private set; } = "";
    public string? Error { get; private set; }
    public string? Outcome { get; private set; }
    public bool Approved { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = OAuthNames.Parameters.UserCode)] string? userCode)
    {
        if (await currentUser.FindSignedInAsync(HttpContext) is not { } signedIn)
            return SignInFirst(userCode);
        Username = signedIn.User.Username;
        return userCode is null ? Page() : await ShowAsync(userCode);
    }

    public async Task<IActionResult> OnPostAsync([FromForm(Name = OAuthNames.Parameters.UserCode)] string? userCode, string? decision)
    {
        if (await currentUser.FindSignedInAsync(HttpContext) is not { } signedIn)
            return SignInFirst(null);
        Username = signedIn.User.Username;
        if (decision is null)
            return await ShowAsync(userCode);
        if (decision is not ("allow" or "deny"))
            return BadRequest();

        var result = await LookUpAsync(userCode);
        if (result is not null)
            return result;
        Approved = decision == "allow";
        Outcome = await verification.DecideAsync(Device!, signedIn.User, signedIn.Session.AuthTime, Approved,
                HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted)
            ? Approved ? "Your device is connected. You can return to it now." : "The device was not given access. You can close this page."
            : UnknownCodeMessage;
        Device = null;
        return Page();
    }

    private async Task<IActionResult> ShowAsync(string? userCode)
    {
        var result = await LookUpAsync(userCode);
        if (result is not null)
            return result;
        Scopes = await consent.DescribeAsync(Device!.Authorization.TenantId, Device.Authorization.Scopes, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Finds the pending request into <see cref="Device"/>; null on success, else the page with the error.</summary>
    private async Task<IActionResult?> LookUpAsync(string? userCode)
    {
        var (device, failure) = await verification.FindAsync(Tenant.DefaultId, userCode, SessionCookie.Read(HttpContext)!,
            HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        Device = device;
        if (failure == DeviceLookupFailure.None)
            return null;
        Error = failure == DeviceLookupFailure.TooManyAttempts ? TooManyAttemptsMessage : UnknownCodeMessage;
        if (failure == DeviceLookupFailure.TooManyAttempts)
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        return Page();
    }

    private RedirectResult SignInFirst(string? userCode) => Redirect("/login?returnUrl=" + Uri.EscapeDataString(
        OAuthServerOptions.DeviceVerificationPath + (userCode is null ? "" : "?user_code=" + Uri.EscapeDataString(userCode))));
}

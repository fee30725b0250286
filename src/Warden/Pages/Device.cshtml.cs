using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Devices;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Tenants;
using Warden.Hosting;
using Warden.Pages.Presentation;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>
/// The device verification page (RFC 8628 §3.3): a signed-in person types the code their device shows (or arrives
/// with it from verification_uri_complete), sees which client asks for what, and allows or denies with the same
/// decision buttons as the consent page. Wrong codes are rate limited (see <see cref="DeviceVerification"/>).
/// </summary>
public sealed class DeviceModel(DeviceVerification verification, ConsentRules consent, CurrentUser currentUser, PageText text) : PageModel
{
    public PendingDevice? Device { get; private set; }

    /// <summary>The client of <see cref="Device"/>, as the page shows it.</summary>
    public ClientDetails? Client { get; private set; }

    public IReadOnlyList<Scope> Scopes { get; private set; } = [];
    public string Username { get; private set; } = "";

    /// <summary>A code that is wrong or expired, shown next to the code field.</summary>
    public string? CodeError { get; private set; }

    /// <summary>Too many wrong codes: a notice for the whole form (status 429).</summary>
    public string? FormError { get; private set; }

    /// <summary>What became of the decision; null until the person decided.</summary>
    public DeviceOutcome? Outcome { get; private set; }

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
        var approved = decision == "allow";
        Outcome = await verification.DecideAsync(Device!, signedIn.User, signedIn.Session, approved,
                HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted)
            ? approved ? DeviceOutcome.Connected : DeviceOutcome.Denied
            : DeviceOutcome.Expired;
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
        var (device, failure) = await verification.FindAsync(HttpContext.TenantId(), userCode, SessionCookie.Read(HttpContext)!,
            HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        Device = device;
        if (failure == DeviceLookupFailure.None)
        {
            Client = ClientDetails.Of(device!.Client);
            return null;
        }
        if (failure == DeviceLookupFailure.TooManyAttempts)
        {
            FormError = text["device.too_many_attempts"];
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
        }
        else
        {
            CodeError = text["device.code_unknown"];
        }
        return Page();
    }

    private RedirectResult SignInFirst(string? userCode) => Redirect("/login?returnUrl=" + Uri.EscapeDataString(
        OAuthServerOptions.DeviceVerificationPath + (userCode is null ? "" : "?user_code=" + Uri.EscapeDataString(userCode))));
}

/// <summary>What became of a device request the person decided on.</summary>
public enum DeviceOutcome
{
    /// <summary>Allowed: the device receives its tokens at its next poll.</summary>
    Connected,

    /// <summary>Denied: the device is told so at its next poll.</summary>
    Denied,

    /// <summary>The request expired or was decided elsewhere before this decision counted.</summary>
    Expired,
}

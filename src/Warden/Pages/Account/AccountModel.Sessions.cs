using Microsoft.AspNetCore.Mvc;
using Warden.Core.Sessions;

namespace Warden.Pages.Account;

/// <summary>
/// The sessions section: every browser signed in to the account (from <see cref="SessionStore"/>'s per-user index in the
/// cache store), with this one marked; ending one deletes its session entry, so it ends on every instance.
/// </summary>
public sealed partial class AccountModel
{
    public IReadOnlyList<ListedSession> Sessions { get; private set; } = [];

    private async Task LoadSessionsAsync() => Sessions = await sessions.ListAsync(Person, HttpContext.RequestAborted);

    /// <summary>Whether <paramref name="listed"/> is the session of this request.</summary>
    public bool IsThisDevice(ListedSession listed) => listed.Session.Sid is not null && listed.Session.Sid == Session.Sid;

    /// <summary>The browser and system of a session, readable (“Firefox on Windows”).</summary>
    public string DeviceOf(ListedSession listed) =>
        DeviceDescription.Parse(listed.Session.UserAgent) is { } device
            ? text.Format("account.sessions.device", device.Browser ?? text["account.sessions.unknown_browser"],
                device.System ?? text["account.sessions.unknown_system"])
            : text["account.sessions.unknown_device"];

    public async Task<IActionResult> OnPostEndSessionAsync(string? sid)
    {
        if (!await SignInAsync())
            return ToLogin();
        // This session is ended by signing out (/logout), which also clears the cookie.
        if (string.IsNullOrEmpty(sid) || sid == Session.Sid || !await sessions.EndAsync(Person, sid, HttpContext.RequestAborted))
        {
            Error = text["account.sessions.error.unknown"];
            return await RefusedAsync();
        }
        Record("session_ended", "success", null, new { sid });
        return Completed("session");
    }

    public async Task<IActionResult> OnPostEndOtherSessionsAsync()
    {
        if (!await SignInAsync())
            return ToLogin();
        var ended = await sessions.EndOthersAsync(Person, Session.Sid, HttpContext.RequestAborted);
        Record("session_ended", "success", null, new { other_sessions = ended });
        return Completed("sessions");
    }
}

using Warden.Core.Sessions;
using Warden.Core.Users;

namespace Warden.Hosting;

/// <summary>Who is signed in on this request: the session from the cookie, still valid for an active, unchanged account.</summary>
public sealed class CurrentUser(SessionStore sessions, SignInService signIn)
{
    public async Task<User?> FindAsync(HttpContext http)
    {
        if (SessionCookie.Read(http) is not { } sessionId)
            return null;
        var session = await sessions.FindAsync(sessionId, http.RequestAborted);
        return session is null ? null : await signIn.ValidateSessionAsync(session, http.RequestAborted);
    }

    /// <summary>Ends the session on the server (not only the cookie) and clears the cookie.</summary>
    public async Task SignOutAsync(HttpContext http)
    {
        await EndSessionAsync(http);
        SessionCookie.Clear(http);
    }

    /// <summary>Ends the request's session on the server, if any; the caller sets or clears the cookie.</summary>
    public async Task EndSessionAsync(HttpContext http)
    {
        if (SessionCookie.Read(http) is { } sessionId)
            await sessions.DeleteAsync(sessionId, http.RequestAborted);
    }
}

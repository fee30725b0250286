using Warden.Core.Sessions;
using Warden.Core.Users;
using Warden.Middleware;

namespace Warden.Sessions;

/// <summary>A signed-in user and the session that proves it (its auth time answers max_age).</summary>
public sealed record SignedInUser(User User, UserSession Session);

/// <summary>Who is signed in on this request: the session from the cookie, still valid for an active, unchanged account.</summary>
public sealed class CurrentUser(SessionStore sessions, SignInService signIn)
{
    public async Task<User?> FindAsync(HttpContext http) => (await FindSignedInAsync(http))?.User;

    public async Task<SignedInUser?> FindSignedInAsync(HttpContext http)
    {
        if (SessionCookie.Read(http) is not { } sessionId)
            return null;
        var session = await sessions.FindAsync(sessionId, http.RequestAborted);
        // A session is good only in the tenant it was started in, whichever cookie carried it there.
        if (session is not null && session.TenantId != http.TenantId())
            return null;
        var user = session is null ? null : await signIn.ValidateSessionAsync(session, http.RequestAborted);
        return user is null ? null : new SignedInUser(user, session!);
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

using Warden.Core.Sessions;
using Warden.Core.Users;

namespace Warden.Sessions;

/// <summary>
/// The end of every successful sign-in, whatever proved the person (a password, a passkey, an upstream provider):
/// the session the browser had is ended and a new one begins, with a fresh id (so a session id planted before sign-in
/// is useless) and the evidence of how the person signed in, which its ID tokens carry as <c>amr</c> and <c>acr</c>.
/// </summary>
public sealed class SignInCompletion(SessionStore sessions, CurrentUser currentUser, SignInService signIn)
{
    public async Task StartSessionAsync(HttpContext http, User user, SignInEvidence evidence)
    {
        await currentUser.EndSessionAsync(http);
        var lifetime = signIn.Options.SessionLifetime;
        var sessionId = await sessions.CreateAsync(user.TenantId, user.Id, user.SecurityStamp, lifetime, http.Request.Headers.UserAgent.ToString(),
            http.Connection.RemoteIpAddress?.ToString(), evidence, http.RequestAborted);
        SessionCookie.Set(http, sessionId, lifetime);
    }
}

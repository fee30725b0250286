namespace Warden.Core.Authorization;

public enum AuthorizationStep
{
    SignIn,
    Consent,
    Issue,
    Fail,
}

/// <summary>What a valid authorization request needs next, given who is signed in (OpenID Connect Core §3.1.2.3).</summary>
public static class AuthorizationSteps
{
    /// <param name="authTime">When the signed-in user authenticated; null when nobody is signed in.</param>
    /// <param name="consentNeeded">Whether some requested scope still needs the user's approval.</param>
    /// <returns>The step, and for <see cref="AuthorizationStep.Fail"/> the error to send to the client.</returns>
    public static (AuthorizationStep Step, string? Error, string? Description) Next(AuthorizationRequest request, DateTimeOffset? authTime,
        bool consentNeeded, DateTimeOffset now)
    {
        var silent = request.Prompts.Contains("none");
        var mustSignIn = authTime is null || request.Prompts.Contains("login") || now - authTime > request.MaxAge;
        if (mustSignIn)
            return silent ? (AuthorizationStep.Fail, "login_required", "the user must sign in") : (AuthorizationStep.SignIn, null, null);
        if (consentNeeded || request.Prompts.Contains("consent"))
            return silent ? (AuthorizationStep.Fail, "consent_required", "the user must approve this client") : (AuthorizationStep.Consent, null, null);
        return (AuthorizationStep.Issue, null, null);
    }
}

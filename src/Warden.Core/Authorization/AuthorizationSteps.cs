using Warden.Core.Errors;
using Warden.Core.Protocol;

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
    /// <param name="sessionAcr">The acr of the signed-in session's evidence (<c>phr</c> after a passkey), or null.</param>
    /// <returns>The step, and for <see cref="AuthorizationStep.Fail"/> the error to send to the client.</returns>
    public static (AuthorizationStep Step, OAuthError? Error) Next(AuthorizationRequest request, DateTimeOffset? authTime,
        bool consentNeeded, DateTimeOffset now, string? sessionAcr = null)
    {
        var silent = request.Prompts.Contains(OAuthNames.Prompts.None);
        var mustSignIn = authTime is null || request.Prompts.Contains(OAuthNames.Prompts.Login) || now - authTime > request.MaxAge
                         || (request.RequiresPhishingResistant && sessionAcr != Passkeys.PasskeyEvidence.PhishingResistant);
        if (mustSignIn)
        {
            return silent
                ? (AuthorizationStep.Fail, OAuthError.From(ErrorCatalog.Authorization.SignInRequired,
                    authTime is null ? "prompt=none and nobody is signed in" : "prompt=none and the sign-in is older than max_age, login was asked or acr_values needs a passkey"))
                : (AuthorizationStep.SignIn, null);
        }
        if (consentNeeded || request.Prompts.Contains(OAuthNames.Prompts.Consent))
            return silent ? (AuthorizationStep.Fail, OAuthError.From(ErrorCatalog.Authorization.ConsentNeeded)) : (AuthorizationStep.Consent, null);
        return (AuthorizationStep.Issue, null);
    }
}

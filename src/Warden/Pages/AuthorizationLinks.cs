using Warden.Core.Authorization;
using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Middleware;

namespace Warden.Pages;

/// <summary>
/// The local addresses an authorization request travels through: sign-in with a return address that resumes it, and
/// the consent page. The request's own parameters are the state, so any instance can continue it.
/// </summary>
public static class AuthorizationLinks
{
    public const string ConsentPath = "/consent";

    /// <summary>
    /// The sign-in page, returning to the request without what asked for a new sign-in (prompt=login, max_age), since
    /// the sign-in about to happen satisfies it.
    /// </summary>
    public static string SignIn(AuthorizationRequest request)
    {
        var resume = OAuthServerOptions.AuthorizationPath + "?" + Query(request.Parameters, (name, value) => name switch
        {
            OAuthNames.Parameters.MaxAge => null,
            OAuthNames.Parameters.Prompt => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(prompt => prompt != OAuthNames.Prompts.Login)),
            _ => value,
        });
        var link = "/login?returnUrl=" + Uri.EscapeDataString(resume);
        return request.LoginHint is null ? link : link + "&loginHint=" + Uri.EscapeDataString(request.LoginHint);
    }

    public static string Consent(AuthorizationRequest request) => ConsentPath + "?" + Query(request.Parameters, (_, value) => value);

    public static string Resume(ProtocolParameters parameters) => OAuthServerOptions.AuthorizationPath + "?" + Query(parameters, (_, value) => value);

    /// <summary>
    /// When a sign-in form returns to an authorization request, lets the form lead to that request's registered
    /// redirect URI (see <see cref="SecurityHeadersMiddleware.AllowFormTarget"/>), and gives the request so that the
    /// page can name the application being signed in to; null when the return address is no valid authorization request.
    /// </summary>
    public static async Task<AuthorizationRequest?> AllowRedirectAfterFormAsync(HttpContext http, string returnUrl, AuthorizationRequestValidator validator)
    {
        var prefix = OAuthServerOptions.AuthorizationPath + "?";
        if (!returnUrl.StartsWith(prefix, StringComparison.Ordinal))
            return null;
        var parameters = Endpoints.ProtocolRequestReader.Parameters(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(returnUrl[prefix.Length..]));
        var validation = await validator.ValidateAsync(http.TenantId(), parameters, http.RequestAborted);
        if (validation.Request is not { } request)
            return null;
        SecurityHeadersMiddleware.AllowFormTarget(http, request.RedirectUri);
        return request;
    }

    private static string Query(ProtocolParameters parameters, Func<string, string, string?> rewrite) =>
        string.Join('&', parameters.Names
            .Select(name => (name, value: rewrite(name, parameters[name] ?? "")))
            .Where(pair => !string.IsNullOrEmpty(pair.value))
            .Select(pair => Uri.EscapeDataString(pair.name) + "=" + Uri.EscapeDataString(pair.value!)));
}

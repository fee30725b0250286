using Warden.Core.Errors;
using Warden.Core.Protocol;

namespace Warden.Core.Authorization;

/// <summary>
/// What goes back to the client's redirect URI: the code or the error, with state and the issuer identifier that
/// RFC 9207 adds to every authorization response so a client can tell which server answered.
/// </summary>
public sealed record AuthorizationResponse(string RedirectUri, ResponseMode Mode, IReadOnlyList<KeyValuePair<string, string>> Parameters)
{
    public static AuthorizationResponse Success(AuthorizationRequest request, string code, string issuer) =>
        Build(request.RedirectUri, request.ResponseMode, issuer, request.State, (OAuthNames.ResponseParameters.Code, code));

    public static AuthorizationResponse Failure(AuthorizationRequest request, OAuthError error, string issuer) =>
        Failure(request.RedirectUri, request.ResponseMode, request.State, error, issuer);

    /// <summary>RFC 6749 §4.1.2.1: error and error_description, with the error_id extension parameter (docs/errors.md).</summary>
    public static AuthorizationResponse Failure(string redirectUri, ResponseMode mode, string? state, OAuthError error, string issuer) =>
        Build(redirectUri, mode, issuer, state, (OAuthNames.ResponseParameters.Error, error.Error),
            (OAuthNames.ResponseParameters.ErrorDescription, error.Description), (OAuthNames.ResponseParameters.ErrorId, error.Id));

    /// <summary>The redirect URI with the parameters added to its query (RFC 6749 §4.1.2: keep the query it has).</summary>
    public string ToQueryRedirect()
    {
        var query = string.Join('&', Parameters.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
        return RedirectUri + (RedirectUri.Contains('?') ? "&" : "?") + query;
    }

    private static AuthorizationResponse Build(string redirectUri, ResponseMode mode, string issuer, string? state,
        params (string Name, string Value)[] values)
    {
        var parameters = values.Select(value => KeyValuePair.Create(value.Name, value.Value)).ToList();
        if (state is not null)
            parameters.Add(KeyValuePair.Create(OAuthNames.ResponseParameters.State, state));
        parameters.Add(KeyValuePair.Create(OAuthNames.ResponseParameters.Issuer, issuer));
        return new AuthorizationResponse(redirectUri, mode, parameters);
    }
}

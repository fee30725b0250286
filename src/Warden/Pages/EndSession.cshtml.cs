using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Endpoints;
using Warden.Hosting;
using Warden.Sessions;
using Warden.Middleware;

namespace Warden.Pages;

/// <summary>
/// RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0), GET and POST. With an id_token_hint this server
/// signed for the signed-in user, the session ends at once; otherwise the user confirms on this page (a form with an
/// anti-forgery token, so another site cannot sign anyone out). post_logout_redirect_uri must be registered for the
/// client named by the hint or client_id, compared exactly, and is followed only with a valid id_token_hint or after
/// the user confirmed here; otherwise the page says the user is signed out and goes nowhere.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class EndSessionModel(
    SignedJwtReader jwts,
    ClientDirectory clients,
    CurrentUser currentUser,
    IAntiforgery antiforgery,
    AuditTrail audit) : ProtocolPageModel
{
    private static readonly string[] CarriedParameters = [OAuthNames.Parameters.IdTokenHint, OAuthNames.Parameters.PostLogoutRedirectUri, OAuthNames.Parameters.State, OAuthNames.Parameters.ClientId];

    public bool SignedOut { get; private set; }
    public string Username { get; private set; } = "";
    public string? ClientName { get; private set; }
    public IReadOnlyList<(string Name, string Value)> Carried { get; private set; } = [];

    public Task<IActionResult> OnGetAsync() => HandleAsync(ProtocolRequestReader.Parameters(Request.Query), confirmed: false);

    public async Task<IActionResult> OnPostAsync()
    {
        // The anti-forgery check reads the form again, so the body is buffered and rewound.
        Request.EnableBuffering();
        var (form, error) = await ProtocolRequestReader.ReadFormAsync(HttpContext);
        if (form is null)
            return Refuse(error!);
        Request.Body.Position = 0;
        var confirmed = form["decision"] == "logout" && await antiforgery.IsRequestValidAsync(HttpContext);
        return await HandleAsync(form, confirmed);
    }

    private async Task<IActionResult> HandleAsync(ProtocolParameters parameters, bool confirmed)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (parameters.FirstRepeated(new HashSet<string>()) is { } repeated)
            return Refuse(OAuthError.From(ErrorCatalog.Request.RepeatedParameter, arguments: [repeated]));

        string? hintClientId = null, hintSubject = null;
        if (parameters[OAuthNames.Parameters.IdTokenHint] is { } hint)
        {
            // An expired ID token is still a good hint (RP-Initiated Logout §2); only the signature and issuer matter.
            var claims = await jwts.ReadAsync(HttpContext.TenantId(), hint, "JWT", cancellationToken);
            if (claims is not { } payload || !payload.TryGetProperty("iss", out var iss) || iss.GetString() != HttpContext.Tenant().Issuer
                || !payload.TryGetProperty("aud", out var aud) || aud.ValueKind != System.Text.Json.JsonValueKind.String
                || !payload.TryGetProperty("sub", out var sub))
                return Refuse(OAuthError.From(ErrorCatalog.Logout.HintInvalid,
                    claims is null ? "bad signature, unknown key or not a JWT" : "iss, aud or sub missing or wrong"));
            hintClientId = aud.GetString();
            hintSubject = sub.GetString();
        }
        var clientId = parameters[OAuthNames.Parameters.ClientId];
        if (clientId is not null && hintClientId is not null && clientId != hintClientId)
            return Refuse(OAuthError.From(ErrorCatalog.Logout.ClientIdMismatch));
        clientId ??= hintClientId;
        var client = clientId is null ? null : (await clients.FindAsync(HttpContext.TenantId(), clientId, cancellationToken))?.Client;

        var redirectUri = parameters[OAuthNames.Parameters.PostLogoutRedirectUri];
        if (redirectUri is not null && (client is null || !client.PostLogoutRedirectUris.Contains(redirectUri, StringComparer.Ordinal)))
            return Refuse(OAuthError.From(ErrorCatalog.Logout.RedirectUriNotRegistered,
                client is null ? "no client named by client_id or id_token_hint" : $"not among the post-logout redirect URIs of client {client.ClientId}"));

        var signedIn = await currentUser.FindSignedInAsync(HttpContext);
        if (signedIn is not null && !confirmed && hintSubject != signedIn.User.Id.ToString())
        {
            Username = signedIn.User.Username;
            ClientName = client?.Name;
            Carried = CarriedParameters.Where(name => parameters[name] is not null).Select(name => (name, parameters[name]!)).ToList();
            if (redirectUri is not null)
                SecurityHeadersMiddleware.AllowFormTarget(HttpContext, redirectUri);
            return Page();
        }

        if (signedIn is not null)
        {
            await currentUser.SignOutAsync(HttpContext);
            audit.Record(HttpContext.TenantId(), "logout", "success", client?.ClientId, signedIn.User.Id.ToString(),
                HttpContext.Connection.RemoteIpAddress?.ToString());
        }
        // RFC 9700 §4.11.2: without a hint this server signed, or the user's confirmation here, nothing shows that the
        // client's user asked to go there; anyone able to register a client could otherwise use this server as an open
        // redirector to the client's post_logout_redirect_uri.
        if (redirectUri is null || (hintClientId is null && !confirmed))
        {
            SignedOut = true;
            return Page();
        }
        var state = parameters[OAuthNames.Parameters.State];
        return Redirect(state is null ? redirectUri : redirectUri + (redirectUri.Contains('?') ? "&" : "?") + OAuthNames.Parameters.State + "="
            + Uri.EscapeDataString(state));
    }
}

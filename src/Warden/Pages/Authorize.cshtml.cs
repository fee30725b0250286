using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Endpoints;
using Warden.Hosting;
using Warden.Middleware;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>
/// An error response this page holds back instead of redirecting: where it would go, and how (a link for the query
/// response mode, a form with a button for form_post).
/// </summary>
public sealed record HeldErrorRedirect(string ClientName, string DestinationHost, OAuthError Error, AuthorizationResponse Response);

/// <summary>
/// The authorization endpoint (RFC 6749 §3.1, OpenID Connect Core §3.1.2), GET and POST. A request that cannot be
/// trusted to redirect (unknown client, unregistered redirect URI) ends on this page; every other outcome goes back
/// to the client, after sign-in and consent when they are needed. Clients post here without anti-forgery tokens: the
/// protocol's own state and PKCE protect the exchange.
/// An error for a client that registered itself, with nobody signed in, is held on an interstitial naming the
/// destination host (RFC 9700 §4.11.2): otherwise anyone could register a redirect URI and send people through this
/// server's address to it with a request made to fail.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AuthorizeModel(
    AuthorizationRequestValidator validator,
    AuthorizationCodeIssuer codes,
    ConsentRules consent,
    CurrentUser currentUser,
    TimeProvider time) : ProtocolPageModel
{
    /// <summary>The error redirect held for the user to follow or not; null when the page shows an error or nothing.</summary>
    public HeldErrorRedirect? Held { get; private set; }

    public Task<IActionResult> OnGetAsync() => HandleAsync(ProtocolRequestReader.Parameters(Request.Query));

    public async Task<IActionResult> OnPostAsync()
    {
        var (form, error) = await ProtocolRequestReader.ReadFormAsync(HttpContext);
        return form is null ? Refuse(error!) : await HandleAsync(form);
    }

    private async Task<IActionResult> HandleAsync(ProtocolParameters parameters)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var validation = await validator.ValidateAsync(HttpContext.TenantId(), parameters, cancellationToken);
        if (validation.Request is not { } request)
        {
            if (validation is not { Redirect: { } redirect, RedirectClient: { } redirectClient })
                return Refuse(validation);
            // The session matters only for a self-registered client's error; others redirect without looking it up.
            var user = redirectClient.Origin == ClientOrigins.Registration ? await currentUser.FindSignedInAsync(HttpContext) : null;
            return RefuseTowards(redirectClient, redirect, validation.Error!, user);
        }

        var signedIn = await currentUser.FindSignedInAsync(HttpContext);
        var unapproved = signedIn is null ? [] : await consent.UnapprovedAsync(request.Client, signedIn.User.Id, request.Scopes, cancellationToken);
        var (step, error) = AuthorizationSteps.Next(request, signedIn?.Session.AuthTime, unapproved.Count > 0, time.GetUtcNow(),
            signedIn?.Session.EffectiveEvidence.Acr);
        return step switch
        {
            AuthorizationStep.Fail => RefuseTowards(request.Client, AuthorizationResponse.Failure(request, error!, HttpContext.Tenant().Issuer), error!, signedIn),
            AuthorizationStep.SignIn => Redirect(AuthorizationLinks.SignIn(request)),
            AuthorizationStep.Consent => Redirect(AuthorizationLinks.Consent(request)),
            _ => new AuthorizationResponseResult(await codes.IssueAsync(request, signedIn!.User, signedIn.Session,
                HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken)),
        };
    }

    /// <summary>
    /// Sends the error to the client, or holds it on the interstitial when the client registered itself and nobody is
    /// signed in (a signed-in user's own flow, or an operator's client, is trusted to go back directly).
    /// </summary>
    private IActionResult RefuseTowards(Client client, AuthorizationResponse redirect, OAuthError error, SignedInUser? signedIn)
    {
        if (client.Origin != ClientOrigins.Registration || signedIn is not null)
            return RefuseByRedirect(redirect, error);
        RefusalLog.Write(HttpContext, error);
        Held = new HeldErrorRedirect(client.Name, DestinationHost(redirect.RedirectUri), error, redirect);
        if (redirect.Mode == ResponseMode.FormPost)
            SecurityHeadersMiddleware.AllowFormTarget(HttpContext, redirect.RedirectUri);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    /// <summary>The host (with a port other than the default) a person can recognise, or the scheme of a native app's URI.</summary>
    private static string DestinationHost(string redirectUri) =>
        Uri.TryCreate(redirectUri, UriKind.Absolute, out var uri) && uri.Authority.Length > 0 ? uri.Authority : redirectUri.Split(':')[0] + ":";
}

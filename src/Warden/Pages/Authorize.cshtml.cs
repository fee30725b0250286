using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Endpoints;
using Warden.Hosting;
using Warden.Sessions;

namespace Warden.Pages;

/// <summary>
/// The authorization endpoint (RFC 6749 §3.1, OpenID Connect Core §3.1.2), GET and POST. A request that cannot be
/// trusted to redirect (unknown client, unregistered redirect URI) ends on this page; every other outcome goes back
/// to the client, after sign-in and consent when they are needed. Clients post here without anti-forgery tokens: the
/// protocol's own state and PKCE protect the exchange.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class AuthorizeModel(
    AuthorizationRequestValidator validator,
    AuthorizationCodeIssuer codes,
    ConsentRules consent,
    CurrentUser currentUser,
    OAuthServerOptions server,
    TimeProvider time) : ProtocolPageModel
{
    public Task<IActionResult> OnGetAsync() => HandleAsync(ProtocolRequestReader.Parameters(Request.Query));

    public async Task<IActionResult> OnPostAsync()
    {
        var (form, error) = await ProtocolRequestReader.ReadFormAsync(HttpContext);
        return form is null ? Refuse(error!) : await HandleAsync(form);
    }

    private async Task<IActionResult> HandleAsync(ProtocolParameters parameters)
    {
        var cancellationToken = HttpContext.RequestAborted;
        var validation = await validator.ValidateAsync(Tenant.DefaultId, parameters, cancellationToken);
        if (validation.Request is not { } request)
            return Refuse(validation);

        var signedIn = await currentUser.FindSignedInAsync(HttpContext);
        var unapproved = signedIn is null ? [] : await consent.UnapprovedAsync(request.Client, signedIn.User.Id, request.Scopes, cancellationToken);
        var (step, error) = AuthorizationSteps.Next(request, signedIn?.Session.AuthTime, unapproved.Count > 0, time.GetUtcNow());
        return step switch
        {
            AuthorizationStep.Fail => RefuseByRedirect(AuthorizationResponse.Failure(request, error!, server.Issuer), error!),
            AuthorizationStep.SignIn => Redirect(AuthorizationLinks.SignIn(request)),
            AuthorizationStep.Consent => Redirect(AuthorizationLinks.Consent(request)),
            _ => new AuthorizationResponseResult(await codes.IssueAsync(request, signedIn!.User, signedIn.Session.AuthTime, signedIn.Session.Sid,
                HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken)),
        };
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Audit;
using Warden.Core.Authorization;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Tenants;
using Warden.Endpoints;
using Warden.Hosting;
using Warden.Pages.Presentation;
using Warden.Sessions;
using Warden.Middleware;

namespace Warden.Pages;

/// <summary>
/// The consent page: who asks (the client's name, and the logo, home page and documents it registered) and each
/// requested scope as the user should understand it, approved or
/// refused with the decision buttons. The authorization request travels in the page's own query, so the form posts
/// back to the same address; anti-forgery tokens stop another site from approving on the user's behalf.
/// </summary>
public sealed class ConsentModel(
    AuthorizationRequestValidator validator,
    AuthorizationCodeIssuer codes,
    ConsentRules consent,
    CurrentUser currentUser,
    AuditTrail audit) : ProtocolPageModel
{
    public ClientDetails Client { get; private set; } = null!;

    /// <summary>The client registered itself (RFC 7591): its name and redirect URIs are its own claims, checked by nobody.</summary>
    public bool SelfRegistered { get; private set; }

    /// <summary>The host the answer goes to (the request's redirect URI), named to the person for self-registered clients.</summary>
    public string DestinationHost { get; private set; } = "";

    public string Username { get; private set; } = "";
    public IReadOnlyList<Scope> Scopes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var (request, signedIn, outcome) = await LoadAsync();
        if (outcome is not null)
            return outcome;
        Client = ClientDetails.Of(request!.Client);
        SelfRegistered = request.Client.Origin == Core.Clients.ClientOrigins.Registration;
        DestinationHost = new Uri(request.RedirectUri).Host;
        Username = signedIn!.User.Username;
        Scopes = await consent.DescribeAsync(request.Client.TenantId, request.Scopes, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? decision)
    {
        var (request, signedIn, outcome) = await LoadAsync();
        if (outcome is not null)
            return outcome;
        var client = request!.Client;
        var user = signedIn!.User;
        var ipAddress = HttpContext.Connection.RemoteIpAddress?.ToString();
        switch (decision)
        {
            case "allow":
                await consent.RememberAsync(client, user.Id, request.Scopes, HttpContext.RequestAborted);
                audit.Record(client.TenantId, "consent_granted", "success", client.ClientId, user.Id.ToString(), ipAddress,
                    new { scope = string.Join(' ', request.Scopes) });
                return new AuthorizationResponseResult(await codes.IssueAsync(request, user, signedIn.Session, ipAddress,
                    HttpContext.RequestAborted));
            case "deny":
                var denied = OAuthError.From(ErrorCatalog.Authorization.ConsentDenied, "the user refused on the consent page");
                audit.Record(client.TenantId, "consent_denied", "failure", client.ClientId, user.Id.ToString(), ipAddress,
                    new { scope = string.Join(' ', request.Scopes), error_id = denied.Id });
                return RefuseByRedirect(AuthorizationResponse.Failure(request, denied, HttpContext.Tenant().Issuer), denied);
            default:
                return Refuse(OAuthError.From(ErrorCatalog.Authorization.DecisionMalformed));
        }
    }

    /// <summary>The request and the signed-in user, or what to answer instead (an error, or sign-in first).</summary>
    private async Task<(AuthorizationRequest? Request, SignedInUser? SignedIn, IActionResult? Outcome)> LoadAsync()
    {
        var parameters = ProtocolRequestReader.Parameters(Request.Query);
        var validation = await validator.ValidateAsync(HttpContext.TenantId(), parameters, HttpContext.RequestAborted);
        if (validation.Request is not { } request)
        {
            return (null, null, Refuse(validation));
        }
        var signedIn = await currentUser.FindSignedInAsync(HttpContext);
        if (signedIn is null)
            return (null, null, Redirect(AuthorizationLinks.Resume(parameters)));
        SecurityHeadersMiddleware.AllowFormTarget(HttpContext, request.RedirectUri);
        return (request, signedIn, null);
    }
}

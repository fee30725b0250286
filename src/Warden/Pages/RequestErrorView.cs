using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Authorization;
using Warden.Core.Errors;
using Warden.Endpoints;
using Warden.Hosting;

namespace Warden.Pages;

/// <summary>A request error shown to the user because it cannot be sent back to the client.</summary>
public sealed record RequestErrorView(string Error, string Description, string Id);

/// <summary>A page that answers protocol requests, and shows their errors itself when they cannot be redirected.</summary>
public abstract class ProtocolPageModel : PageModel
{
    public RequestErrorView? Failure { get; private set; }

    /// <summary>Shows the error on the page (status 400) and logs it with its detail.</summary>
    protected PageResult Refuse(OAuthError error)
    {
        RefusalLog.Write(HttpContext, error);
        Failure = new RequestErrorView(error.Error, error.Description, error.Id);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Sends the error to the client's redirect URI and logs it with its detail.</summary>
    protected AuthorizationResponseResult RefuseByRedirect(AuthorizationResponse redirect, OAuthError error)
    {
        RefusalLog.Write(HttpContext, error);
        return new AuthorizationResponseResult(redirect);
    }

    /// <summary>The outcome of a failed validation: redirected when the redirect URI is trusted, else shown.</summary>
    protected IActionResult Refuse(AuthorizationValidation validation) => validation.Redirect is { } redirect
        ? RefuseByRedirect(redirect, validation.Error!)
        : Refuse(validation.Error!);
}

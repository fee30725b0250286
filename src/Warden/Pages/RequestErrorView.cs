using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Warden.Pages;

/// <summary>An authorization request error shown to the user because it cannot be sent back to the client.</summary>
public sealed record RequestErrorView(string Error, string Description);

/// <summary>A page that answers protocol requests, and shows their errors itself when they cannot be redirected.</summary>
public abstract class ProtocolPageModel : PageModel
{
    public RequestErrorView? Failure { get; private set; }

    protected PageResult Show(string error, string description)
    {
        Failure = new RequestErrorView(error, description);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

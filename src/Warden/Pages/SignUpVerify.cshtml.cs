using Microsoft.AspNetCore.Mvc;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// <c>/signup/verify?token=…</c>: the link of the sign-up mail. Opening it shows a button, and only posting the form
/// uses the link, so that a mail scanner that fetches every link does not use it up. A used, expired or unknown link
/// says so and offers a new one.
/// </summary>
public sealed class SignUpVerifyModel(SignUpService signUp, PageText text) : SelfServicePage(text)
{
    public string? Token { get; private set; }
    public bool Verified { get; private set; }
    public bool LinkUnusable { get; private set; }

    public void OnGet(string? token) => Token = token?.Length <= 200 ? token : null;

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        var user = await signUp.VerifyAsync(Tenant.DefaultId, token, ClientAddress, HttpContext.RequestAborted);
        Verified = user is not null;
        LinkUnusable = user is null;
        if (LinkUnusable)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// <c>/signup/verify?token=…</c>: the link of the sign-up mail. Opening it shows a button (or, for a used or expired link, a way to ask for a new one), and only posting the form
/// uses the link, so that a mail scanner that fetches every link does not use it up.
/// </summary>
public sealed class SignUpVerifyModel(SignUpService signUp, PageText text, PasswordPolicies passwords) : SelfServicePage(text, passwords)
{
    public string? Token { get; private set; }
    public bool Verified { get; private set; }
    public bool LinkUnusable { get; private set; }

    public async Task OnGetAsync(string? token)
    {
        Token = token?.Length <= 200 ? token : null;
        if (!await signUp.IsLinkUsableAsync(HttpContext.TenantId(), Token, HttpContext.RequestAborted))
        {
            LinkUnusable = true;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    public async Task<IActionResult> OnPostAsync(string? token)
    {
        var user = await signUp.VerifyAsync(HttpContext.TenantId(), token, ClientAddress, HttpContext.RequestAborted);
        Verified = user is not null;
        LinkUnusable = user is null;
        if (LinkUnusable)
            Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// <c>/password/reset?token=…</c>: the new password twice. Opening the link does not use it (a mail scanner may fetch
/// it); posting a valid password does, once. A used, expired or unknown link says so and offers a new one.
/// </summary>
public sealed class PasswordResetModel(PasswordResetService reset, PageText text, PasswordPolicies passwords) : SelfServicePage(text, passwords)
{
    public string? Token { get; private set; }
    public bool Done { get; private set; }
    public bool LinkUnusable { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? token)
    {
        Token = token?.Length <= 200 ? token : null;
        if (!await reset.IsUsableAsync(HttpContext.TenantId(), Token, HttpContext.RequestAborted))
            return Unusable();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? token, string? password, [FromForm(Name = "password_confirmation")] string? passwordConfirmation)
    {
        Token = token?.Length <= 200 ? token : null;
        var result = await reset.ResetAsync(HttpContext.TenantId(), Token, password, passwordConfirmation, ClientAddress, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case PasswordResetStatus.Reset:
                Done = true;
                return Page();
            case PasswordResetStatus.LinkUnusable:
                return Unusable();
            default:
                FieldError(result.Field, result.Problem);
                return Page();
        }
    }

    private PageResult Unusable()
    {
        LinkUnusable = true;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}

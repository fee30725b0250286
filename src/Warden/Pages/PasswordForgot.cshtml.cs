using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// <c>/password/forgot</c>: mails a reset link to the account with the address; "if an account has this address, we
/// sent a link" whether or not one has. Not offered (404) without an SMTP server.
/// </summary>
public sealed class PasswordForgotModel(PasswordResetService reset, PageText text, PasswordPolicies passwords) : SelfServicePage(text, passwords)
{
    public bool Sent { get; private set; }
    public string? Email { get; private set; }

    public IActionResult OnGet() => reset.Enabled ? Page() : Unavailable("reset.unavailable");

    public async Task<IActionResult> OnPostAsync(string? email)
    {
        Email = email?.Length <= 254 ? email : null;
        var result = await reset.RequestAsync(HttpContext.TenantId(), email, Text.Language, ClientAddress, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case PasswordResetStatus.CheckEmail:
                Sent = true;
                return Page();
            case PasswordResetStatus.Unavailable:
                return Unavailable("reset.unavailable");
            case PasswordResetStatus.TooManyRequests:
                return TooManyRequests();
            default:
                FieldError(result.Field, result.Problem);
                return Page();
        }
    }
}

using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary><c>/signup/resend</c>: a new verification link for an account not verified yet; the same answer for every address.</summary>
public sealed class SignUpResendModel(SignUpService signUp, PageText text, PasswordPolicies passwords) : SelfServicePage(text, passwords)
{
    public bool Sent { get; private set; }
    public string? Email { get; private set; }

    public IActionResult OnGet() => signUp.IsEnabled(HttpContext.Tenant().Tenant) ? Page() : Unavailable("signup.unavailable");

    public async Task<IActionResult> OnPostAsync(string? email)
    {
        Email = email?.Length <= 254 ? email : null;
        var result = await signUp.ResendAsync(HttpContext.TenantId(), email, Text.Language, ClientAddress, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case SignUpStatus.CheckEmail:
                Sent = true;
                return Page();
            case SignUpStatus.Unavailable:
                return Unavailable("signup.unavailable");
            case SignUpStatus.TooManyRequests:
                return TooManyRequests();
            default:
                FieldError(result.Field, result.Problem);
                return Page();
        }
    }
}

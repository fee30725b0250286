using Warden.Middleware;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Tenants;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// <c>/signup</c>: creates an unverified account and mails the link that verifies it (<see cref="SignUpService"/>). The
/// answer to a valid form is "check your email" whether the address was new or not. Not offered (404) while
/// signup.policy is disabled or no SMTP server is configured.
/// </summary>
public sealed class SignUpModel(SignUpService signUp, PageText text, PasswordPolicies passwords) : SelfServicePage(text, passwords)
{
    public bool Sent { get; private set; }
    public string? Username { get; private set; }
    public string? Email { get; private set; }
    public string? Name { get; private set; }

    /// <summary>Whether a username may be left empty (the email is then the username).</summary>
    public bool AllowedDomainsOnly => signUp.Options.Policy == SignUpPolicy.Domains;

    public IReadOnlyList<string> AllowedDomains => signUp.Options.AllowedDomains;

    /// <param name="sent">Set by the passkey sign-up's script after the account was asked for: the "check your email" state.</param>
    public IActionResult OnGet(bool sent = false)
    {
        if (!signUp.IsEnabled(HttpContext.Tenant().Tenant))
            return Unavailable("signup.unavailable");
        Sent = sent;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? username, string? email, string? name, string? password,
        [FromForm(Name = "password_confirmation")] string? passwordConfirmation)
    {
        (Username, Email, Name) = (Short(username), Short(email), Short(name));
        var result = await signUp.SignUpAsync(HttpContext.TenantId(), new SignUpRequest(username, email, name, password, passwordConfirmation),
            Text.Language, ClientAddress, HttpContext.RequestAborted);
        switch (result.Status)
        {
            case SignUpStatus.CheckEmail:
                Sent = true;
                return Page();
            case SignUpStatus.Unavailable:
                return Unavailable("signup.unavailable");
            case SignUpStatus.TooManyRequests:
                return TooManyRequests();
            case SignUpStatus.DomainNotAllowed:
                Errors["email"] = Text.Format("signup.error_domain", string.Join(", ", signUp.Options.AllowedDomains));
                return Page();
            default:
                FieldError(result.Field, result.Problem);
                return Page();
        }
    }

    /// <summary>What is shown back in the form: never more than a field may hold.</summary>
    private static string? Short(string? value) => value?.Length <= 254 ? value : null;
}

using System.Globalization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Users;
using Warden.Middleware;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// What the sign-up, verification and password reset pages share: the client address, the wording of a field rule
/// (the tenant's password rule among them), and the 429 answer of a request over the limits of <see cref="EmailLinks"/>.
/// </summary>
public abstract class SelfServicePage(PageText text, PasswordPolicies passwords) : PageModel
{
    /// <summary>How long a refused request is told to wait: the per-address window (the per-email one is longer, but says nothing).</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected PageText Text => text;

    /// <summary>The request's tenant's password rule, read before every handler.</summary>
    public PasswordPolicy Passwords { get; private set; } = PasswordPolicy.Default;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        Passwords = await passwords.ForAsync(HttpContext.TenantId(), HttpContext.RequestAborted);
        await next();
    }

    protected string? ClientAddress => HttpContext.Connection.RemoteIpAddress?.ToString();

    /// <summary>Errors by field id, filled by the model, shown next to the field.</summary>
    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>A page-level notice (unavailable, too many requests).</summary>
    public string? Notice { get; protected set; }

    protected void FieldError(string? field, SignUpProblem problem)
    {
        var key = problem switch
        {
            SignUpProblem.Required => "signup.error_required",
            SignUpProblem.InvalidEmail => "signup.error_email",
            SignUpProblem.InvalidUsername => "signup.error_username",
            SignUpProblem.UsernameTaken => "signup.error_username_taken",
            SignUpProblem.InvalidName => "signup.error_name",
            _ => "signup.error_passwords_differ",
        };
        Errors[field ?? "email"] = problem == SignUpProblem.PasswordRule ? PasswordRuleText.Error(text, Passwords) : text[key];
    }

    protected PageResult TooManyRequests()
    {
        Response.StatusCode = StatusCodes.Status429TooManyRequests;
        Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        Notice = text["signup.too_many_requests"];
        return Page();
    }

    protected PageResult Unavailable(string key)
    {
        Response.StatusCode = StatusCodes.Status404NotFound;
        Notice = text[key];
        return Page();
    }

    /// <summary>The tenant's password rule in words, under a new password field.</summary>
    public string PasswordHint => PasswordRuleText.Hint(text, Passwords);

    public FormField Field(string id, string labelKey, string type, string autocomplete, string? value = null, string? hint = null) =>
        new(id, text[labelKey], type, autocomplete, value, Errors.GetValueOrDefault(id), hint);
}

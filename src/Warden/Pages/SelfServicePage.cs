using System.Globalization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Warden.Core.Users;
using Warden.Pages.Presentation;

namespace Warden.Pages;

/// <summary>
/// What the sign-up, verification and password reset pages share: the client address, the wording of a field rule,
/// and the 429 answer of a request over the limits of <see cref="EmailLinks"/>.
/// </summary>
public abstract class SelfServicePage(PageText text) : PageModel
{
    /// <summary>How long a refused request is told to wait: the per-address window (the per-email one is longer, but says nothing).</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromMinutes(1);

    protected PageText Text => text;

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
            SignUpProblem.PasswordLength => "signup.error_password_length",
            _ => "signup.error_passwords_differ",
        };
        Errors[field ?? "email"] = problem == SignUpProblem.PasswordLength
            ? text.Format(key, UserAdministration.MinPasswordLength, Core.Security.PasswordHasher.MaxPasswordLength)
            : text[key];
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

    /// <summary>The rule of <see cref="UserAdministration"/> in words, under a new password field.</summary>
    public string PasswordHint => text.Format("signup.password_hint", UserAdministration.MinPasswordLength);

    public FormField Field(string id, string labelKey, string type, string autocomplete, string? value = null, string? hint = null) =>
        new(id, text[labelKey], type, autocomplete, value, Errors.GetValueOrDefault(id), hint);
}

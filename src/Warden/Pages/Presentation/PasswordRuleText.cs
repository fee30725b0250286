using Warden.Core.Users;

namespace Warden.Pages.Presentation;

/// <summary>A tenant's <see cref="PasswordPolicy"/> in the page's language: the hint under a new password field and the error when it is broken.</summary>
public static class PasswordRuleText
{
    public static string Hint(PageText text, PasswordPolicy policy) => policy.CharacterClasses <= 1
        ? text.Format("password.hint", policy.MinLength)
        : text.Format("password.hint_classes", policy.MinLength, policy.CharacterClasses);

    public static string Error(PageText text, PasswordPolicy policy) => policy.CharacterClasses <= 1
        ? text.Format("password.error", policy.MinLength, policy.MaxLength)
        : text.Format("password.error_classes", policy.MinLength, policy.MaxLength, policy.CharacterClasses);
}

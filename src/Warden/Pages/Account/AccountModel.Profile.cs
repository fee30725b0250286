using Microsoft.AspNetCore.Mvc;
using Warden.Core.Users;

namespace Warden.Pages.Account;

/// <summary>The profile section: name, email and picture URL, with the rules of <see cref="UserAdministration.UpdateProfileAsync"/>.</summary>
public sealed partial class AccountModel
{
    public string? ProfileName { get; private set; }
    public string? ProfileEmail { get; private set; }
    public string? ProfilePicture { get; private set; }

    private void LoadProfile()
    {
        // After a refused update the form shows what was typed, not what is stored.
        if (Errors.Keys.Any(ProfileFields.Contains))
            return;
        ProfileName = UserAdministration.NameOf(Person);
        ProfileEmail = Person.Email;
        ProfilePicture = Person.ProfilePictureUrl;
    }

    private static readonly HashSet<string> ProfileFields = ["name", "email", "picture"];

    public async Task<IActionResult> OnPostProfileAsync(string? name, string? email, string? picture)
    {
        if (!await SignInAsync())
            return ToLogin();
        (ProfileName, ProfileEmail, ProfilePicture) = (Shorten(name), Shorten(email), Shorten(picture));
        try
        {
            var updated = await users.UpdateProfileAsync(Person, name, email, picture, HttpContext.RequestAborted);
            Record("profile_updated", "success", null, new { email_changed = !string.Equals(updated.Email, Person.Email, StringComparison.OrdinalIgnoreCase) });
            return Completed("profile");
        }
        catch (InvalidUserException error) when (error.Field is { } field && ProfileFields.Contains(field))
        {
            Errors[field] = text["account.profile.error." + field];
            return await RefusedAsync();
        }
    }

    /// <summary>What is shown back in a refused form: bounded, so a huge post is not echoed whole.</summary>
    private static string? Shorten(string? value) => value is { Length: > UserAdministration.MaxPictureUrlLength } ? value[..UserAdministration.MaxPictureUrlLength] : value;
}

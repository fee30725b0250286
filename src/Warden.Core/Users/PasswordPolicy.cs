using Warden.Core.Security;

namespace Warden.Core.Users;

/// <summary>What a new password must be (existing and imported hashes are never checked against it).</summary>
/// <param name="MinLength">passwords.min_length: the fewest characters, from <see cref="LeastMinLength"/> (NIST SP 800-63B's floor).</param>
/// <param name="CharacterClasses">
/// passwords.character_classes: of lowercase letters, uppercase letters, digits and other characters, how many kinds a
/// password must use (1 to 4; 1 asks for nothing beyond the length).
/// </param>
public sealed record PasswordPolicy(int MinLength = PasswordPolicy.DefaultMinLength, int CharacterClasses = 1)
{
    public const int DefaultMinLength = 8;
    public const int LeastMinLength = 8;
    public const int MostMinLength = 128;

    public static PasswordPolicy Default { get; } = new();

    /// <summary>The longest password, the hasher's limit.</summary>
    public int MaxLength => PasswordHasher.MaxPasswordLength;

    public bool Accepts(string? password) =>
        !string.IsNullOrEmpty(password) && password.Length >= MinLength && password.Length <= MaxLength && ClassesIn(password) >= CharacterClasses;

    /// <summary>The rule in one line, for CLI and API errors.</summary>
    public string Describe() => CharacterClasses <= 1
        ? $"a password has {MinLength} to {MaxLength} characters"
        : $"a password has {MinLength} to {MaxLength} characters and uses at least {CharacterClasses} of: lowercase letters, uppercase letters, digits, other characters";

    /// <summary>Throws <see cref="InvalidUserException"/> (field <c>password</c>) with <see cref="Describe"/> when the password breaks the rule.</summary>
    public void Require(string password)
    {
        if (!Accepts(password))
            throw new InvalidUserException(Describe(), "password");
    }

    private static int ClassesIn(string password)
    {
        bool lower = false, upper = false, digit = false, other = false;
        foreach (var c in password)
        {
            if (char.IsLower(c))
                lower = true;
            else if (char.IsUpper(c))
                upper = true;
            else if (char.IsDigit(c))
                digit = true;
            else
                other = true;
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}

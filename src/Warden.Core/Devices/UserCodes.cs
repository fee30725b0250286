using System.Security.Cryptography;

namespace Warden.Core.Devices;

/// <summary>
/// User codes (RFC 8628 §6.1): 8 characters from the alphabet that section suggests, consonants only, so no words and
/// no digits to mistake for letters (0/O, 1/I), shown as XXXX-XXXX and accepted in either case, with or without the dash or spaces. 20^8 codes
/// (about 34 bits), which the /device page protects from guessing with rate limits.
/// </summary>
public static class UserCodes
{
    public const string Alphabet = "BCDFGHJKLMNPQRSTVWXZ";
    public const int Length = 8;

    /// <summary>A new random code in canonical form (8 characters, no dash).</summary>
    public static string Generate() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>XXXX-XXXX, as shown to people.</summary>
    public static string Format(string canonical) => canonical[..4] + "-" + canonical[4..];

    /// <summary>The canonical form of what a person typed, or null when it cannot be a user code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 32)
            return null;
        var characters = typed.Where(c => c is not ('-' or ' ')).Select(char.ToUpperInvariant).ToArray();
        return characters.Length == Length && characters.All(c => Alphabet.Contains(c)) ? new string(characters) : null;
    }
}

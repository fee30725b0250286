using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>
/// bcrypt in the modular crypt form: <c>$2b$12$</c>, 22 characters of salt and 31 of hash (bcrypt's own base64).
/// <c>$2a$</c> (most libraries before 2014), <c>$2b$</c> (OpenBSD, Python) and <c>$2y$</c> (PHP, htpasswd) compute the
/// same function for every password without the old 8-bit bug. bcrypt reads at most 72 bytes of a password.
/// </summary>
internal sealed partial class BcryptHash(string stored) : StoredPasswordHash
{
    /// <summary>The revision, cost and salt: what bcrypt is given to recompute the whole string.</summary>
    private const int SettingLength = 29;

    public static PasswordHashReading Read(string stored)
    {
        var match = Pattern().Match(stored);
        if (!match.Success)
            return PasswordHashReading.Refused("a bcrypt hash is $2a$, $2b$ or $2y$, a two-digit cost, $ and 53 characters");
        var cost = int.Parse(match.Groups["cost"].ValueSpan, CultureInfo.InvariantCulture);
        if (cost is < 4 or > HashLimits.MaxBcryptCost)
            return PasswordHashReading.Refused($"bcrypt cost {cost} must be from 4 to {HashLimits.MaxBcryptCost}");
        return PasswordHashReading.Of(new BcryptHash(stored));
    }

    public override PasswordCheck Check(string password)
    {
        string recomputed;
        try
        {
            recomputed = BCrypt.Net.BCrypt.HashPassword(password, stored[..SettingLength]);
        }
        catch (BCrypt.Net.SaltParseException)
        {
            return PasswordCheck.Mismatch;
        }
        return MatchIf(CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(recomputed), Encoding.ASCII.GetBytes(stored)));
    }

    [GeneratedRegex(@"^\$2[aby]\$(?<cost>[0-9]{2})\$[./A-Za-z0-9]{53}\z")]
    private static partial Regex Pattern();
}

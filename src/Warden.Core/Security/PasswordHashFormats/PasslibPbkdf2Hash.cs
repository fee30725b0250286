using System.Globalization;

namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>
/// passlib's PBKDF2 hashes: <c>$pbkdf2-sha256$29000$salt$hash</c> (also <c>$pbkdf2$</c> for SHA-1 and
/// <c>$pbkdf2-sha512$</c>), salt and hash in passlib's adapted base64 ('.' for '+', no padding).
/// </summary>
internal static class PasslibPbkdf2Hash
{
    public static PasswordHashReading Read(string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 5 || parts[0] != "" || Algorithm(parts[1]) is not { } prf)
            return PasswordHashReading.Refused("a passlib hash has the form $pbkdf2-sha256$<iterations>$<salt>$<hash>");
        if (!long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || parts[2].Length > 12)
            return PasswordHashReading.Refused("passlib pbkdf2: the iteration count is not a number");
        if (!EncodedBytes.TryPasslibBase64(parts[3], out var salt) || !EncodedBytes.TryPasslibBase64(parts[4], out var hash))
            return PasswordHashReading.Refused("passlib pbkdf2: salt and hash must be passlib's base64 ('.' for '+', no padding)");
        return Pbkdf2Hash.Create("passlib " + parts[1], prf, iterations, salt, hash);
    }

    private static System.Security.Cryptography.HashAlgorithmName? Algorithm(string name) => name switch
    {
        "pbkdf2" => Pbkdf2Hash.Prf("sha1"),
        "pbkdf2-sha256" => Pbkdf2Hash.Prf("sha256"),
        "pbkdf2-sha512" => Pbkdf2Hash.Prf("sha512"),
        _ => null,
    };
}

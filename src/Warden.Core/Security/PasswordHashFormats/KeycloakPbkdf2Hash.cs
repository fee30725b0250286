using System.Globalization;

namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>
/// A Keycloak PBKDF2 credential written as one string: <c>pbkdf2-sha256$&lt;hashIterations&gt;$&lt;salt&gt;$&lt;value&gt;</c>, where
/// the algorithm is the credential's <c>algorithm</c> (<c>pbkdf2</c> is SHA-1, <c>pbkdf2-sha256</c>, <c>pbkdf2-sha512</c>)
/// and salt and value are the credential's standard base64, padding included, exactly as Keycloak exports them.
/// </summary>
internal static class KeycloakPbkdf2Hash
{
    public static PasswordHashReading Read(string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || Algorithm(parts[0]) is not { } prf)
            return PasswordHashReading.Refused("a Keycloak hash has the form pbkdf2-sha256$<iterations>$<base64 salt>$<base64 value>");
        if (!long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || parts[1].Length > 12)
            return PasswordHashReading.Refused("Keycloak pbkdf2: the iteration count is not a number");
        if (!EncodedBytes.TryStandard(parts[2], out var salt) || !EncodedBytes.TryStandard(parts[3], out var hash))
            return PasswordHashReading.Refused("Keycloak pbkdf2: salt and value must be standard base64");
        return Pbkdf2Hash.Create("Keycloak " + parts[0], prf, iterations, salt, hash);
    }

    private static System.Security.Cryptography.HashAlgorithmName? Algorithm(string name) => name switch
    {
        "pbkdf2" => Pbkdf2Hash.Prf("sha1"),
        "pbkdf2-sha256" => Pbkdf2Hash.Prf("sha256"),
        "pbkdf2-sha512" => Pbkdf2Hash.Prf("sha512"),
        _ => null,
    };
}

using System.Globalization;
using Warden.Core.Security.PasswordHashFormats;

namespace Warden.Core.Security;

/// <param name="MemoryKib">Argon2id memory cost in KiB (OWASP: 19456, i.e. 19 MiB).</param>
/// <param name="Iterations">Argon2id passes (OWASP: 2 with 19 MiB).</param>
/// <param name="Parallelism">Lanes (libsodium computes with 1).</param>
public sealed record PasswordHashingOptions(int MemoryKib, int Iterations, int Parallelism)
{
    public static PasswordHashingOptions OwaspDefault { get; } = new(19_456, 2, 1);
}

/// <summary>What checking a password against a stored hash found.</summary>
public enum PasswordCheck
{
    Mismatch,
    Match,

    /// <summary>The password is right and the stored hash should be replaced by a new one of the configured kind.</summary>
    MatchNeedsRehash,
}

/// <summary>
/// Human passwords. New hashes are Argon2id (libsodium, through NSec) in the standard PHC string form that other Argon2
/// implementations read: <c>$argon2id$v=19$m=19456,t=2,p=1$salt$hash</c>. Verification also reads hashes made by other servers and brought
/// over by <c>warden users import</c> (Argon2id and Argon2i with any lanes, bcrypt, PBKDF2 in the ASP.NET Core Identity,
/// Keycloak and passlib forms; see <c>Security/PasswordHashFormats</c>). Every cost comes from the stored string, within
/// limits, so raising the configured cost affects new hashes and <see cref="NeedsRehash"/> tells when a stored one
/// (any foreign one included) should be replaced by the configured Argon2id at the next sign-in.
/// </summary>
public sealed class PasswordHasher(PasswordHashingOptions options)
{
    private const int HashLength = 32;
    public const int MaxPasswordLength = 1024;

    /// <summary>A new standard PHC string: Argon2id over the password's UTF-8, salt and hash in base64 without padding.</summary>
    public string Hash(string password)
    {
        RequireLength(password);
        var salt = Argon2Hash.NewSalt();
        var hash = Argon2Hash.SodiumArgon2id(password, salt, options.MemoryKib, options.Iterations, HashLength);
        return string.Create(CultureInfo.InvariantCulture,
            $"$argon2id$v=19$m={options.MemoryKib},t={options.Iterations},p={options.Parallelism}${Unpadded(salt)}${Unpadded(hash)}");
    }

    /// <summary>
    /// Constant-time check of a password against a stored hash of any recognised format: mismatch for strings that are
    /// not one (<see cref="IsRecognised"/>), hashes whose cost is beyond the limits included; a match says whether the
    /// stored hash should be replaced (<see cref="NeedsRehash"/>, or a legacy Warden hash that only the password shows).
    /// </summary>
    public PasswordCheck Check(string password, string stored)
    {
        RequireLength(password);
        var check = PasswordHashFormat.Read(stored).Hash?.Check(password) ?? PasswordCheck.Mismatch;
        return check == PasswordCheck.Match && NeedsRehash(stored) ? PasswordCheck.MatchNeedsRehash : check;
    }

    /// <summary>Whether the password matches the stored hash (<see cref="Check"/> without the rehash advice).</summary>
    public bool Verify(string password, string stored) => Check(password, stored) != PasswordCheck.Mismatch;

    /// <summary>
    /// Whether a stored hash should be replaced: true for every format but Argon2id with exactly the configured memory,
    /// passes and lanes (so for every foreign format, and for Warden's own hashes made with another cost). A legacy
    /// Warden hash (UTF-16 password) with the configured cost is only known by <see cref="Check"/>.
    /// </summary>
    public bool NeedsRehash(string stored) =>
        PasswordHashFormat.Read(stored).Hash is not Argon2Hash { IsArgon2id: true } argon2
        || argon2.MemoryKib != options.MemoryKib || argon2.Iterations != options.Iterations || argon2.Parallelism != options.Parallelism;

    /// <summary>Whether <paramref name="hash"/> is a format Warden can verify, with costs within the limits.</summary>
    public static bool IsRecognised(string hash) => PasswordHashFormat.Read(hash).Hash is not null;

    /// <summary>Why <paramref name="hash"/> cannot be verified, as one phrase for an error message; null when it can.</summary>
    public static string? Unrecognised(string hash) => PasswordHashFormat.Read(hash).Problem;

    private static string Unpadded(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=');

    private static void RequireLength(string password)
    {
        if (password.Length > MaxPasswordLength)
            throw new ArgumentException($"passwords are limited to {MaxPasswordLength} characters", nameof(password));
    }
}

using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using NSec.Cryptography;

namespace Warden.Core.Security;

/// <param name="MemoryKib">Argon2id memory cost in KiB (OWASP: 19456, i.e. 19 MiB).</param>
/// <param name="Iterations">Argon2id passes (OWASP: 2 with 19 MiB).</param>
/// <param name="Parallelism">Lanes (libsodium computes with 1).</param>
public sealed record PasswordHashingOptions(int MemoryKib, int Iterations, int Parallelism)
{
    public static PasswordHashingOptions OwaspDefault { get; } = new(19_456, 2, 1);
}

/// <summary>
/// Human passwords hashed with Argon2id (libsodium, through NSec) and stored as PHC strings:
/// <c>$argon2id$v=19$m=19456,t=2,p=1$salt$hash</c>. Verification reads the cost from the stored string, so raising
/// the cost affects new hashes and <see cref="NeedsRehash"/> tells when an old one should be replaced.
/// </summary>
public sealed class PasswordHasher(PasswordHashingOptions options)
{
    private const int SaltLength = 16;
    private const int HashLength = 32;
    public const int MaxPasswordLength = 1024;

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltLength);
        var hash = Derive(password, salt, options.MemoryKib, options.Iterations, options.Parallelism, HashLength);
        return string.Create(CultureInfo.InvariantCulture,
            $"$argon2id$v=19$m={options.MemoryKib},t={options.Iterations},p={options.Parallelism}${Base64Url.EncodeToString(salt)}${Base64Url.EncodeToString(hash)}");
    }

    /// <summary>Constant-time check of a password against a stored PHC string; false for malformed strings.</summary>
    public bool Verify(string password, string stored)
    {
        if (!TryParse(stored, out var memory, out var iterations, out var parallelism, out var salt, out var expected))
            return false;
        var actual = Derive(password, salt, memory, iterations, parallelism, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>Whether <paramref name="stored"/> is a password hash this server can verify (for hashes made elsewhere).</summary>
    public static bool IsRecognised(string stored) => TryParse(stored, out _, out _, out _, out _, out _);

    /// <summary>Whether a stored hash was made with other costs than the configured ones.</summary>
    public bool NeedsRehash(string stored) =>
        !TryParse(stored, out var memory, out var iterations, out var parallelism, out _, out _)
        || memory != options.MemoryKib || iterations != options.Iterations || parallelism != options.Parallelism;

    private static byte[] Derive(string password, byte[] salt, int memoryKib, int iterations, int parallelism, int length)
    {
        if (password.Length > MaxPasswordLength)
            throw new ArgumentException($"passwords are limited to {MaxPasswordLength} characters", nameof(password));
        var parameters = new Argon2Parameters { MemorySize = memoryKib, NumberOfPasses = iterations, DegreeOfParallelism = parallelism };
        return PasswordBasedKeyDerivationAlgorithm.Argon2id(in parameters).DeriveBytes(password, salt, length);
    }

    private static bool TryParse(string stored, out int memory, out int iterations, out int parallelism, out byte[] salt, out byte[] hash)
    {
        memory = iterations = parallelism = 0;
        salt = hash = [];
        var parts = stored.Split('$');
        if (parts is not ["", "argon2id", "v=19", var costs, var saltText, var hashText])
            return false;
        var values = costs.Split(',').Select(part => part.Split('=')).ToList();
        if (values.Count != 3 || values.Any(pair => pair.Length != 2)
            || !int.TryParse(values[0][1], out memory) || values[0][0] != "m"
            || !int.TryParse(values[1][1], out iterations) || values[1][0] != "t"
            || !int.TryParse(values[2][1], out parallelism) || values[2][0] != "p")
            return false;
        try
        {
            salt = Base64Url.DecodeFromChars(saltText);
            hash = Base64Url.DecodeFromChars(hashText);
        }
        catch (FormatException)
        {
            return false;
        }
        return salt.Length == SaltLength && hash.Length >= 16 && memory >= 8 && iterations >= 1 && parallelism == 1;
    }
}

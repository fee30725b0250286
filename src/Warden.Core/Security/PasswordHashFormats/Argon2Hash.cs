using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>
/// Argon2id and Argon2i in the PHC string form of the reference implementation and argon2-cffi:
/// <c>$argon2id$v=19$m=65536,t=3,p=4$salt$hash</c>, salt and hash in base64 without padding, the password as UTF-8.
/// Version 19 (Argon2 1.3) only: the libraries here compute no other.
/// </summary>
/// <remarks>
/// Warning: Warden's hashes made before issue #12 took the password as UTF-16 (what NSec's
/// <c>DeriveBytes(string, …)</c> does) and wrote base64url. Such a legacy hash is a one-lane Argon2id with a 16-byte salt
/// and a 32-byte hash whose text has no '+' or '/'; for that shape a mismatch in UTF-8 is tried again in UTF-16, and a
/// UTF-16 match asks for a rehash. New hashes always have a '+' or '/' in their salt (<see cref="NewSalt"/>), so they
/// never take the second computation (a foreign hash of that shape does, until its user signs in once).
/// </remarks>
internal sealed class Argon2Hash : StoredPasswordHash
{
    private Argon2Hash(bool isArgon2id, int memoryKib, int iterations, int parallelism, byte[] salt, byte[] hash, bool mayBeLegacy)
    {
        IsArgon2id = isArgon2id;
        MemoryKib = memoryKib;
        Iterations = iterations;
        Parallelism = parallelism;
        _salt = salt;
        _hash = hash;
        _mayBeLegacy = mayBeLegacy;
    }

    private const int LegacyHashLength = 32;

    private readonly byte[] _salt;
    private readonly byte[] _hash;
    private readonly bool _mayBeLegacy;

    public bool IsArgon2id { get; }
    public int MemoryKib { get; }
    public int Iterations { get; }
    public int Parallelism { get; }

    /// <summary>libsodium's salt length; Warden's own hashes have it, and only then can NSec recompute them.</summary>
    public const int SodiumSaltLength = 16;

    public static PasswordHashReading Read(string stored)
    {
        var parts = stored.Split('$');
        var variant = parts.Length > 1 ? parts[1] : "";
        if (variant is not ("argon2id" or "argon2i"))
            return PasswordHashReading.Refused($"'{Shorten(variant)}' is not supported (argon2id and argon2i are)");
        if (parts.Length == 5 || (parts.Length == 6 && parts[2] == "v=16"))
            return PasswordHashReading.Refused("Argon2 version 16 (1.0) is not supported: only v=19");
        if (parts.Length != 6 || parts[0] != "" || parts[2] != "v=19")
            return PasswordHashReading.Refused("an Argon2 hash has the form $argon2id$v=19$m=…,t=…,p=…$salt$hash");
        if (!TryCosts(parts[3], out var memory, out var iterations, out var parallelism))
            return PasswordHashReading.Refused("Argon2 parameters must be exactly m=<KiB>,t=<passes>,p=<lanes>");
        if (memory > HashLimits.MaxArgon2MemoryKib)
            return PasswordHashReading.Refused($"Argon2 memory m={memory} KiB is above the limit of {HashLimits.MaxArgon2MemoryKib} (1 GiB)");
        if (iterations is < 1 or > HashLimits.MaxArgon2Iterations)
            return PasswordHashReading.Refused($"Argon2 passes t={iterations} must be from 1 to {HashLimits.MaxArgon2Iterations}");
        if (parallelism is < 1 or > HashLimits.MaxArgon2Parallelism)
            return PasswordHashReading.Refused($"Argon2 lanes p={parallelism} must be from 1 to {HashLimits.MaxArgon2Parallelism}");
        if (memory < 8 * parallelism)
            return PasswordHashReading.Refused($"Argon2 memory m={memory} KiB is below 8 KiB per lane");
        if (!EncodedBytes.TryPhcBase64(parts[4], out var salt) || salt.Length is < HashLimits.MinSaltBytes or > HashLimits.MaxSaltBytes)
            return PasswordHashReading.Refused($"the Argon2 salt must be {HashLimits.MinSaltBytes} to {HashLimits.MaxSaltBytes} bytes in base64");
        if (!EncodedBytes.TryPhcBase64(parts[5], out var hash) || hash.Length is < HashLimits.MinHashBytes or > 128)
            return PasswordHashReading.Refused($"the Argon2 hash must be {HashLimits.MinHashBytes} to 128 bytes in base64");
        var mayBeLegacy = variant == "argon2id" && parallelism == 1 && salt.Length == SodiumSaltLength && hash.Length == LegacyHashLength
                          && !parts[4].AsSpan().ContainsAny("+/") && !parts[5].AsSpan().ContainsAny("+/");
        return PasswordHashReading.Of(new Argon2Hash(variant == "argon2id", memory, iterations, parallelism, salt, hash, mayBeLegacy));
    }

    /// <summary>
    /// A random 16-byte salt whose base64 has a '+' or '/', which marks the hash as not legacy (about every other salt
    /// has one, so this takes two draws on average and costs under one bit of the salt's 128).
    /// </summary>
    public static byte[] NewSalt()
    {
        while (true)
        {
            var salt = RandomNumberGenerator.GetBytes(SodiumSaltLength);
            if (Convert.ToBase64String(salt).AsSpan().ContainsAny("+/"))
                return salt;
        }
    }

    /// <summary>The Argon2id tag with libsodium and one lane, over the password's UTF-8 bytes (what <see cref="PasswordHasher.Hash"/> stores).</summary>
    public static byte[] SodiumArgon2id(string password, byte[] salt, int memoryKib, int iterations, int length)
    {
        var bytes = Encoding.UTF8.GetBytes(password);
        try
        {
            return Sodium(bytes, salt, memoryKib, iterations, length);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static byte[] Sodium(ReadOnlySpan<byte> password, byte[] salt, int memoryKib, int iterations, int length)
    {
        var parameters = new Argon2Parameters { MemorySize = memoryKib, NumberOfPasses = iterations, DegreeOfParallelism = 1 };
        return PasswordBasedKeyDerivationAlgorithm.Argon2id(in parameters).DeriveBytes(password, salt, length);
    }

    public override PasswordCheck Check(string password)
    {
        // libsodium (native, vectorised) computes one lane with a 16-byte salt: Warden's own hashes and many others.
        // Everything else goes to the managed implementation, which runs the lanes on parallel threads.
        var actual = IsArgon2id && Parallelism == 1 && _salt.Length == SodiumSaltLength
            ? SodiumArgon2id(password, _salt, MemoryKib, Iterations, _hash.Length)
            : Managed(password);
        // Warden never accepts an empty password (and the managed implementation computes it over a stand-in byte).
        if (CryptographicOperations.FixedTimeEquals(actual, _hash) && password.Length > 0)
            return PasswordCheck.Match;
        if (!_mayBeLegacy)
            return PasswordCheck.Mismatch;
        var legacy = Sodium(MemoryMarshal.AsBytes(password.AsSpan()), _salt, MemoryKib, Iterations, _hash.Length);
        return CryptographicOperations.FixedTimeEquals(legacy, _hash) ? PasswordCheck.MatchNeedsRehash : PasswordCheck.Mismatch;
    }

    private byte[] Managed(string password)
    {
        // Konscious refuses an empty password; the same work over one zero byte keeps the refusal as slow as any other.
        var bytes = password.Length == 0 ? [0] : Encoding.UTF8.GetBytes(password);
        try
        {
            using Konscious.Security.Cryptography.Argon2 argon2 = IsArgon2id
                ? new Konscious.Security.Cryptography.Argon2id(bytes)
                : new Konscious.Security.Cryptography.Argon2i(bytes);
            argon2.Salt = _salt;
            argon2.MemorySize = MemoryKib;
            argon2.Iterations = Iterations;
            argon2.DegreeOfParallelism = Parallelism;
            return argon2.GetBytes(_hash.Length);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static bool TryCosts(string text, out int memory, out int iterations, out int parallelism)
    {
        memory = iterations = parallelism = 0;
        var pairs = text.Split(',');
        return pairs.Length == 3
               && TryCost(pairs[0], "m=", out memory) && TryCost(pairs[1], "t=", out iterations) && TryCost(pairs[2], "p=", out parallelism);
    }

    private static bool TryCost(string pair, string name, out int value)
    {
        value = 0;
        return pair.StartsWith(name, StringComparison.Ordinal) && pair.Length <= name.Length + 10
               && int.TryParse(pair.AsSpan(name.Length), NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string Shorten(string text) => text.Length > 20 ? text[..20] + "…" : text;
}

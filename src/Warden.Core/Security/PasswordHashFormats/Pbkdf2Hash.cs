using System.Security.Cryptography;

namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>PBKDF2 (RFC 8018) with an HMAC; the three formats that store it differ only in how they write the values.</summary>
internal sealed class Pbkdf2Hash : StoredPasswordHash
{
    private readonly HashAlgorithmName _prf;
    private readonly int _iterations;
    private readonly byte[] _salt;
    private readonly byte[] _hash;

    private Pbkdf2Hash(HashAlgorithmName prf, int iterations, byte[] salt, byte[] hash)
    {
        _prf = prf;
        _iterations = iterations;
        _salt = salt;
        _hash = hash;
    }

    /// <summary>The hash, or why these values are refused; <paramref name="format"/> names the format in the message.</summary>
    public static PasswordHashReading Create(string format, HashAlgorithmName prf, long iterations, byte[] salt, byte[] hash)
    {
        if (iterations is < 1 or > HashLimits.MaxPbkdf2Iterations)
            return PasswordHashReading.Refused($"{format}: {iterations} iterations must be from 1 to {HashLimits.MaxPbkdf2Iterations}");
        if (salt.Length is < HashLimits.MinSaltBytes or > HashLimits.MaxSaltBytes)
            return PasswordHashReading.Refused($"{format}: the salt must be {HashLimits.MinSaltBytes} to {HashLimits.MaxSaltBytes} bytes");
        if (hash.Length is < HashLimits.MinHashBytes or > HashLimits.MaxPbkdf2HashBytes)
            return PasswordHashReading.Refused($"{format}: the hash must be {HashLimits.MinHashBytes} to {HashLimits.MaxPbkdf2HashBytes} bytes");
        return PasswordHashReading.Of(new Pbkdf2Hash(prf, (int)iterations, salt, hash));
    }

    public override PasswordCheck Check(string password) =>
        MatchIf(CryptographicOperations.FixedTimeEquals(Rfc2898DeriveBytes.Pbkdf2(password, _salt, _iterations, _prf, _hash.Length), _hash));

    /// <summary>The PRF a format names: sha1, sha256 or sha512 (the names Keycloak and passlib use).</summary>
    public static HashAlgorithmName? Prf(string name) => name switch
    {
        "sha1" => HashAlgorithmName.SHA1,
        "sha256" => HashAlgorithmName.SHA256,
        "sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };
}

using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>
/// ASP.NET Core Identity's <c>PasswordHash</c> column: standard base64 of a format marker and the PBKDF2 values.
/// Version 3 (0x01): PRF (0 HMAC-SHA1, 1 HMAC-SHA256, 2 HMAC-SHA512), iteration count and salt length as big-endian
/// 32-bit numbers, the salt, then the subkey. Version 2 (0x00, ASP.NET Identity 2): a 16-byte salt and a 32-byte
/// subkey of PBKDF2-HMAC-SHA1 with 1000 iterations.
/// </summary>
internal static class AspNetIdentityHash
{
    private const int V3HeaderLength = 13;

    /// <summary>The hash, a reason it is refused, or null when the string is not Identity's format at all.</summary>
    public static PasswordHashReading? Read(string stored)
    {
        if (!EncodedBytes.TryStandard(stored, out var bytes) || bytes.Length == 0)
            return null;
        return bytes[0] switch
        {
            0x00 when bytes.Length == 1 + 16 + 32 => Pbkdf2Hash.Create("ASP.NET Identity v2", HashAlgorithmName.SHA1, 1000, bytes[1..17], bytes[17..]),
            0x01 when bytes.Length > V3HeaderLength => ReadV3(bytes),
            _ => null,
        };
    }

    private static PasswordHashReading ReadV3(byte[] bytes)
    {
        var prf = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(1)) switch
        {
            0 => HashAlgorithmName.SHA1,
            1 => HashAlgorithmName.SHA256,
            2 => HashAlgorithmName.SHA512,
            _ => (HashAlgorithmName?)null,
        };
        var iterations = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(5));
        var saltLength = BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(9));
        if (prf is null)
            return PasswordHashReading.Refused("ASP.NET Identity v3: unknown PRF (0, 1 or 2 expected)");
        if (saltLength >= bytes.Length - V3HeaderLength)
            return PasswordHashReading.Refused("ASP.NET Identity v3: the salt length does not fit the hash");
        var saltEnd = V3HeaderLength + (int)saltLength;
        return Pbkdf2Hash.Create("ASP.NET Identity v3", prf.Value, iterations, bytes[V3HeaderLength..saltEnd], bytes[saltEnd..]);
    }
}

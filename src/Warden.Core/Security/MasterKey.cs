using System.Security.Cryptography;
using System.Text;

namespace Warden.Core.Security;

/// <summary>
/// The server's 256-bit master key, from which independent subkeys are derived (HKDF-SHA256): one encrypts private
/// signing keys at rest, one keys the hashes of bearer secrets. Every instance sharing a database needs the same one.
/// </summary>
public sealed class MasterKey
{
    public const int Length = 32;
    private readonly byte[] _key;

    public MasterKey(byte[] key)
    {
        if (key.Length != Length)
            throw new ArgumentException($"a master key is {Length} bytes", nameof(key));
        _key = key.ToArray();
    }

    /// <summary>Parses the base64 (or base64url) text form, as in WARDEN_MASTER_KEY; null when it is not 32 bytes.</summary>
    public static MasterKey? TryParse(string text)
    {
        var normalised = text.Trim().Replace('-', '+').Replace('_', '/');
        normalised = normalised.PadRight(normalised.Length + (4 - normalised.Length % 4) % 4, '=');
        var buffer = new byte[Length + 3];
        return Convert.TryFromBase64String(normalised, buffer, out var written) && written == Length
            ? new MasterKey(buffer[..Length])
            : null;
    }

    public static MasterKey Generate() => new(RandomNumberGenerator.GetBytes(Length));

    public string ToBase64() => Convert.ToBase64String(_key);

    /// <summary>A subkey for one purpose; different purposes give unrelated keys.</summary>
    public byte[] Derive(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, Length, salt: [], info: Encoding.UTF8.GetBytes("warden:" + purpose));
}

using System.Security.Cryptography;
using System.Text;

namespace Warden.Core.Security;

/// <summary>
/// Hashes bearer secrets (client secrets, reference tokens, registration tokens) with HMAC-SHA256 under a key derived
/// from the master key. Warden generates these secrets with 256 bits of entropy, so a fast keyed hash is enough (a
/// slow password hash is for human passwords) and a stolen database alone does not allow guessing them offline.
/// </summary>
public sealed class SecretHasher(MasterKey masterKey)
{
    /// <summary>The longest secret a caller may present (and so the longest one worth storing).</summary>
    public const int MaxIssuedLength = 128;

    private readonly byte[] _key = masterKey.Derive("secret-hashing");

    public byte[] Hash(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        return HMACSHA256.HashData(_key, bytes);
    }

    /// <summary>
    /// The hash of a secret presented by a caller, or null when it is longer than any secret this server issues (so an
    /// oversized value is neither hashed nor looked up).
    /// </summary>
    public byte[]? HashPresented(string secret) => secret.Length <= MaxIssuedLength ? Hash(secret) : null;

    /// <summary>Compares in constant time, so the comparison leaks nothing about how much of a guess was right.</summary>
    public bool Matches(string secret, byte[] expectedHash) =>
        CryptographicOperations.FixedTimeEquals(Hash(secret), expectedHash);
}

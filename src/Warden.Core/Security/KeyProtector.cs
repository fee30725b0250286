using System.Security.Cryptography;

namespace Warden.Core.Security;

/// <summary>Encrypts private keys at rest with AES-256-GCM under a key derived from the master key.</summary>
public sealed class KeyProtector(MasterKey masterKey)
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
    private readonly byte[] _key = masterKey.Derive("key-encryption");

    /// <summary>nonce ‖ tag ‖ ciphertext.</summary>
    public byte[] Protect(ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize + TagSize), output.AsSpan(NonceSize, TagSize));
        return output;
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the data was not protected under this master key.</summary>
    public byte[] Unprotect(ReadOnlySpan<byte> protectedData)
    {
        if (protectedData.Length < NonceSize + TagSize)
            throw new CryptographicException("protected data is too short");
        var plaintext = new byte[protectedData.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(protectedData[..NonceSize], protectedData[(NonceSize + TagSize)..], protectedData.Slice(NonceSize, TagSize), plaintext);
        return plaintext;
    }
}

using System.Security.Cryptography;
using Warden.Core.Security;

namespace Warden.Core.ApiKeys;

/// <summary>
/// The text of an API key: <c>wdn_</c>, the public id (16 lowercase hex digits, 64 random bits), <c>_</c>, then the
/// secret (43 base64url characters, 256 random bits), 64 characters in all, for example
/// <c>wdn_3f9a0c2e7b1d4a55_Xb9…</c>. The fixed prefix lets secret scanners recognise a leaked key; the public id names
/// the key in listings, audit rows and the API without revealing it and is how a presented key is looked up, after
/// which the keyed hash of the whole key is compared in constant time.
/// </summary>
public static class ApiKeyFormat
{
    public const string Prefix = "wdn_";
    public const int PublicIdLength = 16;

    /// <summary>The length of every key this server issues.</summary>
    public const int Length = 64;

    /// <summary>A new public id and the whole key.</summary>
    public static (string PublicId, string Key) Generate()
    {
        var publicId = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(PublicIdLength / 2));
        return (publicId, $"{Prefix}{publicId}_{RandomValues.Secret()}");
    }

    /// <summary>Whether a presented credential has the shape of an API key (so it is not read as another kind of token).</summary>
    public static bool LooksLikeKey(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The public id of a presented key, or null when it does not have the shape of one this server issues.</summary>
    public static string? PublicIdOf(string key)
    {
        if (key.Length != Length || !LooksLikeKey(key) || key[Prefix.Length + PublicIdLength] != '_')
            return null;
        var publicId = key.Substring(Prefix.Length, PublicIdLength);
        return IsPublicId(publicId) ? publicId : null;
    }

    /// <summary>Whether a value is a public id: 16 lowercase hex digits.</summary>
    public static bool IsPublicId(string value) => value.Length == PublicIdLength && value.All(char.IsAsciiHexDigitLower);
}

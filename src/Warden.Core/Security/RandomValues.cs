using System.Buffers.Text;
using System.Security.Cryptography;

namespace Warden.Core.Security;

/// <summary>Unguessable values: secrets and handles of 256 bits, identifiers of 128 bits, all base64url.</summary>
public static class RandomValues
{
    public static string Secret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Identifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Warden.Core.Authorization;

/// <summary>Proof Key for Code Exchange (RFC 7636).</summary>
public static class Pkce
{
    public const string S256 = "S256";
    public const string Plain = "plain";

    /// <summary>§4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~"; a challenge has the same form.</summary>
    public static bool IsWellFormed(string value) =>
        value.Length is >= 43 and <= 128 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~');

    /// <summary>§4.6, compared in constant time.</summary>
    public static bool Matches(string verifier, string challenge, string method)
    {
        if (!IsWellFormed(verifier))
            return false;
        var expected = method == S256
            ? Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)))
            : verifier;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(challenge));
    }
}

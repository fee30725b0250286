using System.Buffers.Text;
using System.Text;
using Warden.Core.Keys;

namespace Warden.Core.Tokens;

/// <summary>JWS compact serialization (RFC 7515 §7.1) of a payload under a precomputed header, with one allocation per part.</summary>
public static class CompactJws
{
    public static string Sign(SigningCredential key, string headerSegment, ReadOnlySpan<byte> payload)
    {
        var payloadLength = Base64Url.GetEncodedLength(payload.Length);
        var signingInput = new byte[headerSegment.Length + 1 + payloadLength];
        Encoding.ASCII.GetBytes(headerSegment, signingInput);
        signingInput[headerSegment.Length] = (byte)'.';
        Base64Url.EncodeToUtf8(payload, signingInput.AsSpan(headerSegment.Length + 1));
        var signature = key.Sign(signingInput);
        return string.Create(signingInput.Length + 1 + Base64Url.GetEncodedLength(signature.Length), (signingInput, signature), (chars, state) =>
        {
            Encoding.ASCII.GetChars(state.signingInput, chars);
            chars[state.signingInput.Length] = '.';
            Base64Url.EncodeToChars(state.signature, chars[(state.signingInput.Length + 1)..]);
        });
    }
}

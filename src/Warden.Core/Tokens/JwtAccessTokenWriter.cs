using System.Buffers;
using System.Text.Json;
using Warden.Core.Keys;

namespace Warden.Core.Tokens;

/// <summary>
/// Writes RFC 9068 JWT access tokens (typ at+jwt). Hand-rolled on Utf8JsonWriter because this is the hot path:
/// one buffer for the payload, one signature, no claim dictionaries.
/// </summary>
public static class JwtAccessTokenWriter
{
    public static string Write(SigningCredential key, string issuer, AccessTokenDescription token)
    {
        var payload = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(payload))
        {
            json.WriteStartObject();
            json.WriteString("iss", issuer);
            json.WriteString("sub", token.Subject);
            if (token.Audiences.Count == 1)
            {
                json.WriteString("aud", token.Audiences[0]);
            }
            else
            {
                json.WriteStartArray("aud");
                foreach (var audience in token.Audiences)
                    json.WriteStringValue(audience);
                json.WriteEndArray();
            }
            json.WriteNumber("exp", token.ExpiresAt.ToUnixTimeSeconds());
            json.WriteNumber("iat", token.IssuedAt.ToUnixTimeSeconds());
            json.WriteNumber("nbf", token.IssuedAt.ToUnixTimeSeconds());
            json.WriteString("jti", token.JwtId);
            json.WriteString("client_id", token.ClientId);
            if (token.Scopes.Count > 0)
                json.WriteString("scope", string.Join(' ', token.Scopes));
            json.WriteEndObject();
        }

        return CompactJws.Sign(key, key.HeaderSegment, payload.WrittenSpan);
    }
}

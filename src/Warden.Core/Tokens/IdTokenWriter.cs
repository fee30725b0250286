using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Keys;
using Warden.Core.Sessions;

namespace Warden.Core.Tokens;

/// <summary>What an ID token says (OpenID Connect Core §2) besides the user claims.</summary>
public sealed record IdTokenDescription(
    string ClientId,
    DateTimeOffset IssuedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset AuthTime,
    string? Nonce,
    string? AccessToken,
    SignInEvidence Evidence,
    string? SessionId);

/// <summary>Writes ID tokens, signed with the same keys as access tokens but typed JWT.</summary>
public static class IdTokenWriter
{
    public static string Write(SigningCredential key, string issuer, IdTokenDescription token, JsonObject userClaims)
    {
        var payload = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(payload))
        {
            json.WriteStartObject();
            json.WriteString("iss", issuer);
            foreach (var (name, value) in userClaims)
            {
                json.WritePropertyName(name);
                if (value is null)
                    json.WriteNullValue();
                else
                    value.WriteTo(json);
            }
            json.WriteString("aud", token.ClientId);
            json.WriteString("azp", token.ClientId);
            json.WriteNumber("exp", token.ExpiresAt.ToUnixTimeSeconds());
            json.WriteNumber("iat", token.IssuedAt.ToUnixTimeSeconds());
            json.WriteNumber("auth_time", token.AuthTime.ToUnixTimeSeconds());
            if (token.Nonce is not null)
                json.WriteString("nonce", token.Nonce);
            // OpenID Connect Front- and Back-Channel Logout: which sign-in session the token was issued in.
            if (token.SessionId is not null)
                json.WriteString("sid", token.SessionId);
            if (token.AccessToken is not null)
                json.WriteString("at_hash", AccessTokenHash(token.AccessToken));
            json.WriteStartArray("amr");
            foreach (var method in token.Evidence.Methods)
                json.WriteStringValue(method);
            json.WriteEndArray();
            if (token.Evidence.Acr is not null)
                json.WriteString("acr", token.Evidence.Acr);
            json.WriteEndObject();
        }
        return CompactJws.Sign(key, key.IdTokenHeaderSegment, payload.WrittenSpan);
    }

    /// <summary>OpenID Connect Core §3.1.3.6: the left half of the SHA-256 hash (ES256 and RS256 both hash with SHA-256).</summary>
    public static string AccessTokenHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64Url.EncodeToString(hash.AsSpan(0, hash.Length / 2));
    }
}

using System.Buffers.Text;
using System.Text;
using System.Text.Json;

namespace Warden.Core.Tokens;

/// <summary>
/// A compact JWS as it arrived, before any signature check: three base64url segments, a JSON object header with a
/// string alg, and a JSON object payload whose registered claims have the JSON types RFC 7519 §4.1 gives them. Every
/// reader of a JWT (client assertions, access tokens, ID token hints) goes through <see cref="TryParse"/>, so a token
/// of the wrong shape is an invalid credential in one place instead of an exception in each reader.
/// </summary>
public sealed class UntrustedJwt
{
    /// <summary>The longest JWT any endpoint reads; longer ones are refused before decoding.</summary>
    public const int MaxLength = 16_384;

    /// <summary>Latest NumericDate accepted (9999-12-31T23:59:59Z), so every date converts to a DateTime.</summary>
    private const double MaxNumericDate = 253_402_300_799;

    private static readonly string[] StringHeaders = ["alg", "kid", "typ", "cty"];
    private static readonly string[] StringClaims = ["iss", "sub", "jti", "client_id", "scope", "nonce", "sid", "azp"];
    private static readonly string[] DateClaims = ["exp", "nbf", "iat", "auth_time"];

    private UntrustedJwt(JsonElement header, JsonElement payload, string signingInput, byte[] signature)
    {
        Header = header;
        Payload = payload;
        SigningInput = signingInput;
        Signature = signature;
    }

    /// <summary>The header; alg is a string, kid, typ and cty are strings when present.</summary>
    public JsonElement Header { get; }

    /// <summary>The claims; iss, sub, jti, client_id, scope, nonce, sid, azp are strings, aud a string or array of strings, exp, nbf, iat, auth_time numbers in range.</summary>
    public JsonElement Payload { get; }

    /// <summary>The first two segments and the dot between them: what the signature covers.</summary>
    public string SigningInput { get; }

    public byte[] Signature { get; }

    public string Algorithm => Header.GetProperty("alg").GetString()!;

    public string? KeyId => HeaderString("kid");

    public string? Type => HeaderString("typ");

    public string? Issuer => Payload.TryGetProperty("iss", out var iss) ? iss.GetString() : null;

    /// <summary>The token, or null when it is not a well-formed JWS with claims of the right types. Never throws.</summary>
    public static UntrustedJwt? TryParse(string? jwt)
    {
        if (jwt is null || jwt.Length > MaxLength)
            return null;
        var parts = jwt.Split('.');
        if (parts.Length != 3 || !TryDecodeObject(parts[0], out var header) || !TryDecodeObject(parts[1], out var payload)
            || !TryDecode(parts[2], out var signature))
            return null;
        if (!header.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String
            || StringHeaders.Any(name => header.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String)
            // RFC 7515 §4.1.11: no extension is understood here, so a token naming one as critical is refused.
            || header.TryGetProperty("crit", out _))
            return null;
        if (StringClaims.Any(name => payload.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.String)
            || DateClaims.Any(name => payload.TryGetProperty(name, out var value) && !IsNumericDate(value))
            || payload.TryGetProperty("aud", out var aud) && !IsAudience(aud))
            return null;
        return new UntrustedJwt(header, payload, jwt[..(parts[0].Length + 1 + parts[1].Length)], signature);
    }

    private string? HeaderString(string name) => Header.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static bool IsNumericDate(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && double.IsFinite(seconds)
        && seconds is >= 0 and <= MaxNumericDate;

    private static bool IsAudience(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => true,
        JsonValueKind.Array => value.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String),
        _ => false,
    };

    /// <summary>Base64url decoding that reports malformed input instead of throwing (TryDecodeFromChars throws on bad characters).</summary>
    private static bool TryDecode(string segment, out byte[] bytes)
    {
        bytes = [];
        try
        {
            var buffer = new byte[Base64Url.GetMaxDecodedLength(segment.Length)];
            if (!Base64Url.TryDecodeFromChars(segment, buffer, out var length))
                return false;
            bytes = buffer[..length];
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A segment that decodes to a JSON object of valid UTF-8 (the element outlives the document: it is cloned).</summary>
    private static bool TryDecodeObject(string segment, out JsonElement element)
    {
        element = default;
        if (!TryDecode(segment, out var bytes))
            return false;
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes);
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                return false;
            element = document.RootElement.Clone();
            return true;
        }
        catch (Exception exception) when (exception is JsonException or DecoderFallbackException)
        {
            return false;
        }
    }
}

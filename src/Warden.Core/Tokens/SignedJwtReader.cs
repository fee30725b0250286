using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Warden.Core.Keys;

namespace Warden.Core.Tokens;

/// <summary>
/// Reads a JWT this server signed: a published key of the tenant (by kid and alg), a valid signature and the expected
/// typ. Claims are the caller's to check. Malformed input of any kind yields null, never an exception.
/// </summary>
public sealed class SignedJwtReader(SigningKeyManager keys)
{
    private const int MaxLength = 8192;

    /// <summary>The payload of a correctly signed token of type <paramref name="type"/>, or null.</summary>
    public async Task<JsonElement?> ReadAsync(string tenantId, string jwt, string type, CancellationToken cancellationToken)
    {
        if (jwt.Length > MaxLength)
            return null;
        var parts = jwt.Split('.');
        if (parts.Length != 3 || !TryDecodeJson(parts[0], out var header) || !TryDecodeJson(parts[1], out var payload))
            return null;
        using (header)
        using (payload)
        {
            if (!header.RootElement.TryGetProperty("kid", out var kid) || kid.ValueKind != JsonValueKind.String
                || !header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String
                || header.RootElement.TryGetProperty("typ", out var typ) && typ.GetString() != type)
                return null;
            var key = await keys.FindPublishedAsync(tenantId, kid.GetString()!, cancellationToken);
            if (key is null || key.Algorithm != alg.GetString())
                return null;

            if (!TryDecode(parts[2], out var signature))
                return null;
            var signingInput = Encoding.ASCII.GetBytes(jwt[..(parts[0].Length + 1 + parts[1].Length)]);
            return key.Verify(signingInput, signature) ? payload.RootElement.Clone() : null;
        }
    }

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

    private static bool TryDecodeJson(string segment, out JsonDocument document)
    {
        document = null!;
        if (!TryDecode(segment, out var bytes))
            return false;
        try
        {
            document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

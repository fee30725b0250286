namespace Warden.Core.Security.PasswordHashFormats;

/// <summary>The base64 dialects the formats use; each decoder is strict about its alphabet and padding.</summary>
internal static class EncodedBytes
{
    /// <summary>PHC strings: base64 without padding, in the standard alphabet or the URL-safe one (Warden's own hashes).</summary>
    public static bool TryPhcBase64(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Contains('=') || (text.AsSpan().IndexOfAny('+', '/') >= 0 && text.AsSpan().IndexOfAny('-', '_') >= 0))
            return false;
        return TryStandard(Pad(text.Replace('-', '+').Replace('_', '/')), out bytes);
    }

    /// <summary>passlib's "adapted base64": the standard alphabet with '.' for '+', no padding.</summary>
    public static bool TryPasslibBase64(string text, out byte[] bytes)
    {
        bytes = [];
        return !text.AsSpan().ContainsAny("+=") && TryStandard(Pad(text.Replace('.', '+')), out bytes);
    }

    /// <summary>Standard base64 with its padding, as Java's and .NET's encoders write it.</summary>
    public static bool TryStandard(string text, out byte[] bytes)
    {
        bytes = [];
        if (text.Length == 0 || text.Length % 4 != 0 || text.AsSpan().ContainsAny(" \t\r\n"))
            return false;
        var buffer = new byte[text.Length / 4 * 3];
        if (!Convert.TryFromBase64String(text, buffer, out var written))
            return false;
        bytes = buffer[..written];
        return true;
    }

    private static string Pad(string text) => (text.Length % 4) switch
    {
        2 => text + "==",
        3 => text + "=",
        _ => text,
    };
}

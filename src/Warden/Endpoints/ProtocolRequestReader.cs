using Warden.Middleware;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Tenants;

namespace Warden.Endpoints;

/// <summary>What a protocol POST carried: its form parameters and client credentials, or why it cannot be used.</summary>
public sealed record ProtocolRequest(ProtocolParameters Form, ClientCredentialsInput Credentials, RequestContext Context);

/// <summary>
/// Reads the form-encoded body of the token, introspection and revocation endpoints (RFC 6749 §3.2): the right
/// content type, a bounded size, valid UTF-8, and an HTTP Basic header decoded per RFC 6749 §2.3.1.
/// </summary>
public static class ProtocolRequestReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The request, or null after answering it with the error that makes it unusable.</summary>
    public static async Task<ProtocolRequest?> ReadOrRejectAsync(HttpContext http)
    {
        var (request, error, challengeBasic) = await ReadAsync(http);
        if (error is not null)
            await OAuthErrorResponse.WriteAsync(http, error, challengeBasic);
        return request;
    }

    private static async Task<(ProtocolRequest? Request, OAuthError? Error, bool ChallengeBasic)> ReadAsync(HttpContext http)
    {
        var context = new RequestContext(http.TenantId(), http.Connection.RemoteIpAddress?.ToString());
        var (form, formError) = await ReadFormAsync(http);
        if (formError is not null)
            return (null, formError, false);

        string? basicId = null, basicSecret = null;
        if (http.Request.Headers.Authorization.Count > 0)
        {
            if (http.Request.Headers.Authorization.Count > 1 || !TryParseBasic(http.Request.Headers.Authorization[0]!, out basicId, out basicSecret))
                return (null, OAuthError.From(ErrorCatalog.Client.MalformedBasicHeader,
                    http.Request.Headers.Authorization.Count > 1 ? "several Authorization headers" : "not Basic, not base64, or no client id and secret"), true);
        }
        return (new ProtocolRequest(form!, ClientCredentialsInput.FromForm(form!, basicId, basicSecret), context), null, false);
    }

    /// <summary>
    /// A form-encoded body as protocol parameters, or why it cannot be one: the wrong content type, more than
    /// limits.max_body_bytes, or invalid UTF-8. Used by every protocol endpoint and page that accepts POST.
    /// </summary>
    public static async Task<(ProtocolParameters? Form, OAuthError? Error)> ReadFormAsync(HttpContext http)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return (null, OAuthError.From(ErrorCatalog.Request.WrongContentType));
        var body = await ReadBodyAsync(http);
        if (body is null)
            return (null, TooLarge(http));
        try
        {
            return (Parameters(QueryHelpers.ParseQuery(StrictUtf8.GetString(body))), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, OAuthError.From(ErrorCatalog.Request.InvalidUtf8));
        }
    }

    /// <summary>Query or form values as protocol parameters.</summary>
    public static ProtocolParameters Parameters(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> values) =>
        new(values.ToDictionary(pair => pair.Key, pair => pair.Value.Select(v => v ?? "").ToArray(), StringComparer.Ordinal));

    public static OAuthError TooLarge(HttpContext http) =>
        OAuthError.From(ErrorCatalog.Request.BodyTooLarge, arguments: [MaxBodyBytes(http).ToString(System.Globalization.CultureInfo.InvariantCulture)]);

    /// <summary>The request body, or null when it exceeds limits.max_body_bytes.</summary>
    public static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        var limit = MaxBodyBytes(http);
        if (http.Request.ContentLength is { } length)
        {
            if (length > limit)
                return null;
            // The common case: one exact buffer, no copying.
            var body = new byte[length];
            await http.Request.Body.ReadExactlyAsync(body, http.RequestAborted);
            return body;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static int MaxBodyBytes(HttpContext http) => http.RequestServices.GetRequiredService<Configuration.LimitOptions>().MaxBodyBytes;

    /// <summary>RFC 6749 §2.3.1: client id and secret are form-urlencoded before being joined with ':' and base64-encoded.</summary>
    private static bool TryParseBasic(string header, out string? clientId, out string? secret)
    {
        clientId = secret = null;
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
            return false;
        var encoded = header["Basic ".Length..].Trim();
        var bytes = new byte[encoded.Length];
        if (!Convert.TryFromBase64String(encoded, bytes, out var length))
            return false;
        string decoded;
        try
        {
            decoded = StrictUtf8.GetString(bytes, 0, length);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        var colon = decoded.IndexOf(':');
        if (colon <= 0)
            return false;
        clientId = FormDecode(decoded[..colon]);
        secret = FormDecode(decoded[(colon + 1)..]);
        return clientId.Length > 0 && secret.Length > 0;
    }

    private static string FormDecode(string value)
    {
        try
        {
            return Uri.UnescapeDataString(value.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return value;
        }
    }
}

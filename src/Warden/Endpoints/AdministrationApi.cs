using System.Text.Json;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Tokens;

namespace Warden.Endpoints;

/// <summary>The answers an administration API (<c>/api/users</c>, <c>/api/api-keys</c>) gives a caller it cannot serve, each with its own error codes.</summary>
public sealed record AdministrationErrors(
    ErrorDefinition TokenInvalid,
    ErrorDefinition ScopeMissing,
    ErrorDefinition UserToken,
    ErrorDefinition WrongContentType,
    ErrorDefinition MalformedJson);

/// <summary>
/// What the administration APIs share: the caller is a client with a client_credentials access token of the API's
/// reserved scope (and the scope still on the client), and a request body is one JSON object.
/// </summary>
public static class AdministrationApi
{
    /// <summary>
    /// The calling client's id, or null after answering with the RFC 6750 §3 challenge: a bare one without credentials,
    /// invalid_token for a token that is not active, insufficient_scope for a token without the scope (or whose client
    /// lost it since) and for a token issued to act for a user.
    /// </summary>
    public static async Task<string?> AuthorizeAsync(HttpContext http, string tenantId, string scope, AdministrationErrors errors,
        AccessTokenValidator tokens, ClientDirectory clients)
    {
        var header = http.Request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 6750 §3.1: a request without credentials gets a challenge without an error code.
            NoStore(http);
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"warden\", scope=\"" + scope + "\"";
            return null;
        }
        var token = await tokens.ValidateAsync(tenantId, value["Bearer ".Length..].Trim(), http.RequestAborted);
        if (token is null)
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(errors.TokenInvalid));
            return null;
        }
        if (!token.Scopes.Contains(scope, StringComparer.Ordinal))
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(errors.ScopeMissing, $"client {token.ClientId}"));
            return null;
        }
        // A client_credentials token's subject is its client; any other token acts for a person (or an API key's owner).
        if (!string.Equals(token.Subject, token.ClientId, StringComparison.Ordinal))
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(errors.UserToken, $"client {token.ClientId}"));
            return null;
        }
        // Taking the scope away from a client ends its power at once, not when its tokens expire.
        var client = await clients.FindAsync(tenantId, token.ClientId, http.RequestAborted);
        if (client is null || !client.Client.Scopes.Contains(scope, StringComparer.Ordinal))
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(errors.ScopeMissing, $"client {token.ClientId} is no longer allowed the scope"));
            return null;
        }
        return token.ClientId;
    }

    /// <summary>The body as a JSON object (the caller disposes it), or null after answering with what makes it unusable.</summary>
    public static async Task<JsonDocument?> ReadObjectAsync(HttpContext http, AdministrationErrors errors)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (mediaType is null || !(mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                                   || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(errors.WrongContentType));
            return null;
        }
        if (await ProtocolRequestReader.ReadBodyAsync(http) is not { } body)
        {
            await OAuthErrorResponse.WriteAsync(http, ProtocolRequestReader.TooLarge(http));
            return null;
        }
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException exception)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(errors.MalformedJson, exception.Message));
            return null;
        }
        if (document.RootElement.ValueKind == JsonValueKind.Object)
            return document;
        document.Dispose();
        await OAuthErrorResponse.WriteAsync(http, OAuthError.From(errors.MalformedJson, "not an object"));
        return null;
    }

    /// <summary>A value the caller sent, cut short and without control characters, for a message or the log.</summary>
    public static string Printable(string text) =>
        new((text.Length > 60 ? text[..60] : text).Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    /// <summary>Answers about users and keys are never cached.</summary>
    public static void NoStore(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
    }
}

using Warden.Middleware;
using System.Text.Json;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Registration;
using Warden.Core.Tenants;

namespace Warden.Endpoints;

/// <summary>
/// POST /register (RFC 7591) and GET, PUT, DELETE on /register/{client_id} (RFC 7592), with JSON bodies and bearer
/// tokens (initial access tokens, registration access tokens).
/// </summary>
public static class RegistrationEndpoints
{
    public static void MapRegistrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(OAuthServerOptions.RegistrationPath, async (HttpContext http, ClientRegistration registration) =>
        {
            if (await ReadJsonAsync(http) is not { } metadata)
                return;
            await WriteAsync(http, await registration.RegisterAsync(Context(http), Bearer(http), metadata, http.RequestAborted));
        });
        var client = OAuthServerOptions.RegistrationPath + "/{clientId}";
        endpoints.MapGet(client, async (HttpContext http, string clientId, ClientRegistration registration) =>
            await WriteAsync(http, await registration.ReadAsync(Context(http), clientId, Bearer(http), http.RequestAborted)));
        endpoints.MapPut(client, async (HttpContext http, string clientId, ClientRegistration registration) =>
        {
            if (await ReadJsonAsync(http) is not { } metadata)
                return;
            await WriteAsync(http, await registration.ReplaceAsync(Context(http), clientId, Bearer(http), metadata, http.RequestAborted));
        });
        endpoints.MapDelete(client, async (HttpContext http, string clientId, ClientRegistration registration) =>
            await WriteAsync(http, await registration.DeleteAsync(Context(http), clientId, Bearer(http), http.RequestAborted)));
    }

    private static RequestContext Context(HttpContext http) => new(http.TenantId(), http.Connection.RemoteIpAddress?.ToString());

    private static string? Bearer(HttpContext http)
    {
        var header = http.Request.Headers.Authorization;
        return header.Count == 1 && header[0] is { } value && value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? value["Bearer ".Length..].Trim()
            : null;
    }

    /// <summary>The JSON body, or null after answering with the error that makes it unusable.</summary>
    private static async Task<JsonElement?> ReadJsonAsync(HttpContext http)
    {
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Registration.WrongContentType));
            return null;
        }
        var body = await ProtocolRequestReader.ReadBodyAsync(http);
        if (body is null)
        {
            await OAuthErrorResponse.WriteAsync(http, ProtocolRequestReader.TooLarge(http));
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Registration.MalformedJson));
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext http, RegistrationResult result)
    {
        if (result.Error is { } error)
        {
            await (error.StatusCode == StatusCodes.Status401Unauthorized
                ? OAuthErrorResponse.WriteBearerChallengeAsync(http, error)
                : OAuthErrorResponse.WriteAsync(http, error));
            return;
        }
        http.Response.StatusCode = result.Status;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        if (result.Body is { } body)
            await JsonResponse.WriteAsync(http, json => body.WriteTo(json));
    }
}

using Warden.Middleware;
using Warden.Core.Protocol;
using Warden.Core.Tokens;

namespace Warden.Endpoints;

/// <summary>POST /introspect (RFC 7662).</summary>
public static class IntrospectionEndpoint
{
    public static void MapIntrospectionEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(OAuthServerOptions.IntrospectionPath, HandleAsync);

    private static async Task HandleAsync(HttpContext http, IntrospectionAndRevocationHandler handler)
    {
        if (await ProtocolRequestReader.ReadOrRejectAsync(http) is not { } request)
            return;

        var result = await handler.IntrospectAsync(request.Form, request.Credentials, request.Context, http.RequestAborted);
        if (result.Error is not null)
        {
            await OAuthErrorResponse.WriteAsync(http, result.Error, result.ChallengeBasic);
            return;
        }

        http.Response.Headers.CacheControl = "no-store";
        var token = result.Active;
        if (result.ApiKey is { } apiKey)
        {
            await JsonResponse.WriteAsync(http, json => WriteApiKey(json, apiKey, http.Tenant().Issuer));
            return;
        }
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteBoolean("active", token is not null);
            if (token is not null)
            {
                json.WriteString("token_type", "Bearer");
                json.WriteString("client_id", token.ClientId);
                json.WriteString("sub", token.Subject);
                if (token.Scopes.Count > 0)
                    json.WriteString("scope", string.Join(' ', token.Scopes));
                json.WriteStartArray("aud");
                foreach (var audience in token.Audiences)
                    json.WriteStringValue(audience);
                json.WriteEndArray();
                json.WriteString("iss", http.Tenant().Issuer);
                json.WriteNumber("exp", token.ExpiresAt.ToUnixTimeSeconds());
                json.WriteNumber("iat", token.IssuedAt.ToUnixTimeSeconds());
                json.WriteString("jti", token.JwtId);
            }
            json.WriteEndObject();
        });
    }

    /// <summary>An active API key, answered like a reference token: its owner as sub (and client_id for a client's key), its scopes and times.</summary>
    private static void WriteApiKey(System.Text.Json.Utf8JsonWriter json, Core.ApiKeys.ApiKey key, string issuer)
    {
        json.WriteStartObject();
        json.WriteBoolean("active", true);
        json.WriteString("token_type", "api_key");
        if (key.ClientId is not null)
            json.WriteString("client_id", key.ClientId);
        json.WriteString("sub", key.Subject);
        json.WriteString("scope", string.Join(' ', key.Scopes));
        json.WriteString("iss", issuer);
        if (key.ExpiresAt is { } expiresAt)
            json.WriteNumber("exp", expiresAt.ToUnixTimeSeconds());
        json.WriteNumber("iat", key.CreatedAt.ToUnixTimeSeconds());
        json.WriteString("api_key_id", key.PublicId);
        json.WriteEndObject();
    }
}

using Warden.Core.Protocol;

namespace Warden.Endpoints;

/// <summary>POST /token (RFC 6749 §3.2): the grants, with the responses and errors of §5.</summary>
public static class TokenEndpoint
{
    public static void MapTokenEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(OAuthServerOptions.TokenPath, HandleAsync);

    private static async Task HandleAsync(HttpContext http, TokenEndpointHandler handler)
    {
        if (await ProtocolRequestReader.ReadOrRejectAsync(http) is not { } request)
            return;

        var result = await handler.HandleAsync(request.Form, request.Credentials, request.Context, http.RequestAborted);
        if (result.Error is not null)
        {
            await OAuthErrorResponse.WriteAsync(http, result.Error, result.ChallengeBasic);
            return;
        }

        var response = result.Response!;
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.Pragma = "no-cache";
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("access_token", response.AccessToken);
            json.WriteString("token_type", response.TokenType);
            json.WriteNumber("expires_in", response.ExpiresIn);
            if (response.Scope is not null)
                json.WriteString("scope", response.Scope);
            if (response.RefreshToken is not null)
                json.WriteString("refresh_token", response.RefreshToken);
            if (response.IdToken is not null)
                json.WriteString("id_token", response.IdToken);
            if (response.IssuedTokenType is not null)
                json.WriteString("issued_token_type", response.IssuedTokenType);
            json.WriteEndObject();
        });
    }
}

using Warden.Core.Protocol;
using Warden.Core.Tokens;

namespace Warden.Endpoints;

/// <summary>POST /revoke (RFC 7009): 200 with an empty body for revoked and for unknown tokens alike.</summary>
public static class RevocationEndpoint
{
    public static void MapRevocationEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(OAuthServerOptions.RevocationPath, HandleAsync);

    private static async Task HandleAsync(HttpContext http, IntrospectionAndRevocationHandler handler)
    {
        if (await ProtocolRequestReader.ReadOrRejectAsync(http) is not { } request)
            return;

        var (error, challengeBasic) = await handler.RevokeAsync(request.Form, request.Credentials, request.Context, http.RequestAborted);
        if (error is not null)
        {
            await OAuthErrorResponse.WriteAsync(http, error, challengeBasic);
            return;
        }
        http.Response.Headers.CacheControl = "no-store";
        http.Response.StatusCode = StatusCodes.Status200OK;
    }
}

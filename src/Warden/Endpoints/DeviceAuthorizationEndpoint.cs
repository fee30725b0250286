using Warden.Core.Devices;
using Warden.Core.Protocol;

namespace Warden.Endpoints;

/// <summary>POST /device_authorization (RFC 8628 §3.1–3.2).</summary>
public static class DeviceAuthorizationEndpoint
{
    public static void MapDeviceAuthorizationEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(OAuthServerOptions.DeviceAuthorizationPath, HandleAsync);

    private static async Task HandleAsync(HttpContext http, DeviceAuthorizationHandler handler)
    {
        if (await ProtocolRequestReader.ReadOrRejectAsync(http) is not { } request)
            return;

        var (response, error, challengeBasic) = await handler.HandleAsync(request.Form, request.Credentials, request.Context, http.RequestAborted);
        if (error is not null)
        {
            await OAuthErrorResponse.WriteAsync(http, error, challengeBasic);
            return;
        }

        http.Response.Headers.CacheControl = "no-store";
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("device_code", response!.DeviceCode);
            json.WriteString("user_code", response.UserCode);
            json.WriteString("verification_uri", response.VerificationUri);
            json.WriteString("verification_uri_complete", response.VerificationUriComplete);
            json.WriteNumber("expires_in", response.ExpiresIn);
            json.WriteNumber("interval", response.Interval);
            json.WriteEndObject();
        });
    }
}

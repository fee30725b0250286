using Warden.Core.Errors;

namespace Warden.Endpoints;

/// <summary>The one serializer of protocol errors: RFC 6749 §5.2 JSON, never cached.</summary>
public static class OAuthErrorResponse
{
    public static async Task WriteAsync(HttpContext context, OAuthError error)
    {
        context.Response.StatusCode = error.StatusCode;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteString("error", error.Error);
            if (error.Description is not null)
                json.WriteString("error_description", error.Description);
            json.WriteEndObject();
        });
    }
}

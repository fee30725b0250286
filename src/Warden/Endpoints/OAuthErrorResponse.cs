using Warden.Core.Errors;

namespace Warden.Endpoints;

/// <summary>The one serializer of protocol errors: RFC 6749 §5.2 JSON, never cached.</summary>
public static class OAuthErrorResponse
{
    /// <param name="challengeBasic">The client tried HTTP Basic: a 401 then carries the challenge RFC 6749 §5.2 asks for.</param>
    public static async Task WriteAsync(HttpContext context, OAuthError error, bool challengeBasic = false)
    {
        context.Response.StatusCode = error.StatusCode;
        if (challengeBasic && error.StatusCode == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"warden\", charset=\"UTF-8\"";
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

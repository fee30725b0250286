using Warden.Core.Errors;
using Warden.Core.Protocol;

namespace Warden.Endpoints;

/// <summary>
/// The one serializer of protocol errors: RFC 6749 §5.2 JSON with the <c>error_id</c> extension member, never cached,
/// and logged with its private detail (<see cref="RefusalLog"/>).
/// </summary>
public static class OAuthErrorResponse
{
    /// <param name="challengeBasic">The client tried HTTP Basic: a 401 then carries the challenge RFC 6749 §5.2 asks for.</param>
    public static Task WriteAsync(HttpContext context, OAuthError error, bool challengeBasic = false)
    {
        if (challengeBasic && error.StatusCode == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"warden\", charset=\"UTF-8\"";
        return WriteBodyAsync(context, error);
    }

    /// <summary>An RFC 6750 §3 bearer token error: the challenge names the error and its description, the body is the same JSON.</summary>
    public static Task WriteBearerChallengeAsync(HttpContext context, OAuthError error)
    {
        context.Response.Headers.WWWAuthenticate =
            $"Bearer realm=\"warden\", error=\"{error.Error}\", error_description=\"{error.Description.Replace("\"", "'", StringComparison.Ordinal)}\"";
        return WriteBodyAsync(context, error);
    }

    private static async Task WriteBodyAsync(HttpContext context, OAuthError error)
    {
        RefusalLog.Write(context, error);
        context.Response.StatusCode = error.StatusCode;
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";
        await JsonResponse.WriteAsync(context, json =>
        {
            json.WriteStartObject();
            json.WriteString(OAuthNames.ResponseParameters.Error, error.Error);
            json.WriteString(OAuthNames.ResponseParameters.ErrorDescription, error.Description);
            json.WriteString(OAuthNames.ResponseParameters.ErrorId, error.Id);
            json.WriteEndObject();
        });
    }
}

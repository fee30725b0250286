using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Tenants;

namespace Warden.Middleware;

/// <summary>
/// Cross-origin access for browser-based apps. The token, UserInfo and revocation endpoints answer (preflight
/// included) exactly the origins of registered redirect URIs; discovery and the JWKS are public and answer any
/// origin. Nothing else, the authorization endpoint and the pages included, ever sends CORS headers. No credentials
/// (cookies) are allowed cross-origin.
/// </summary>
public sealed class CorsMiddleware(RequestDelegate next, CorsOrigins origins)
{
    private static readonly Dictionary<string, string> ApiMethods = new(StringComparer.OrdinalIgnoreCase)
    {
        [OAuthServerOptions.TokenPath] = "POST",
        [OAuthServerOptions.RevocationPath] = "POST",
        [OAuthServerOptions.UserInfoPath] = "GET, POST",
    };

    private static readonly HashSet<string> PublicPaths = new(StringComparer.OrdinalIgnoreCase)
    {
        OAuthServerOptions.JwksPath, "/.well-known/openid-configuration", "/.well-known/oauth-authorization-server",
    };

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0)
        {
            await next(context);
            return;
        }

        if (PublicPaths.Contains(path))
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
        }
        else if (ApiMethods.TryGetValue(path, out var methods) && await origins.IsAllowedAsync(context.TenantId(), origin, context.RequestAborted))
        {
            context.Response.Headers.AccessControlAllowOrigin = origin;
            context.Response.Headers.Vary = "Origin";
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                context.Response.Headers.AccessControlAllowMethods = methods;
                context.Response.Headers.AccessControlAllowHeaders = "Authorization, Content-Type";
                context.Response.Headers.AccessControlMaxAge = "600";
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            }
        }
        await next(context);
    }
}

using System.Globalization;
using Warden.Configuration;
using Warden.Core.Caching;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Endpoints;

namespace Warden.Middleware;

/// <summary>
/// Per-address rate limits of the token, authorization, device and user-administration endpoints (limits.*_per_minute): a fixed one-minute
/// window counted in the cache store, so instances sharing Redis share the counts. Past the limit the answer is 429
/// with Retry-After, as an RFC 6749 error object for the JSON endpoints and as text for the pages. Registration has
/// its own hourly limit (registration.rate_limit), and sign-in its own limits per address and account (SignInService).
/// A limit belongs to the endpoint that handles the request, found after routing, not to the raw path: /token/,
/// /TOKEN and /Token/ reach the token endpoint, so they count against its limit. The address is the client's as
/// forwarded by a trusted proxy (server.trusted_proxies), else the connection's.
/// </summary>
public sealed class RateLimitMiddleware(RequestDelegate next, LimitOptions limits, ICacheStore cache)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, (string Group, int Limit, bool Json)> _limits = new Dictionary<string, (string, int, bool)>
    {
        [OAuthServerOptions.TokenPath] = ("token", limits.TokenPerMinute, true),
        [OAuthServerOptions.AuthorizationPath] = ("authorize", limits.AuthorizePerMinute, false),
        [OAuthServerOptions.DeviceAuthorizationPath] = ("device", limits.DevicePerMinute, true),
        [OAuthServerOptions.DeviceVerificationPath] = ("device", limits.DevicePerMinute, false),
    }.Concat(PasskeyEndpoints.Routes.Select(route => KeyValuePair.Create(route, ("login", limits.LoginPerMinute, true))))
    .Concat(UserAdministrationEndpoints.Routes.Select(route => KeyValuePair.Create(route, ("user_api", limits.UserApiPerMinute, true))))
    .Concat(ApiKeyEndpoints.Routes.Select(route => KeyValuePair.Create(route, ("user_api", limits.UserApiPerMinute, true))))
    .Where(pair => pair.Value.Item2 > 0).ToDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The route template of the endpoint routing matched, as "/token"; null when no route endpoint matched.</summary>
    private static string? RoutePath(HttpContext context) =>
        context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } template } ? "/" + template.Trim('/') : null;

    public async Task InvokeAsync(HttpContext context)
    {
        if (_limits.Count == 0 || RoutePath(context) is not { } route || !_limits.TryGetValue(route, out var limit))
        {
            await next(context);
            return;
        }
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await cache.IncrementAsync($"rate:{context.TenantId()}:{limit.Group}:{address}", Window, context.RequestAborted) <= limit.Limit)
        {
            await next(context);
            return;
        }

        context.Response.Headers.RetryAfter = "60";
        var error = OAuthError.From(ErrorCatalog.Server.RateLimited, $"{limit.Group} limit", [limit.Limit.ToString(CultureInfo.InvariantCulture)]);
        if (limit.Json)
        {
            await OAuthErrorResponse.WriteAsync(context, error);
            return;
        }
        RefusalLog.Write(context, error);
        context.Response.StatusCode = error.StatusCode;
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("Too many requests from this address. Wait a minute and try again.", context.RequestAborted);
    }
}

using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Middleware;

namespace Warden.Sessions;

/// <summary>
/// The session cookie: HttpOnly, SameSite=Lax, Path=/, carrying only the random session id. With an https issuer (TLS
/// usually ends at a proxy in front of Warden) it is Secure and named with the <c>__Host-</c> prefix, which browsers
/// accept only when Secure, for Path=/ and without Domain, so no sibling subdomain can set or shadow it. With an http
/// issuer (development) it keeps the plain name; switching the issuer to https therefore signs everybody out once.
/// A path-form tenant's cookie is its own: named warden_session-{tenant} (<c>__Secure-</c> with https, since
/// <c>__Host-</c> requires Path=/) with Path=/t/{tenant}, so that neither the default tenant nor another one is sent it.
/// A host-form tenant's cookie is host-only on the tenant's host.
/// </summary>
public static class SessionCookie
{
    public const string Name = "warden_session";
    public const string HostName = "__Host-" + Name;

    public static string? Read(HttpContext http) => http.Request.Cookies[NameFor(http)];

    public static void Set(HttpContext http, string sessionId, TimeSpan lifetime) =>
        http.Response.Cookies.Append(NameFor(http), sessionId, Options(http, lifetime));

    public static void Clear(HttpContext http) => http.Response.Cookies.Delete(NameFor(http), Options(http, null));

    private static CookieOptions Options(HttpContext http, TimeSpan? lifetime) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps || IsHttpsIssuer(http),
        Path = IsPathTenant(http) ? http.Request.PathBase.Value : "/",
        MaxAge = lifetime,
        IsEssential = true,
    };

    private static string NameFor(HttpContext http) => IsPathTenant(http)
        ? (IsHttpsIssuer(http) ? "__Secure-" : "") + Name + "-" + http.TenantId()
        : IsHttpsIssuer(http) ? HostName : Name;

    private static bool IsPathTenant(HttpContext http) => http.Tenant().Tenant is { IsDefault: false, Addressing: TenantAddressing.Path };

    private static bool IsHttpsIssuer(HttpContext http) =>
        http.RequestServices.GetRequiredService<OAuthServerOptions>().Issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}

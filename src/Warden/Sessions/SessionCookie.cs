namespace Warden.Sessions;

/// <summary>
/// The session cookie: HttpOnly, SameSite=Lax, carrying only the random session id; Secure whenever the request
/// came over https or the issuer is an https URL (TLS usually ends at a proxy in front of Warden).
/// </summary>
public static class SessionCookie
{
    public const string Name = "warden_session";

    public static string? Read(HttpContext http) => http.Request.Cookies[Name];

    public static void Set(HttpContext http, string sessionId, TimeSpan lifetime, string issuer) =>
        http.Response.Cookies.Append(Name, sessionId, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps || issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
            Path = "/",
            MaxAge = lifetime,
            IsEssential = true,
        });

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(Name, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, Path = "/" });
}

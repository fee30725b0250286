namespace Warden.Hosting;

/// <summary>The session cookie: HttpOnly, SameSite=Lax, Secure over https, carrying only the random session id.</summary>
public static class SessionCookie
{
    public const string Name = "warden_session";

    public static string? Read(HttpContext http) => http.Request.Cookies[Name];

    public static void Set(HttpContext http, string sessionId, TimeSpan lifetime) =>
        http.Response.Cookies.Append(Name, sessionId, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            Path = "/",
            MaxAge = lifetime,
            IsEssential = true,
        });

    public static void Clear(HttpContext http) =>
        http.Response.Cookies.Delete(Name, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = http.Request.IsHttps, Path = "/" });
}

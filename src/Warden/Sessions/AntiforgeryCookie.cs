using Microsoft.AspNetCore.Antiforgery;

namespace Warden.Sessions;

/// <summary>
/// The anti-forgery cookie of the forms. With an https issuer it is Secure and named <c>__Host-warden_antiforgery</c>
/// (Path=/, no Domain), so a sibling subdomain cannot plant one. Secure is set on the cookie itself rather than through
/// <c>CookieSecurePolicy.Always</c>, which would refuse every form request that reaches Warden over plain http from a
/// TLS-terminating proxy that is not configured as trusted.
/// </summary>
public static class AntiforgeryCookie
{
    public const string HostName = "__Host-warden_antiforgery";

    public static void Configure(AntiforgeryOptions options, bool httpsIssuer)
    {
        if (!httpsIssuer)
            return;
        options.Cookie = new SecureCookieBuilder
        {
            Name = HostName,
            Path = "/",
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            SecurePolicy = CookieSecurePolicy.None,
        };
    }

    private sealed class SecureCookieBuilder : CookieBuilder
    {
        public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
        {
            var cookie = base.Build(context, expiresFrom);
            cookie.Secure = true;
            return cookie;
        }
    }
}

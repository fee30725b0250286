namespace Warden.Middleware;

/// <summary>
/// Headers for every response, and for HTML pages a strict content security policy (no scripts but this server's own
/// on the pages that offer passkeys, never inline ones; no framing, forms
/// only to this server, stylesheets only from it, images from it or https such as a client's registered logo) and no caching, since they show who is signed in. With an https issuer every response also
/// carries HSTS (one year, this host only): the issuer says the public address is https even when TLS ends at a proxy
/// and the request reached Warden over http, and browsers ignore the header on a plain http response anyway.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, Core.Protocol.OAuthServerOptions server)
{
    /// <summary>One year, without includeSubDomains: other sites under the same domain may still need plain http.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    private readonly bool _httpsIssuer = server.Issuer.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private const string FormTargetKey = "warden.form-target";
    private const string ScriptsKey = "warden.scripts";

    /// <summary>
    /// Lets this page run scripts from this server and fetch from it (<c>script-src 'self'; connect-src 'self'</c>): only the
    /// pages that offer passkeys, whose WebAuthn calls need a script. Still no inline script.
    /// </summary>
    public static void AllowOwnScripts(HttpContext context) => context.Items[ScriptsKey] = true;

    /// <summary>
    /// Lets this page's form lead to <paramref name="uri"/>'s origin: browsers apply form-action to every redirect that
    /// follows a form submission, and a sign-in or consent form ends with a redirect to the client.
    /// </summary>
    public static void AllowFormTarget(HttpContext context, string uri) => context.Items[FormTargetKey] = SourceFor(uri);

    /// <summary>The CSP source expression matching <paramref name="uri"/>: its origin, or its scheme for a native app's private-use scheme.</summary>
    public static string SourceFor(string uri) =>
        !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) ? "'none'"
        : parsed.Scheme is "http" or "https" ? parsed.GetLeftPart(UriPartial.Authority)
        : parsed.Scheme + ":";

    /// <summary>For a page that sets its own policy (the form_post response); the middleware then leaves it alone.</summary>
    public static void UseOwnPolicy(HttpContext context, string policy) => context.Response.Headers.ContentSecurityPolicy = policy;

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (_httpsIssuer)
                headers.StrictTransportSecurity = StrictTransportSecurity;
            if (context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true)
            {
                if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
                {
                    var formTargets = context.Items[FormTargetKey] is string target ? "'self' " + target : "'self'";
                    var scripts = context.Items.ContainsKey(ScriptsKey) ? " script-src 'self'; connect-src 'self';" : "";
                    headers.ContentSecurityPolicy =
                        $"default-src 'none';{scripts} style-src 'self'; img-src 'self' https:; form-action {formTargets}; frame-ancestors 'none'; base-uri 'none'";
                }
                headers.XFrameOptions = "DENY";
                headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }
}

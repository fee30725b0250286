using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc;
using Warden.Core.Authorization;
using Warden.Middleware;

namespace Warden.Pages;

/// <summary>
/// Sends an authorization response to the client: a 302 with the parameters in the query, or for
/// response_mode=form_post an HTML form that posts them to the redirect URI (auto-submitted by a script whose hash is
/// the only one the page's policy allows, with a button for browsers without JavaScript).
/// </summary>
public sealed class AuthorizationResponseResult(AuthorizationResponse response) : IActionResult
{
    private const string AutoSubmit = "document.forms[0].submit();";

    private static readonly string AutoSubmitHash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(AutoSubmit)));

    public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext);

    public async Task WriteAsync(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (response.Mode == ResponseMode.Query)
        {
            http.Response.StatusCode = StatusCodes.Status302Found;
            http.Response.Headers.Location = response.ToQueryRedirect();
            return;
        }

        var html = HtmlEncoder.Default;
        var page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Continue · Warden</title></head><body>")
            .Append("<form method=\"post\" action=\"").Append(html.Encode(response.RedirectUri)).Append("\">");
        foreach (var (name, value) in response.Parameters)
            page.Append("<input type=\"hidden\" name=\"").Append(html.Encode(name)).Append("\" value=\"").Append(html.Encode(value)).Append("\">");
        page.Append("<noscript><button type=\"submit\">Continue</button></noscript></form><script>").Append(AutoSubmit)
            .Append("</script></body></html>");

        SecurityHeadersMiddleware.UseOwnPolicy(http, $"default-src 'none'; script-src 'sha256-{AutoSubmitHash}'; " +
            $"form-action {SecurityHeadersMiddleware.SourceFor(response.RedirectUri)}; frame-ancestors 'none'; base-uri 'none'");
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(page.ToString(), http.RequestAborted);
    }
}

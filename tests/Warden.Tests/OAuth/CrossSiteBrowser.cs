using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Xunit;

namespace Warden.Tests.OAuth;

/// <summary>
/// A browser without JavaScript that goes between sites (a relying party and Warden) as a person's browser does:
/// one cookie jar, redirects followed by hand, optionally trusting one self-signed certificate (an https application).
/// </summary>
public sealed class CrossSiteBrowser(X509Certificate2? trusted = null) : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler
    {
        CookieContainer = new CookieContainer(), AllowAutoRedirect = false,
        ServerCertificateCustomValidationCallback = (_, certificate, _, errors) =>
            errors == System.Net.Security.SslPolicyErrors.None || (trusted is not null && certificate?.Thumbprint == trusted.Thumbprint),
    });

    public Task<HttpResponseMessage> GetAsync(Uri url) => _http.GetAsync(url);

    /// <summary>
    /// Follows Warden's redirects from an authorization request to the sign-in page, signs the person in, allows the
    /// consent, and returns Warden's answer for the application (a redirect, or the form_post page).
    /// </summary>
    public async Task<HttpResponseMessage> SignInAndConsentAsync(Uri authorizeUrl, string username = "alice",
        string password = AuthorizationCodeFixture.Password)
    {
        var login = await FollowAsync(await _http.GetAsync(authorizeUrl));
        var loginUrl = login.RequestMessage!.RequestUri!;
        Assert.True(loginUrl.AbsolutePath == "/login", $"expected the sign-in page, got {loginUrl} ({login.StatusCode})");
        var consent = await FollowAsync(await PostAsync(loginUrl, [
            new("username", username), new("password", password),
            new("__RequestVerificationToken", Browser.TokenOf(await login.Content.ReadAsStringAsync())), new("returnUrl", ReturnUrl(loginUrl)),
        ]));
        var consentUrl = consent.RequestMessage!.RequestUri!;
        Assert.True(consentUrl.AbsolutePath == "/consent", $"expected the consent page, got {consentUrl} ({consent.StatusCode})");
        return await PostAsync(consentUrl, [new("decision", "allow"), new("__RequestVerificationToken", Browser.TokenOf(await consent.Content.ReadAsStringAsync()))]);
    }

    /// <summary>Posts the page's first form with its hidden fields, as the form_post page's script does.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string html)
    {
        var action = WebUtility.HtmlDecode(Regex.Match(html, "<form method=\"post\" action=\"([^\"]+)\"").Groups[1].Value);
        var fields = Regex.Matches(html, "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")
            .Select(match => new KeyValuePair<string, string>(WebUtility.HtmlDecode(match.Groups[1].Value), WebUtility.HtmlDecode(match.Groups[2].Value)));
        return await _http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    private Task<HttpResponseMessage> PostAsync(Uri page, IEnumerable<KeyValuePair<string, string>> form) =>
        _http.PostAsync(page, new FormUrlEncodedContent(form));

    /// <summary>Follows redirects while they stay on the site that sent them.</summary>
    private async Task<HttpResponseMessage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; hops < 10 && response.StatusCode == HttpStatusCode.Found; hops++)
        {
            var from = response.RequestMessage!.RequestUri!;
            var next = new Uri(from, response.Headers.Location!);
            if (next.Authority != from.Authority)
                return response;
            response = await _http.GetAsync(next);
        }
        return response;
    }

    private static string ReturnUrl(Uri page) =>
        Regex.Match(page.Query, "returnUrl=([^&]+)").Groups[1].Value is { Length: > 0 } url ? Uri.UnescapeDataString(url) : "/login";

    public void Dispose() => _http.Dispose();
}

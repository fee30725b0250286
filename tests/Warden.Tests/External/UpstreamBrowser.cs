using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Xunit;

namespace Warden.Tests.External;

/// <summary>
/// A browser without JavaScript that goes between the downstream Warden, the upstream provider and the application:
/// one cookie jar, every redirect between the two servers followed, stopping at the application (<c>https://app.example</c>)
/// or at a page. On the upstream's sign-in page it signs in as the person given.
/// </summary>
public sealed class UpstreamBrowser : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    public Task<HttpResponseMessage> GetAsync(string url) => _http.GetAsync(url);

    /// <summary>Follows redirects from <paramref name="url"/> while they stay on loopback; signs in at the first sign-in page of <paramref name="upstreamIssuer"/>.</summary>
    public async Task<HttpResponseMessage> FollowAsync(string url, string? upstreamIssuer = null, string? username = null)
    {
        var response = await _http.GetAsync(url);
        for (var hops = 0; hops < 20; hops++)
        {
            var at = response.RequestMessage!.RequestUri!;
            if (response.StatusCode == HttpStatusCode.OK && upstreamIssuer is not null && username is not null && at.AbsolutePath == "/login"
                && at.GetLeftPart(UriPartial.Authority) == upstreamIssuer)
            {
                response = await PostFormAsync(at, await response.Content.ReadAsStringAsync(),
                    [new("username", username), new("password", OAuth.AuthorizationCodeFixture.Password), new("returnUrl", ReturnUrl(at))]);
                username = null;
                continue;
            }
            // The callback's page goes on with a refresh (Refresh: 0;url=…), as a browser follows it.
            var refresh = response.StatusCode == HttpStatusCode.OK && response.Headers.TryGetValues("Refresh", out var values)
                ? Regex.Match(values.First(), "^0;url=(.+)$").Groups[1].Value : "";
            if (response.StatusCode != HttpStatusCode.Found && refresh.Length == 0)
                return response;
            var next = new Uri(at, refresh.Length > 0 ? refresh : response.Headers.Location!.ToString());
            if (next.Host is not ("127.0.0.1" or "localhost"))
                return response;
            response = await _http.GetAsync(next);
        }
        throw new InvalidOperationException("too many redirects");
    }

    /// <summary>Posts the first form of <paramref name="html"/> (with its anti-forgery token) to <paramref name="page"/>.</summary>
    public Task<HttpResponseMessage> PostFormAsync(Uri page, string html, IEnumerable<KeyValuePair<string, string>> fields, string? handler = null) =>
        _http.PostAsync(handler is null ? page : new Uri(page, "?handler=" + handler),
            new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", Browser.TokenOf(html))]));

    /// <summary>The application's callback parameters from the redirect that left the servers.</summary>
    public static Dictionary<string, string> Callback(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(OAuth.AuthorizationCodeFixture.RedirectUri + "?", location);
        return QueryHelpers.ParseQuery(new Uri(location).Query).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
    }

    private static string ReturnUrl(Uri page) =>
        Regex.Match(page.Query, "returnUrl=([^&]+)").Groups[1].Value is { Length: > 0 } url ? Uri.UnescapeDataString(url) : "/login";

    public void Dispose() => _http.Dispose();
}

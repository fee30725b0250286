using System.Net;
using System.Text.RegularExpressions;

namespace Warden.Tests;

/// <summary>
/// The sign-in form loaded once and posted many times with its anti-forgery token and cookie carried by hand: for
/// parallel posts, for forwarded headers, and for Secure cookies that a cookie jar would not send over plain http.
/// </summary>
public sealed class LoginForm
{
    private readonly HttpClient _http;
    private readonly string _token;
    private readonly string _cookieHeader;

    private LoginForm(HttpClient http, string token, string cookieHeader, HttpResponseMessage page)
    {
        _http = http;
        _token = token;
        _cookieHeader = cookieHeader;
        Page = page;
    }

    /// <summary>The response that rendered the form (its Set-Cookie headers show how the anti-forgery cookie is made).</summary>
    public HttpResponseMessage Page { get; }

    /// <summary>Loads /login through <paramref name="http"/>, which must not keep cookies itself (<c>UseCookies = false</c>).</summary>
    public static async Task<LoginForm> LoadAsync(HttpClient http)
    {
        var page = await http.GetAsync("/login");
        var html = await page.Content.ReadAsStringAsync();
        var cookies = page.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(value => value.Split(';')[0]) : [];
        return new LoginForm(http, Browser.TokenOf(html), string.Join("; ", cookies), page);
    }

    /// <summary>A client for <paramref name="warden"/> that keeps no cookies and follows no redirects.</summary>
    public static HttpClient CookielessClient(RunningWarden warden) =>
        new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = warden.Client.BaseAddress };

    public async Task<HttpResponseMessage> PostAsync(string username, string password, IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/login")
        {
            Content = new FormUrlEncodedContent([
                new("username", username), new("password", password), new("__RequestVerificationToken", _token), new("returnUrl", "/login"),
            ]),
        };
        request.Headers.Add("Cookie", _cookieHeader);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            request.Headers.TryAddWithoutValidation(name, value);
        var response = await _http.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    /// <summary>Whether a response is the form again with the generic failure message (a refused password).</summary>
    public static async Task<bool> IsRefusedPasswordAsync(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.OK && (await response.Content.ReadAsStringAsync()).Contains("Invalid username or password.");

    /// <summary>The value of the cookie <paramref name="name"/> in a response's Set-Cookie headers, or null.</summary>
    public static string? SetCookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var values)
            ? values.FirstOrDefault(value => value.StartsWith(name + "=", StringComparison.Ordinal))
            : null;

    /// <summary>The session id a Set-Cookie header carries.</summary>
    public static string CookieValue(string setCookie) => Regex.Match(setCookie, "^[^=]+=([^;]*)").Groups[1].Value;
}

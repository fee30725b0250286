using System.Net;
using System.Text.RegularExpressions;

namespace Warden.Tests;

/// <summary>
/// A browser without JavaScript: a cookie jar, forms posted with their anti-forgery token, no automatic redirects.
/// </summary>
public sealed class Browser(RunningWarden warden) : IDisposable
{
    private readonly HttpClientHandler _handler = new() { CookieContainer = new CookieContainer(), AllowAutoRedirect = false };
    private HttpClient? _http;

    private HttpClient _client => _http ??= new HttpClient(_handler) { BaseAddress = warden.Client.BaseAddress };

    public CookieContainer Cookies => _handler.CookieContainer;

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    /// <summary>Loads the form, then posts it with its anti-forgery token, as a browser does.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string username, string password, string path = "/login")
    {
        var token = TokenOf(await (await _client.GetAsync(path)).Content.ReadAsStringAsync());
        return await _client.PostAsync(path, new FormUrlEncodedContent([
            new("username", username), new("password", password), new("__RequestVerificationToken", token),
            new("returnUrl", Regex.Match(path, "returnUrl=([^&]+)").Groups[1].Value is { Length: > 0 } url ? Uri.UnescapeDataString(url) : "/login"),
        ]));
    }

    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var token = TokenOf(await (await _client.GetAsync("/logout")).Content.ReadAsStringAsync());
        return await _client.PostAsync("/logout", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
    }

    public async Task<string?> SignedInAsAsync()
    {
        var html = await (await _client.GetAsync("/login")).Content.ReadAsStringAsync();
        var match = Regex.Match(html, "Signed in as <strong>([^<]+)</strong>");
        return match.Success ? match.Groups[1].Value : null;
    }

    public HttpClient Raw => _client;

    public void Dispose() => _client.Dispose();

    /// <summary>The anti-forgery token of the first form on a page.</summary>
    public static string TokenOf(string html) =>
        Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
}

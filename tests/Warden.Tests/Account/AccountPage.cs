using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace Warden.Tests.Account;

/// <summary>Drives /account as a browser without JavaScript: loads the page, posts one of its forms with the anti-forgery token.</summary>
public static class AccountPage
{
    public const string Firefox = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
    public const string ChromeOnAndroid =
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";
    public const string SafariOnIPhone =
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

    /// <summary>A browser that says it is <paramref name="userAgent"/>, signed in as <paramref name="username"/>.</summary>
    public static async Task<Browser> SignedInAsync(RunningWarden warden, string userAgent, string username = "alice",
        string password = OAuth.AuthorizationCodeFixture.Password)
    {
        var browser = new Browser(warden);
        browser.Raw.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        var signIn = await browser.SignInAsync(username, password);
        Assert.Equal(HttpStatusCode.Found, signIn.StatusCode);
        return browser;
    }

    /// <summary>
    /// The account page's HTML with character references decoded (Razor writes non-ASCII text such as German or the
    /// narrow space of English times as references); asserts it answered 200.
    /// </summary>
    public static async Task<string> HtmlAsync(this Browser browser, string path = "/account")
    {
        var response = await browser.GetAsync(path);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>Posts the form of <paramref name="handler"/> with <paramref name="fields"/> and the page's anti-forgery token.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this Browser browser, string handler, params (string Name, string Value)[] fields)
    {
        var token = Browser.TokenOf(await (await browser.GetAsync("/account")).Content.ReadAsStringAsync());
        Assert.NotEmpty(token);
        return await browser.Raw.PostAsync("/account?handler=" + handler,
            new FormUrlEncodedContent([.. fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)), new("__RequestVerificationToken", token)]));
    }

    /// <summary>Asserts a success: the redirect back to the page with its notice.</summary>
    public static void AssertCompleted(HttpResponseMessage response, string notice)
    {
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account?done=" + notice, response.Headers.Location!.ToString());
    }

    /// <summary>The public ids (<c>data-sid</c>) of the listed sessions, in page order.</summary>
    public static IReadOnlyList<string> SessionIds(string html) =>
        [.. Regex.Matches(html, "<li class=\"item\" data-sid=\"([^\"]+)\"").Select(match => match.Groups[1].Value)];

    /// <summary>The listed session items' HTML, in page order.</summary>
    public static IReadOnlyList<string> SessionItems(string html) =>
        [.. Regex.Matches(html, "<li class=\"item\" data-sid=\"[^\"]+\">(.*?)</li>", RegexOptions.Singleline).Select(match => match.Groups[1].Value)];

    /// <summary>The text of the field error paragraph of <paramref name="field"/>, or null.</summary>
    public static string? FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<p class=\"field-error\" id=\"{field}-error\">([^<]*)</p>");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}

using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Warden.Configuration;
using Warden.Core.Audit;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Email;
using Xunit;

namespace Warden.Tests.SelfService;

/// <summary>Servers with sign-up and password reset sending to a <see cref="TestSmtpServer"/>, and the forms of those pages.</summary>
public static class SelfServiceFixture
{
    public const string NewPassword = "a fresh new passphrase";
    public const string From = "login@warden.test";

    /// <summary>Plain SMTP to the test server on loopback, sign-up open.</summary>
    public static WardenOptions WithEmail(WardenOptions options, int smtpPort) => options with
    {
        Email = new SmtpOptions("127.0.0.1", smtpPort, SmtpTls.None, null, null, From, "Warden Test") { Timeout = TimeSpan.FromSeconds(5) },
        SignUp = options.SignUp with { Policy = Core.Users.SignUpPolicy.Open },
    };

    /// <summary>Loads the form at <paramref name="path"/> and posts the fields with its anti-forgery token, as a browser does.</summary>
    public static Task<(HttpResponseMessage Response, string Html)> SubmitAsync(this Browser browser, string path,
        params (string Name, string Value)[] fields) =>
        browser.SubmitAsync(path, path, fields);

    /// <summary>
    /// Posts to <paramref name="path"/> with the anti-forgery token of the form at <paramref name="formPath"/> (the token
    /// belongs to the browser, not the page): for a post the page would no longer offer, such as a used link's.
    /// </summary>
    public static async Task<(HttpResponseMessage Response, string Html)> SubmitAsync(this Browser browser, string path, string formPath,
        params (string Name, string Value)[] fields)
    {
        var form = await browser.GetAsync(formPath);
        var token = Browser.TokenOf(await form.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(token), $"no form at {formPath} ({(int)form.StatusCode})");
        var response = await browser.Raw.PostAsync(path, new FormUrlEncodedContent(
            fields.Select(field => new KeyValuePair<string, string>(field.Name, field.Value)).Append(new("__RequestVerificationToken", token))));
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static Task<(HttpResponseMessage Response, string Html)> SignUpAsync(this Browser browser, string email, string name = "Ann Example",
        string username = "", string password = NewPassword, string? confirmation = null) =>
        browser.SubmitAsync("/signup", ("email", email), ("name", name), ("username", username), ("password", password),
            ("password_confirmation", confirmation ?? password));

    public static Task<(HttpResponseMessage Response, string Html)> ForgotAsync(this Browser browser, string email) =>
        browser.SubmitAsync("/password/forgot", ("email", email));

    /// <summary>Opens an emailed link (which only shows a form) and posts that form.</summary>
    public static Task<(HttpResponseMessage Response, string Html)> FollowLinkAsync(this Browser browser, string link,
        params (string Name, string Value)[] fields) =>
        browser.SubmitAsync(link, [("token", TokenOf(link)), .. fields]);

    public static string TokenOf(string link) => Uri.UnescapeDataString(Regex.Match(link, "token=([^&]+)").Groups[1].Value);

    /// <summary>The field's error paragraph, or null; checks the input carries aria-invalid and points at it.</summary>
    public static string? FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<p class=\"field-error\" id=\"{field}-error\">([^<]*)</p>");
        if (!match.Success)
            return null;
        Assert.Matches($"<input id=\"{field}\"[^>]*aria-describedby=\"[^\"]*{field}-error\"[^>]*aria-invalid=\"true\"", html);
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    /// <summary>The audit rows of one event type, after the buffered trail was written.</summary>
    public static async Task<IReadOnlyList<AuditEvent>> AuditAsync(this RunningWarden warden, string eventType)
    {
        await warden.Services.GetRequiredService<AuditTrail>().FlushAsync();
        return await warden.Services.GetRequiredService<IStorageBackend>().AuditLog.QueryAsync(new AuditQuery(Tenant.DefaultId) { EventType = eventType });
    }

    /// <summary>
    /// Waits for the audit row a background step (the mail outbox) writes: reads again whenever the trail was flushed,
    /// up to <see cref="TestSmtpServer.ArrivalTimeout"/>.
    /// </summary>
    public static async Task<IReadOnlyList<AuditEvent>> AwaitAuditAsync(this RunningWarden warden, string eventType)
    {
        var deadline = DateTime.UtcNow + TestSmtpServer.ArrivalTimeout;
        while (true)
        {
            var events = await warden.AuditAsync(eventType);
            if (events.Count > 0 || DateTime.UtcNow > deadline)
                return events;
            await Task.Delay(50);
        }
    }
}

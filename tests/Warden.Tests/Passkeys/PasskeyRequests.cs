using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Warden.Tests.Passkeys;

/// <summary>The passkey endpoints as the pages' script calls them (JSON, with the page's Origin), from a cookie-keeping <see cref="Browser"/>.</summary>
public static class PasskeyRequests
{
    public sealed record Begun(string Ceremony, JsonElement PublicKey);

    public static async Task<(HttpStatusCode Status, JsonElement Body)> PostJsonAsync(this Browser browser, string path, string json,
        string? origin = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (origin is not null)
            request.Headers.Add("Origin", origin);
        using var response = await browser.Raw.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone());
    }

    public static async Task<Begun> BeginAsync(this Browser browser, string path)
    {
        var (status, body) = await browser.PostJsonAsync(path, "{}");
        Assert.True(status == HttpStatusCode.OK, $"{path}: {(int)status} {body}");
        return new Begun(body.GetProperty("ceremony").GetString()!, body.GetProperty("publicKey"));
    }

    public static Task<(HttpStatusCode Status, JsonElement Body)> FinishAsync(this Browser browser, string path, string ceremony, JsonObject credential,
        string? returnUrl = null, string? name = null) =>
        browser.PostJsonAsync(path, new JsonObject
        {
            ["ceremony"] = ceremony, ["credential"] = credential, ["returnUrl"] = returnUrl, ["name"] = name,
        }.ToJsonString());

    /// <summary>Registers <paramref name="authenticator"/>'s credential for the browser's signed-in person.</summary>
    public static async Task RegisterAsync(this Browser browser, SoftwareAuthenticator authenticator, string name = "Laptop")
    {
        var begun = await browser.BeginAsync("/passkeys/register/options");
        var (status, body) = await browser.FinishAsync("/passkeys/register", begun.Ceremony, authenticator.Create(begun.PublicKey), name: name);
        Assert.True(status == HttpStatusCode.OK, body.ToString());
    }

    /// <summary>Signs in with <paramref name="authenticator"/>; the status and body of the finishing request.</summary>
    public static async Task<(HttpStatusCode Status, JsonElement Body)> SignInWithPasskeyAsync(this Browser browser, SoftwareAuthenticator authenticator,
        string? returnUrl = null)
    {
        var begun = await browser.BeginAsync("/passkeys/sign-in/options");
        return await browser.FinishAsync("/passkeys/sign-in", begun.Ceremony, authenticator.Assert(begun.PublicKey), returnUrl);
    }

    public static string ReasonOf(JsonElement body) => body.TryGetProperty("reason", out var reason) ? reason.GetString()! : body.ToString();
}

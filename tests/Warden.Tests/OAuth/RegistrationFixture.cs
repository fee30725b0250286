using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Warden.Tests.OAuth;

/// <summary>Calls the registration endpoints (RFC 7591/7592) as a registering party would.</summary>
public static class RegistrationFixture
{
    public static async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> SendRegistrationAsync(this RunningWarden warden,
        HttpMethod method, string path, string? json, string? bearer = null, string contentType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        if (json is not null)
            request.Content = new StringContent(json, Encoding.UTF8, contentType);
        if (bearer is not null)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        var response = await warden.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    public static Task<(int Status, JsonElement Body, HttpResponseMessage Response)> RegisterAsync(this RunningWarden warden, string json,
        string? bearer = null) =>
        warden.SendRegistrationAsync(HttpMethod.Post, "/register", json, bearer);

    /// <summary>The path part of a registration_client_uri, for the test's HTTP client.</summary>
    public static string PathOf(JsonElement registration) =>
        new Uri(registration.GetProperty("registration_client_uri").GetString()!).PathAndQuery;
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Warden.Core.Clients;
using Warden.Core.Tenants;

namespace Warden.Tests.OAuth;

/// <summary>Talking to a running Warden as a client would: form posts, Basic headers, JWKS-based validation.</summary>
public static class OAuthClientHelpers
{
    public static async Task<(Client Client, string? Secret)> CreateClientAsync(this RunningWarden warden, ClientSpecification specification)
    {
        var (client, secret) = await warden.Services.GetRequiredService<ClientAdministration>().CreateAsync(Tenant.DefaultId, specification);
        return (client, secret?.Value);
    }

    public static ClientSpecification MachineClient(string name = "billing") => new()
    {
        Name = name,
        GrantTypes = ["client_credentials"],
        Scopes = ["invoices.read", "invoices.write"],
        Resources = ["https://api.example/invoices", "https://api.example/reports"],
    };

    public static async Task<(int Status, JsonElement Body, HttpResponseMessage Response)> PostFormAsync(this RunningWarden warden, string path,
        IEnumerable<KeyValuePair<string, string>> form, string? basicId = null, string? basicSecret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (basicId is not null)
            request.Headers.Authorization = Basic(basicId, basicSecret!);
        var response = await warden.Client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        return ((int)response.StatusCode, body, response);
    }

    /// <summary>RFC 6749 §2.3.1: form-urlencode id and secret, join with ':', base64.</summary>
    public static AuthenticationHeaderValue Basic(string clientId, string secret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(Uri.EscapeDataString(clientId) + ":" + Uri.EscapeDataString(secret))));

    public static async Task<string> ClientCredentialsTokenAsync(this RunningWarden warden, string clientId, string secret, string? scope = null)
    {
        var form = new List<KeyValuePair<string, string>> { new("grant_type", "client_credentials") };
        if (scope is not null)
            form.Add(new("scope", scope));
        var (status, body, _) = await warden.PostFormAsync("/token", form, clientId, secret);
        if (status != 200)
            throw new InvalidOperationException($"token request failed: {status} {body}");
        return body.GetProperty("access_token").GetString()!;
    }

    /// <summary>Validates an access token the way a resource server would: against the served JWKS.</summary>
    public static async Task<TokenValidationResult> ValidateWithJwksAsync(this RunningWarden warden, string token, string audience)
    {
        var jwks = new JsonWebKeySet(await warden.Client.GetStringAsync("/.well-known/jwks.json"));
        return await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = warden.Issuer,
            ValidAudience = audience,
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidTypes = ["at+jwt"],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = LifetimeAt(warden.Time),
        });
    }

    /// <summary>Checks nbf and exp against <paramref name="time"/> (the server's clock, pinned in some tests), not the system clock.</summary>
    public static LifetimeValidator LifetimeAt(TimeProvider time) => (notBefore, expires, _, _) =>
    {
        var now = time.GetUtcNow().UtcDateTime;
        return (notBefore is null || notBefore <= now) && expires is { } exp && exp > now;
    };

    public static async Task<JsonElement> IntrospectAsync(this RunningWarden warden, string token, string clientId, string secret)
    {
        var (status, body, _) = await warden.PostFormAsync("/introspect", [new("token", token)], clientId, secret);
        if (status != 200)
            throw new InvalidOperationException($"introspection failed: {status} {body}");
        return body;
    }
}

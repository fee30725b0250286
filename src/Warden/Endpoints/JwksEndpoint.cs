using Warden.Middleware;
using System.Text.Json;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Tenants;

namespace Warden.Endpoints;

/// <summary>
/// GET /.well-known/jwks.json: every published key (current, upcoming, retired-but-unexpired). Cacheable for a few
/// minutes, which is why a rotated-in key is published well before it signs.
/// </summary>
public static class JwksEndpoint
{
    public const int MaxAgeSeconds = 300;

    public static void MapJwksEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(OAuthServerOptions.JwksPath, HandleAsync);

    private static async Task HandleAsync(HttpContext http, SigningKeyManager keys)
    {
        var published = await keys.GetPublishedAsync(http.TenantId(), http.RequestAborted);
        if (published.Count == 0)
        {
            // A tenant's keys are made when it first needs one; a relying party may ask for them before any token exists.
            await keys.EnsureKeysAsync(http.TenantId(), http.RequestAborted);
            published = await keys.GetPublishedAsync(http.TenantId(), http.RequestAborted);
        }
        http.Response.Headers.CacheControl = $"public, max-age={MaxAgeSeconds}";
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("keys");
            foreach (var key in published)
            {
                using var jwk = JsonDocument.Parse(key.Stored.PublicJwk);
                jwk.RootElement.WriteTo(json);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }, "application/jwk-set+json");
    }
}

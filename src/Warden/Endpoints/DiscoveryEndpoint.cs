using System.Text.Json;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Protocol;

namespace Warden.Endpoints;

/// <summary>
/// Authorization server metadata (RFC 8414) at /.well-known/oauth-authorization-server, and the same document at
/// /.well-known/openid-configuration for clients that only look there. It lists only what this server really does.
/// </summary>
public static class DiscoveryEndpoint
{
    public static void MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/.well-known/oauth-authorization-server", HandleAsync);
        endpoints.MapGet("/.well-known/openid-configuration", HandleAsync);
    }

    private static Task HandleAsync(HttpContext http, OAuthServerOptions options, TokenEndpointHandler tokens)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        string[] authMethods = [ClientAuthenticator.SecretBasic, ClientAuthenticator.SecretPost, ClientAuthenticator.PrivateKeyJwt];
        return JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("issuer", options.Issuer);
            json.WriteString("token_endpoint", options.TokenEndpoint);
            json.WriteString("jwks_uri", options.JwksUri);
            json.WriteString("introspection_endpoint", options.IntrospectionEndpoint);
            json.WriteString("revocation_endpoint", options.RevocationEndpoint);
            WriteArray(json, "grant_types_supported", tokens.GrantTypes.Order());
            WriteArray(json, "response_types_supported", []);
            WriteArray(json, "token_endpoint_auth_methods_supported", authMethods);
            WriteArray(json, "token_endpoint_auth_signing_alg_values_supported", ClientAuthenticator.AssertionAlgorithms);
            WriteArray(json, "introspection_endpoint_auth_methods_supported", authMethods);
            WriteArray(json, "introspection_endpoint_auth_signing_alg_values_supported", ClientAuthenticator.AssertionAlgorithms);
            WriteArray(json, "revocation_endpoint_auth_methods_supported", authMethods);
            WriteArray(json, "revocation_endpoint_auth_signing_alg_values_supported", ClientAuthenticator.AssertionAlgorithms);
            WriteArray(json, "access_token_signing_alg_values_supported", SigningCredential.SupportedAlgorithms);
            json.WriteBoolean("authorization_response_iss_parameter_supported", false);
            json.WriteEndObject();
        });
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
            json.WriteStringValue(value);
        json.WriteEndArray();
    }
}

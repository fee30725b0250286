using Warden.Middleware;
using System.Text.Json;
using Warden.Core.Authorization;
using Warden.Core.Clients;
using Warden.Core.Keys;
using Warden.Core.Protocol;
using Warden.Core.Registration;
using Warden.Core.Scopes;
using Warden.Core.Settings;
using Warden.Core.Tenants;

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

    private static async Task HandleAsync(HttpContext http, AuthorizationOptions authorization,
        TokenEndpointHandler tokens, ClientRegistration registration, ScopeCatalog scopeCatalog, ISettingStore settings,
        Pages.Presentation.TenantThemes themes)
    {
        http.Response.Headers.CacheControl = "public, max-age=300";
        var tenant = http.Tenant();
        var options = tenant.Protocol;
        var registrationEnabled = await registration.IsEnabledAsync(tenant.Id, http.RequestAborted);
        string[] authMethods = [.. ClientAuthenticator.SupportedMethods.Where(method => method != OAuthNames.ClientAuthenticationMethods.None)];
        string[] revocationMethods = [.. ClientAuthenticator.SupportedMethods];
        var scopes = (await scopeCatalog.GetAsync(http.TenantId(), http.RequestAborted)).Values.OrderBy(scope => scope.Name, StringComparer.Ordinal).ToList();
        var policies = (await settings.ListAsync(http.TenantId(), http.RequestAborted))
            .Where(setting => setting.Key is "op_policy_uri" or "op_tos_uri" && setting.Value.Length > 0)
            .ToList();
        string[] challengeMethods = authorization.AllowPlainPkce ? [Pkce.S256, Pkce.Plain] : [Pkce.S256];
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("issuer", options.Issuer);
            json.WriteString("authorization_endpoint", options.AuthorizationEndpoint);
            json.WriteString("token_endpoint", options.TokenEndpoint);
            json.WriteString("userinfo_endpoint", options.UserInfoEndpoint);
            json.WriteString("end_session_endpoint", options.EndSessionEndpoint);
            json.WriteString("device_authorization_endpoint", options.DeviceAuthorizationEndpoint);
            if (registrationEnabled)
                json.WriteString("registration_endpoint", options.RegistrationEndpoint);
            json.WriteString("jwks_uri", options.JwksUri);
            json.WriteString("introspection_endpoint", options.IntrospectionEndpoint);
            json.WriteString("revocation_endpoint", options.RevocationEndpoint);
            WriteArray(json, "grant_types_supported", tokens.GrantTypes.Where(tenant.Tenant.Settings.Allows).Order());
            WriteArray(json, "response_types_supported", [OAuthNames.ResponseTypes.Code]);
            WriteArray(json, "response_modes_supported", [OAuthNames.ResponseModes.Query, OAuthNames.ResponseModes.FormPost]);
            WriteArray(json, "subject_types_supported", ["public"]);
            WriteArray(json, "id_token_signing_alg_values_supported", SigningCredential.SupportedAlgorithms);
            WriteArray(json, "scopes_supported", scopes.Select(scope => scope.Name));
            WriteArray(json, "claims_supported", scopes.SelectMany(scope => scope.Claims).Prepend("sub")
                .Concat(["iss", "aud", "exp", "iat", "auth_time", "nonce", "at_hash", "azp", "amr", "acr", "sid"]).Distinct().Order());
            WriteArray(json, "code_challenge_methods_supported", challengeMethods);
            WriteArray(json, "prompt_values_supported", AuthorizationRequestValidator.SupportedPrompts);
            WriteArray(json, "acr_values_supported", [Core.Passkeys.PasskeyEvidence.PhishingResistant]);
            json.WriteBoolean("claims_parameter_supported", false);
            json.WriteBoolean("request_parameter_supported", false);
            json.WriteBoolean("request_uri_parameter_supported", false);
            WriteArray(json, "token_endpoint_auth_methods_supported", ClientAuthenticator.SupportedMethods);
            WriteArray(json, "token_endpoint_auth_signing_alg_values_supported", ClientAuthenticator.AssertionAlgorithms);
            WriteArray(json, "introspection_endpoint_auth_methods_supported", authMethods);
            WriteArray(json, "introspection_endpoint_auth_signing_alg_values_supported", ClientAuthenticator.AssertionAlgorithms);
            WriteArray(json, "revocation_endpoint_auth_methods_supported", revocationMethods);
            WriteArray(json, "revocation_endpoint_auth_signing_alg_values_supported", ClientAuthenticator.AssertionAlgorithms);
            WriteArray(json, "access_token_signing_alg_values_supported", SigningCredential.SupportedAlgorithms);
            json.WriteBoolean("authorization_response_iss_parameter_supported", true);
            WriteArray(json, "ui_locales_supported", themes.For(tenant).Texts.Languages);
            foreach (var policy in policies)
                json.WriteString(policy.Key, policy.Value);
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

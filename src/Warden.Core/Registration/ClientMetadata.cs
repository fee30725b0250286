using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;

namespace Warden.Core.Registration;

/// <summary>
/// What a registration request may ask for: the scopes defined on the tenant (others are unknown), and the registration
/// policy's allow-lists (<see cref="RegistrationOptions"/>) with the scopes marked registrable added.
/// </summary>
public sealed record RegistrationAllowance(IReadOnlySet<string> DefinedScopes, IReadOnlySet<string> Scopes, IReadOnlySet<string> GrantTypes,
    IReadOnlyList<string> AuthMethods);

/// <summary>
/// Client metadata as dynamic registration reads and writes it (RFC 7591 §2, OpenID Connect Dynamic Client
/// Registration §2): a JSON object becomes a <see cref="ClientSpecification"/>, and a client becomes the JSON the
/// registration endpoints answer with. Fields this server does not know are ignored (RFC 7591 §2).
/// </summary>
public static class ClientMetadata
{
    /// <summary>Descriptive fields kept as they are and returned on every read.</summary>
    private static readonly string[] KeptFields = ["client_uri", "logo_uri", "tos_uri", "policy_uri", "software_id", "software_version", "contacts"];

    /// <summary>The specification the metadata asks for, or the RFC 7591 §3.2.2 error.</summary>
    /// <param name="allowed">What the registration policy lets a registered client have.</param>
    /// <param name="knownGrantTypes">The grant types this server has handlers for.</param>
    public static (ClientSpecification? Specification, OAuthError? Error) Read(JsonElement metadata, RegistrationAllowance allowed,
        IReadOnlyCollection<string> knownGrantTypes)
    {
        if (metadata.ValueKind != JsonValueKind.Object)
            return (null, OAuthError.From(ErrorCatalog.Registration.NotAnObject));
        try
        {
            return Parse(metadata, allowed, knownGrantTypes);
        }
        catch (MetadataException exception)
        {
            return (null, exception.Error);
        }
    }

    private static (ClientSpecification?, OAuthError?) Parse(JsonElement metadata, RegistrationAllowance allowed,
        IReadOnlyCollection<string> knownGrantTypes)
    {
        if (metadata.TryGetProperty("software_statement", out _))
            throw Invalid(ErrorCatalog.Registration.SoftwareStatement);

        var grantTypes = Strings(metadata, "grant_types") ?? [OAuthNames.GrantTypes.AuthorizationCode];
        if (grantTypes.FirstOrDefault(grant => !knownGrantTypes.Contains(grant)) is { } unknownGrant)
            throw Invalid(ErrorCatalog.Registration.GrantTypeUnsupported, Shorten(unknownGrant));
        if (grantTypes.FirstOrDefault(grant => !allowed.GrantTypes.Contains(grant)) is { } refusedGrant)
            throw Invalid(ErrorCatalog.Registration.GrantTypeNotAllowed, refusedGrant, Listed(allowed.GrantTypes));
        var usesCode = grantTypes.Contains(OAuthNames.GrantTypes.AuthorizationCode);
        var responseTypes = Strings(metadata, "response_types") ?? (usesCode ? [OAuthNames.ResponseTypes.Code] : []);
        if (responseTypes.Any(type => type != OAuthNames.ResponseTypes.Code))
            throw Invalid(ErrorCatalog.Registration.ResponseTypeUnsupported);
        if (responseTypes.Contains(OAuthNames.ResponseTypes.Code) != usesCode)
            throw Invalid(ErrorCatalog.Registration.ResponseTypeWithoutGrant);

        var method = String(metadata, "token_endpoint_auth_method") ?? OAuthNames.ClientAuthenticationMethods.SecretBasic;
        if (!ClientAuthenticator.SupportedMethods.Contains(method))
            throw Invalid(ErrorCatalog.Registration.AuthMethodUnsupported, string.Join(", ", ClientAuthenticator.SupportedMethods));
        if (!allowed.AuthMethods.Contains(method))
            throw Invalid(ErrorCatalog.Registration.AuthMethodNotAllowed, method, Listed(allowed.AuthMethods));

        var redirectUris = Strings(metadata, "redirect_uris") ?? [];
        if (usesCode && redirectUris.Count == 0)
            throw Invalid(ErrorCatalog.Registration.RedirectUrisMissing);
        var postLogoutUris = Strings(metadata, "post_logout_redirect_uris") ?? [];
        foreach (var uri in redirectUris.Concat(postLogoutUris))
        {
            if (RedirectUriProblem(uri) is { } problem)
                throw Invalid(ErrorCatalog.Registration.RedirectUriRefused, Shorten(uri), problem);
        }

        var jwks = metadata.TryGetProperty("jwks", out var jwksElement) ? jwksElement : (JsonElement?)null;
        var jwksUri = String(metadata, "jwks_uri");
        if (jwks is not null && jwksUri is not null)
            throw Invalid(ErrorCatalog.Registration.JwksAndJwksUri);
        if (jwks is { ValueKind: not JsonValueKind.Object })
            throw Invalid(ErrorCatalog.Registration.JwksNotObject);

        var scopes = (String(metadata, "scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        if (scopes.FirstOrDefault(scope => !allowed.DefinedScopes.Contains(scope)) is { } unknownScope)
            throw Invalid(ErrorCatalog.Registration.ScopeUnknown, Shorten(unknownScope));
        if (scopes.FirstOrDefault(scope => !allowed.Scopes.Contains(scope)) is { } refusedScope)
            throw Invalid(ErrorCatalog.Registration.ScopeNotAllowed, refusedScope);

        var kept = new JsonObject();
        foreach (var field in KeptFields)
        {
            if (!metadata.TryGetProperty(field, out var value))
                continue;
            if (field == "contacts")
            {
                if (Strings(metadata, field) is null)
                    throw Invalid(ErrorCatalog.Registration.ContactsMalformed);
            }
            else if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length > 2000)
            {
                throw Invalid(ErrorCatalog.Registration.StringMalformed, field);
            }
            if (field.EndsWith("_uri", StringComparison.Ordinal) && !IsWebUrl(value.GetString()!))
                throw Invalid(ErrorCatalog.Registration.UrlNotWeb, field);
            kept[field] = JsonNode.Parse(value.GetRawText());
        }

        return (new ClientSpecification
        {
            Name = String(metadata, "client_name") ?? "Dynamically registered client",
            Type = method == OAuthNames.ClientAuthenticationMethods.None ? ClientType.Public : ClientType.Confidential,
            GrantTypes = grantTypes,
            Scopes = scopes,
            RedirectUris = redirectUris,
            PostLogoutRedirectUris = postLogoutUris,
            TokenEndpointAuthMethod = method,
            Jwks = jwks?.GetRawText(),
            JwksUri = jwksUri,
            Origin = ClientOrigins.Registration,
            RegistrationMetadata = kept.Count > 0 ? kept.ToJsonString() : null,
        }, null);
    }

    /// <summary>The registered metadata as the registration endpoints return it (RFC 7591 §3.2.1).</summary>
    public static JsonObject Describe(Client client)
    {
        var result = new JsonObject
        {
            ["client_id"] = client.ClientId,
            ["client_id_issued_at"] = client.CreatedAt.ToUnixTimeSeconds(),
            ["client_name"] = client.Name,
            ["grant_types"] = Array(client.GrantTypes),
            ["response_types"] = Array(client.GrantTypes.Contains(OAuthNames.GrantTypes.AuthorizationCode) ? [OAuthNames.ResponseTypes.Code] : []),
            ["token_endpoint_auth_method"] = client.TokenEndpointAuthMethod,
            ["redirect_uris"] = Array(client.RedirectUris),
            ["post_logout_redirect_uris"] = Array(client.PostLogoutRedirectUris),
            ["scope"] = string.Join(' ', client.Scopes),
        };
        if (client.Jwks is not null)
            result["jwks"] = JsonNode.Parse(client.Jwks);
        if (client.JwksUri is not null)
            result["jwks_uri"] = client.JwksUri;
        if (client.RegistrationMetadata is not null && JsonNode.Parse(client.RegistrationMetadata) is JsonObject kept)
        {
            foreach (var (name, value) in kept)
                result[name] = value?.DeepClone();
        }
        return result;
    }

    /// <summary>
    /// Why a redirect URI is refused, or null: https; http only on loopback; or a private-use scheme of a native app
    /// (with a dot, as RFC 8252 §7.1 asks); never a fragment.
    /// </summary>
    private static string? RedirectUriProblem(string uri)
    {
        // On Unix, Uri reads "/path" as an absolute file: URI, so the text itself must start with the scheme.
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !uri.StartsWith(parsed.Scheme + ":", StringComparison.OrdinalIgnoreCase))
            return "is not an absolute URI";
        if (uri.Contains('#'))
            return "has a fragment";
        return parsed.Scheme switch
        {
            "https" => null,
            "http" => parsed.IsLoopback ? null : "uses http on a host other than loopback",
            _ when parsed.Scheme.Contains('.') => null,
            _ => "must use https, http on loopback, or a private-use scheme such as com.example.app",
        };
    }

    private static bool IsWebUrl(string value) => Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";

    private static string? String(JsonElement metadata, string name)
    {
        if (!metadata.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.String || value.GetString()!.Length > 2000)
            throw Invalid(ErrorCatalog.Registration.StringMalformed, name);
        return value.GetString();
    }

    private static IReadOnlyList<string>? Strings(JsonElement metadata, string name)
    {
        if (!metadata.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
            return null;
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > 50
            || value.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String || item.GetString()!.Length > 2000))
            throw Invalid(ErrorCatalog.Registration.ArrayMalformed, name);
        return value.EnumerateArray().Select(item => item.GetString()!).Distinct().ToList();
    }

    private static JsonArray Array(IEnumerable<string> values) => new(values.Select(value => (JsonNode)value).ToArray());

    private static string Listed(IEnumerable<string> values) => values.Any() ? string.Join(" ", values.Order(StringComparer.Ordinal)) : "none";

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + "…";

    private static MetadataException Invalid(ErrorDefinition definition, params string[] arguments) =>
        new(OAuthError.From(definition, arguments: arguments));

    private sealed class MetadataException(OAuthError error) : Exception(error.Description)
    {
        public OAuthError Error { get; } = error;
    }
}

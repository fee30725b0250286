using Warden.Middleware;
using System.Globalization;
using System.Text.Json;
using Warden.Core.ApiKeys;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Users;

namespace Warden.Endpoints;

/// <summary>
/// The API-key administration API for applications: create, list, read and revoke the tenant's API keys with JSON,
/// through the same <see cref="ApiKeyService"/> rules as `warden api-keys`. The caller presents a bearer access token
/// (RFC 6750 §2.1) that this server issued to a client for itself (client_credentials) with the
/// <see cref="ReservedScopes.ApiKeyAdministration"/> scope, which the client must still be allowed: the protection of
/// the user-administration API. A new key is in the creation answer only; no other answer carries a key or its hash.
/// </summary>
public static class ApiKeyEndpoints
{
    public const string Path = "/api/api-keys";

    /// <summary>The route templates, for the rate limit that covers them all.</summary>
    public static readonly IReadOnlyList<string> Routes = [Path, Path + "/{id}", Path + "/{id}/revoke"];

    private static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "name", "user", "client_id", "scopes", "expires_in", "no_expiry",
    };

    /// <summary>What every handler needs; bundled so that the handlers' signatures stay short.</summary>
    public sealed record Services(AccessTokenValidator Tokens, ClientDirectory Clients, ApiKeyService ApiKeys, UserAdministration Users);

    private static readonly AdministrationErrors Errors = new(ErrorCatalog.ApiKeyApi.TokenInvalid, ErrorCatalog.ApiKeyApi.ScopeMissing,
        ErrorCatalog.ApiKeyApi.UserToken, ErrorCatalog.ApiKeyApi.WrongContentType, ErrorCatalog.ApiKeyApi.MalformedJson);

    public static void MapApiKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, CreateAsync);
        endpoints.MapGet(Path, ListAsync);
        endpoints.MapGet(Path + "/{id}", ReadAsync);
        endpoints.MapPost(Path + "/{id}/revoke", RevokeAsync);
    }

    /// <summary>The tenant and caller of the request. Note: the default tenant until requests are routed to tenants.</summary>
    private static RequestContext ContextOf(HttpContext http) => new(http.TenantId(), http.Connection.RemoteIpAddress?.ToString());

    private static async Task CreateAsync(HttpContext http, [AsParameters] Services services)
    {
        var context = ContextOf(http);
        if (await AuthorizeAsync(http, context, services) is not { } caller || await AdministrationApi.ReadObjectAsync(http, Errors) is not { } body)
            return;
        using (body)
        {
            try
            {
                var request = await RequestOf(body.RootElement, context, services, http.RequestAborted);
                var created = await services.ApiKeys.CreateAsync(context, request, new ApiKeyActor(caller, "api"), http.RequestAborted);
                AdministrationApi.NoStore(http);
                http.Response.StatusCode = StatusCodes.Status201Created;
                http.Response.Headers.Location = $"{Path}/{created.Key.PublicId}";
                await JsonResponse.WriteAsync(http, json => WriteKey(json, created.Key, created.Value));
            }
            catch (InvalidApiKeyException exception)
            {
                await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.ApiKeyApi.InvalidField, arguments: [exception.Message]));
            }
        }
    }

    private static async Task ListAsync(HttpContext http, [AsParameters] Services services)
    {
        var context = ContextOf(http);
        if (await AuthorizeAsync(http, context, services) is null)
            return;
        var keys = await services.ApiKeys.ListAsync(context.TenantId, http.RequestAborted);
        AdministrationApi.NoStore(http);
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("api_keys");
            foreach (var key in keys)
                WriteKey(json, key, null);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task ReadAsync(HttpContext http, string id, [AsParameters] Services services)
    {
        var context = ContextOf(http);
        if (await AuthorizeAsync(http, context, services) is null)
            return;
        await WriteOrNotFoundAsync(http, id, await services.ApiKeys.FindAsync(context.TenantId, id, http.RequestAborted));
    }

    private static async Task RevokeAsync(HttpContext http, string id, [AsParameters] Services services)
    {
        var context = ContextOf(http);
        if (await AuthorizeAsync(http, context, services) is not { } caller)
            return;
        await WriteOrNotFoundAsync(http, id, await services.ApiKeys.RevokeAsync(context, id, new ApiKeyActor(caller, "api"), http.RequestAborted));
    }

    private static async Task WriteOrNotFoundAsync(HttpContext http, string id, ApiKey? key)
    {
        if (key is null)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.ApiKeyApi.KeyNotFound, $"API key '{AdministrationApi.Printable(id)}'"));
            return;
        }
        AdministrationApi.NoStore(http);
        await JsonResponse.WriteAsync(http, json => WriteKey(json, key, null));
    }

    /// <summary>The calling client's id (<see cref="AdministrationApi.AuthorizeAsync"/> with this API's scope and error codes), or null.</summary>
    private static Task<string?> AuthorizeAsync(HttpContext http, RequestContext context, Services services) =>
        AdministrationApi.AuthorizeAsync(http, context.TenantId, ReservedScopes.ApiKeyAdministration, Errors, services.Tokens, services.Clients);

    /// <summary>The body's fields as a request; a field of the wrong type, an unknown one or an unknown user is an <see cref="InvalidApiKeyException"/>.</summary>
    private static async Task<ApiKeyRequest> RequestOf(JsonElement body, RequestContext context, Services services, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
                throw new InvalidApiKeyException($"unknown field '{AdministrationApi.Printable(property.Name)}' (the fields are {string.Join(", ", Fields)})");
            if (!seen.Add(property.Name))
                throw new InvalidApiKeyException($"field '{property.Name}' appears twice");
        }
        Guid? userId = null;
        if (String(body, "user") is { } user)
        {
            userId = (await services.Users.FindAsync(context.TenantId, user, cancellationToken))?.Id
                     ?? throw new InvalidApiKeyException($"there is no user '{AdministrationApi.Printable(user)}'");
        }
        var scopes = body.TryGetProperty("scopes", out var list) && list.ValueKind == JsonValueKind.Array
                     && list.EnumerateArray().All(item => item.ValueKind == JsonValueKind.String)
            ? list.EnumerateArray().Select(item => item.GetString()!).ToArray()
            : throw new InvalidApiKeyException("scopes must be an array of scope names");
        TimeSpan? lifetime = null;
        if (body.TryGetProperty("expires_in", out var expiresIn) && expiresIn.ValueKind != JsonValueKind.Null)
        {
            lifetime = expiresIn.ValueKind == JsonValueKind.Number && expiresIn.TryGetInt64(out var seconds) && seconds is > 0 and <= int.MaxValue
                ? TimeSpan.FromSeconds(seconds)
                : throw new InvalidApiKeyException("expires_in must be a positive whole number of seconds");
        }
        var noExpiry = body.TryGetProperty("no_expiry", out var flag) && flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidApiKeyException("no_expiry must be true or false"),
        };
        return new ApiKeyRequest
        {
            Name = String(body, "name") ?? throw new InvalidApiKeyException("name is required"),
            UserId = userId, ClientId = String(body, "client_id"), Scopes = scopes, Lifetime = lifetime, NoExpiry = noExpiry,
        };
    }

    private static string? String(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new InvalidApiKeyException($"{name} must be a string");

    /// <summary>A key as the API shows it: never its hash; the key itself only in the answer that created it.</summary>
    private static void WriteKey(Utf8JsonWriter json, ApiKey key, string? value)
    {
        json.WriteStartObject();
        json.WriteString("id", key.PublicId);
        if (value is not null)
            json.WriteString("api_key", value);
        json.WriteString("name", key.Name);
        json.WriteString("user_id", key.UserId?.ToString());
        json.WriteString("client_id", key.ClientId);
        json.WriteStartArray("scopes");
        foreach (var scope in key.Scopes)
            json.WriteStringValue(scope);
        json.WriteEndArray();
        json.WriteString("created_at", Time(key.CreatedAt));
        json.WriteString("expires_at", key.ExpiresAt is { } expires ? Time(expires) : null);
        json.WriteString("last_used_at", key.LastUsedAt is { } used ? Time(used) : null);
        json.WriteString("revoked_at", key.RevokedAt is { } revoked ? Time(revoked) : null);
        json.WriteEndObject();
    }

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}

using Warden.Middleware;
using System.Globalization;
using System.Text.Json;
using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Errors;
using Warden.Core.Scopes;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Users;

namespace Warden.Endpoints;

/// <summary>
/// The user-administration API for applications that manage their own users: create, look up, read, change, disable,
/// enable and delete users with JSON, through the same <see cref="UserAdministration"/> rules as `warden users`. The
/// caller presents a bearer access token (RFC 6750 §2.1) that this server issued to a client for itself
/// (client_credentials) with the <see cref="ReservedScopes.UserAdministration"/> scope, which the client must still
/// be allowed. Every change is audited with the acting client. Errors are the server's JSON error objects with an
/// <c>error_id</c>; password hashes and security stamps never leave the server.
/// </summary>
public static class UserAdministrationEndpoints
{
    public const string Path = "/api/users";

    /// <summary>The route templates, for the rate limit that covers them all.</summary>
    public static readonly IReadOnlyList<string> Routes = [Path, Path + "/{id}", Path + "/{id}/disable", Path + "/{id}/enable"];

    /// <summary>The fields a request body may carry; role, lockout and stamps are for the operator's CLI only.</summary>
    private static readonly IReadOnlySet<string> Fields = new HashSet<string>(StringComparer.Ordinal)
    {
        "username", "email", "email_verified", "password", "name", "metadata", "profile_picture_url", "active",
    };

    /// <summary>What every handler needs; bundled so that the handlers' signatures stay short.</summary>
    public sealed record Services(AccessTokenValidator Tokens, ClientDirectory Clients, UserAdministration Users, IUserStore Store, AuditTrail Audit);

    private static readonly AdministrationErrors Errors = new(ErrorCatalog.UserApi.TokenInvalid, ErrorCatalog.UserApi.ScopeMissing,
        ErrorCatalog.UserApi.UserToken, ErrorCatalog.UserApi.WrongContentType, ErrorCatalog.UserApi.MalformedJson);

    public static void MapUserAdministrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, CreateAsync);
        endpoints.MapGet(Path, LookUpAsync);
        endpoints.MapGet(Path + "/{id}", ReadAsync);
        endpoints.MapPatch(Path + "/{id}", UpdateAsync);
        endpoints.MapPost(Path + "/{id}/disable", (HttpContext http, string id, [AsParameters] Services services) => SetActiveAsync(http, id, false, services));
        endpoints.MapPost(Path + "/{id}/enable", (HttpContext http, string id, [AsParameters] Services services) => SetActiveAsync(http, id, true, services));
        endpoints.MapDelete(Path + "/{id}", DeleteAsync);
    }

    private static async Task CreateAsync(HttpContext http, [AsParameters] Services services)
    {
        if (await AuthorizeAsync(http, services) is not { } caller || await ReadChangesAsync(http) is not { } fields)
            return;
        var user = await ApplyAsync(http, async Task<User?> () => await services.Users.CreateAsync(http.TenantId(), fields, http.RequestAborted));
        if (user is null)
            return;
        Audit(http, services, "user_created", caller, user, fields);
        http.Response.StatusCode = StatusCodes.Status201Created;
        http.Response.Headers.Location = $"{Path}/{user.Id}";
        await WriteUserAsync(http, user);
    }

    /// <summary>GET /api/users?username=… or ?email=…: a list of the one user found, or empty.</summary>
    private static async Task LookUpAsync(HttpContext http, [AsParameters] Services services)
    {
        if (await AuthorizeAsync(http, services) is not { } _)
            return;
        var query = http.Request.Query;
        var byUsername = query.TryGetValue("username", out var usernames);
        var byEmail = query.TryGetValue("email", out var emails);
        if (byUsername == byEmail || (byUsername ? usernames : emails).Count != 1)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.UserApi.LookupMissing));
            return;
        }
        var user = byUsername
            ? await services.Store.FindByUsernameAsync(http.TenantId(), usernames[0]!, http.RequestAborted)
            : await services.Store.FindByEmailAsync(http.TenantId(), emails[0]!, http.RequestAborted);
        AdministrationApi.NoStore(http);
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("users");
            if (user is not null)
                WriteUser(json, user);
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static async Task ReadAsync(HttpContext http, string id, [AsParameters] Services services)
    {
        if (await AuthorizeAsync(http, services) is not { } _)
            return;
        var user = Guid.TryParse(id, out var userId) ? await services.Store.FindByIdAsync(http.TenantId(), userId, http.RequestAborted) : null;
        await (user is null ? NotFoundAsync(http, id) : WriteUserAsync(http, user));
    }

    private static async Task UpdateAsync(HttpContext http, string id, [AsParameters] Services services)
    {
        if (await AuthorizeAsync(http, services) is not { } caller || await ReadChangesAsync(http) is not { } changes)
            return;
        if (!Guid.TryParse(id, out var userId))
        {
            await NotFoundAsync(http, id);
            return;
        }
        var missing = false;
        var user = await ApplyAsync(http, async () =>
        {
            var changed = await services.Users.UpdateAsync(http.TenantId(), userId.ToString(), changes, http.RequestAborted);
            missing = changed is null;
            return changed;
        });
        if (missing)
            await NotFoundAsync(http, id);
        if (user is null)
            return;
        Audit(http, services, "user_updated", caller, user, changes);
        await WriteUserAsync(http, user);
    }

    private static async Task SetActiveAsync(HttpContext http, string id, bool active, Services services)
    {
        if (await AuthorizeAsync(http, services) is not { } caller)
            return;
        var user = Guid.TryParse(id, out var userId)
            ? await services.Users.SetActiveAsync(http.TenantId(), userId.ToString(), active, http.RequestAborted)
            : null;
        if (user is null)
        {
            await NotFoundAsync(http, id);
            return;
        }
        Audit(http, services, active ? "user_enabled" : "user_disabled", caller, user, null);
        await WriteUserAsync(http, user);
    }

    private static async Task DeleteAsync(HttpContext http, string id, [AsParameters] Services services)
    {
        if (await AuthorizeAsync(http, services) is not { } caller)
            return;
        if (!Guid.TryParse(id, out var userId) || !await services.Users.DeleteAsync(http.TenantId(), userId.ToString(), http.RequestAborted))
        {
            await NotFoundAsync(http, id);
            return;
        }
        services.Audit.Record(http.TenantId(), "user_deleted", "success", caller, userId.ToString(), http.Connection.RemoteIpAddress?.ToString(),
            new { via = "api" });
        AdministrationApi.NoStore(http);
        http.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>The calling client's id (<see cref="AdministrationApi.AuthorizeAsync"/> with this API's scope and error codes), or null.</summary>
    private static Task<string?> AuthorizeAsync(HttpContext http, Services services) =>
        AdministrationApi.AuthorizeAsync(http, http.TenantId(), ReservedScopes.UserAdministration, Errors, services.Tokens, services.Clients);

    /// <summary>The body's fields as changes, or null after answering with what makes the body unusable.</summary>
    private static async Task<UserChanges?> ReadChangesAsync(HttpContext http)
    {
        if (await AdministrationApi.ReadObjectAsync(http, Errors) is not { } document)
            return null;
        using (document)
        {
            try
            {
                return Changes(document.RootElement);
            }
            catch (InvalidUserException exception)
            {
                await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.UserApi.InvalidField, arguments: [exception.Message]));
                return null;
            }
        }
    }

    private static UserChanges Changes(JsonElement body)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            if (!Fields.Contains(property.Name))
                throw new InvalidUserException($"unknown field '{AdministrationApi.Printable(property.Name)}' (the fields are {string.Join(", ", Fields)})");
            if (!seen.Add(property.Name))
                throw new InvalidUserException($"field '{property.Name}' appears twice");
        }
        return new UserChanges
        {
            Username = body.TryGetProperty("username", out var username) ? String(username, "username", nullable: false) : null,
            Email = Optional(body, "email"),
            EmailVerified = Flag(body, "email_verified"),
            Password = Optional(body, "password"),
            Active = Flag(body, "active"),
            Name = Optional(body, "name"),
            ProfilePictureUrl = Optional(body, "profile_picture_url"),
            Metadata = !body.TryGetProperty("metadata", out var metadata) ? null
                : metadata.ValueKind == JsonValueKind.Object ? metadata.GetRawText()
                : throw new InvalidUserException("metadata must be a JSON object"),
        };
    }

    /// <summary>A string field that may be set to null; absent leaves it as it is.</summary>
    private static FieldChange<string?> Optional(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) ? new FieldChange<string?>(String(value, name, nullable: true)) : default;

    private static string? String(JsonElement value, string name, bool nullable) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Null when nullable => null,
        _ => throw new InvalidUserException(nullable ? $"{name} must be a string or null" : $"{name} must be a string"),
    };

    private static bool? Flag(JsonElement body, string name) =>
        !body.TryGetProperty(name, out var value) ? null
        : value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean()
        : throw new InvalidUserException($"{name} must be true or false");

    /// <summary>Runs a change, answering 400 for a field that breaks a rule and 409 for a taken username or email; null then.</summary>
    private static async Task<User?> ApplyAsync(HttpContext http, Func<Task<User?>> change)
    {
        try
        {
            return await change();
        }
        catch (InvalidUserException exception)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.UserApi.InvalidField, arguments: [exception.Message]));
        }
        catch (DuplicateEntityException exception)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.UserApi.Taken, exception.Message));
        }
        return null;
    }

    /// <summary>An audit row naming the acting client and the fields it gave (never their values: a password is among them).</summary>
    private static void Audit(HttpContext http, Services services, string eventType, string caller, User user, UserChanges? changes) =>
        services.Audit.Record(http.TenantId(), eventType, "success", caller, user.Id.ToString(), http.Connection.RemoteIpAddress?.ToString(),
            changes is null ? new { via = "api" } : new { via = "api", fields = GivenFields(changes) });

    private static List<string> GivenFields(UserChanges changes)
    {
        var given = new List<string>();
        void Add(bool isGiven, string name)
        {
            if (isGiven)
                given.Add(name);
        }
        Add(changes.Username is not null, "username");
        Add(changes.Email.IsSet, "email");
        Add(changes.EmailVerified is not null, "email_verified");
        Add(changes.Password.IsSet, "password");
        Add(changes.Active is not null, "active");
        Add(changes.Name.IsSet, "name");
        Add(changes.Metadata is not null, "metadata");
        Add(changes.ProfilePictureUrl.IsSet, "profile_picture_url");
        return given;
    }

    private static Task NotFoundAsync(HttpContext http, string id) =>
        OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.UserApi.UserNotFound, $"user '{AdministrationApi.Printable(id)}'"));

    private static Task WriteUserAsync(HttpContext http, User user)
    {
        AdministrationApi.NoStore(http);
        return JsonResponse.WriteAsync(http, json => WriteUser(json, user));
    }

    /// <summary>A user as the API shows it: never the password hash, the security stamp or the failure count.</summary>
    private static void WriteUser(Utf8JsonWriter json, User user)
    {
        using var metadata = JsonDocument.Parse(user.Metadata);
        json.WriteStartObject();
        json.WriteString("id", user.Id.ToString());
        json.WriteString("username", user.Username);
        json.WriteString("email", user.Email);
        json.WriteBoolean("email_verified", user.EmailVerified);
        json.WriteString("name", metadata.RootElement.ValueKind == JsonValueKind.Object
                                 && metadata.RootElement.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String
            ? name.GetString()
            : null);
        json.WriteString("role", user.Role.ToString().ToLowerInvariant());
        json.WriteBoolean("active", user.IsActive);
        json.WriteBoolean("has_password", user.PasswordHash is not null);
        json.WriteString("profile_picture_url", user.ProfilePictureUrl);
        json.WritePropertyName("metadata");
        metadata.RootElement.WriteTo(json);
        json.WriteString("locked_until", user.LockedUntil is { } locked ? Time(locked) : null);
        json.WriteString("created_at", Time(user.CreatedAt));
        json.WriteString("updated_at", Time(user.UpdatedAt));
        json.WriteEndObject();
    }

    private static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}

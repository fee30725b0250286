using Warden.Middleware;
using System.Text.Json;
using Warden.Core.Errors;
using Warden.Core.Passkeys;
using Warden.Core.Sessions;
using Warden.Core.Tenants;
using Warden.Passkeys;
using Warden.Sessions;

namespace Warden.Endpoints;

/// <summary>
/// The JSON endpoints the pages' script (<c>/assets/passkeys.js</c>) calls: options to begin a ceremony, and the
/// browser's response to finish it. Every request must be <c>application/json</c> (a cross-site form cannot send that
/// without a CORS preflight, which Warden does not answer for these paths) and, when the browser names an
/// <c>Origin</c>, come from an allowed origin. Bodies are limited to <c>limits.max_body_bytes</c>; anything
/// unreadable answers 400, never 500.
/// </summary>
public static class PasskeyEndpoints
{
    public const string SignInOptionsPath = "/passkeys/sign-in/options";
    public const string SignInPath = "/passkeys/sign-in";
    public const string RegisterOptionsPath = "/passkeys/register/options";
    public const string RegisterPath = "/passkeys/register";
    public const string SignUpOptionsPath = "/passkeys/sign-up/options";
    public const string SignUpPath = "/passkeys/sign-up";

    /// <summary>Every route, for the per-address limit (limits.login_per_minute).</summary>
    public static readonly IReadOnlyList<string> Routes =
        [SignInOptionsPath, SignInPath, RegisterOptionsPath, RegisterPath, SignUpOptionsPath, SignUpPath];

    public static void MapPasskeyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(SignInOptionsPath, BeginSignInAsync);
        app.MapPost(SignInPath, FinishSignInAsync);
        app.MapPost(RegisterOptionsPath, BeginRegistrationAsync);
        app.MapPost(RegisterPath, FinishRegistrationAsync);
        app.MapPost(SignUpOptionsPath, BeginSignUpAsync);
        app.MapPost(SignUpPath, FinishSignUpAsync);
    }

    private static async Task BeginSignUpAsync(HttpContext http, PasskeyCeremonies ceremonies, Pages.Presentation.PageText text)
    {
        if (await ReadAsync(http, ceremonies) is not { } body)
            return;
        var request = new Core.Users.SignUpRequest(Text(body, "username"), Text(body, "email"), Text(body, "name"), null, null);
        var (begun, refusal) = await ceremonies.BeginSignUpAsync(http.TenantId(), request, http.RequestAborted);
        if (begun is null)
        {
            var error = OAuthError.From(refusal!.Status == Core.Users.SignUpStatus.Unavailable ? ErrorCatalog.Passkey.Disabled : ErrorCatalog.Passkey.Malformed,
                $"{refusal.Field}: {refusal.Problem}");
            http.Response.StatusCode = error.StatusCode;
            await JsonResponse.WriteAsync(http, json =>
            {
                json.WriteStartObject();
                json.WriteString("error", error.Error);
                json.WriteString("error_description", error.Description);
                json.WriteString("error_id", error.Id);
                json.WriteString("field", refusal.Field);
                json.WriteEndObject();
            });
            return;
        }
        await WriteBegunAsync(http, begun);
    }

    private static async Task FinishSignUpAsync(HttpContext http, PasskeyCeremonies ceremonies, Pages.Presentation.PageText text)
    {
        if (await ReadAsync(http, ceremonies) is not { } body)
            return;
        if (!TryCeremony(body, out var ceremony, out var credential))
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Passkey.Malformed, "ceremony or credential missing"));
            return;
        }
        var (refusal, result) = await ceremonies.FinishSignUpAsync(http.TenantId(), ceremony, credential, text.Language, Address(http),
            http.RequestAborted);
        if (refusal != PasskeyRefusal.None || result?.Status != Core.Users.SignUpStatus.CheckEmail)
        {
            await RefusedAsync(http, refusal == PasskeyRefusal.None ? PasskeyRefusal.Invalid : refusal, null);
            return;
        }
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("redirect", "/signup?sent=true");
            json.WriteEndObject();
        });
    }

    private static string? Text(JsonElement body, string name) =>
        body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task BeginSignInAsync(HttpContext http, PasskeyCeremonies ceremonies)
    {
        if (await ReadAsync(http, ceremonies) is null)
            return;
        await WriteBegunAsync(http, await ceremonies.BeginSignInAsync(http.TenantId(), http.RequestAborted));
    }

    private static async Task FinishSignInAsync(HttpContext http, PasskeyCeremonies ceremonies, SignInCompletion completion)
    {
        if (await ReadAsync(http, ceremonies) is not { } body)
            return;
        if (!TryCeremony(body, out var ceremony, out var credential))
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Passkey.Malformed, "ceremony or credential missing"));
            return;
        }
        var outcome = await ceremonies.FinishSignInAsync(http.TenantId(), ceremony, credential, Address(http), http.RequestAborted);
        if (outcome.User is not { } user)
        {
            await RefusedAsync(http, outcome.Refusal, outcome.Refusal == PasskeyRefusal.UnknownCredential ? outcome.Detail : null);
            return;
        }
        await completion.StartSessionAsync(http, user, new SignInEvidence(outcome.Methods, PasskeyEvidence.PhishingResistant));
        var returnUrl = body.TryGetProperty("returnUrl", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var redirect = IsLocal(returnUrl) ? returnUrl! : "/login";
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("redirect", redirect);
            json.WriteEndObject();
        });
    }

    private static async Task BeginRegistrationAsync(HttpContext http, PasskeyCeremonies ceremonies, CurrentUser currentUser)
    {
        if (await ReadAsync(http, ceremonies) is null)
            return;
        if (await currentUser.FindAsync(http) is not { } user)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Passkey.SignInRequired));
            return;
        }
        var displayName = Core.Users.UserAdministration.NameOf(user) ?? user.Username;
        await WriteBegunAsync(http, await ceremonies.BeginRegistrationAsync(user, displayName, http.RequestAborted));
    }

    private static async Task FinishRegistrationAsync(HttpContext http, PasskeyCeremonies ceremonies, CurrentUser currentUser)
    {
        if (await ReadAsync(http, ceremonies) is not { } body)
            return;
        if (await currentUser.FindAsync(http) is not { } user)
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Passkey.SignInRequired));
            return;
        }
        if (!TryCeremony(body, out var ceremony, out var credential))
        {
            await OAuthErrorResponse.WriteAsync(http, OAuthError.From(ErrorCatalog.Passkey.Malformed, "ceremony or credential missing"));
            return;
        }
        var name = body.TryGetProperty("name", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        var outcome = await ceremonies.FinishRegistrationAsync(user, ceremony, credential, name, Address(http), http.RequestAborted);
        if (outcome.Passkey is not { } passkey)
        {
            await RefusedAsync(http, outcome.Refusal, null);
            return;
        }
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("id", passkey.Id);
            json.WriteString("name", passkey.Name);
            json.WriteEndObject();
        });
    }

    /// <summary>The JSON object of the body, or null after answering with why it cannot be used.</summary>
    private static async Task<JsonElement?> ReadAsync(HttpContext http, PasskeyCeremonies ceremonies)
    {
        OAuthError? error = null;
        JsonElement? body = null;
        var mediaType = http.Request.ContentType?.Split(';')[0].Trim();
        if (!ceremonies.Enabled)
            error = OAuthError.From(ErrorCatalog.Passkey.Disabled);
        else if (http.Request.Headers.Origin is { Count: > 0 } origin
                 && !ceremonies.Options.AllowedOrigins(http.Tenant().Issuer).Contains(origin.ToString(), StringComparer.Ordinal))
            error = OAuthError.From(ErrorCatalog.Passkey.CrossOrigin, origin.ToString());
        else if (!string.Equals(mediaType, "application/json", StringComparison.OrdinalIgnoreCase))
            error = OAuthError.From(ErrorCatalog.Passkey.WrongContentType);
        else if (await ProtocolRequestReader.ReadBodyAsync(http) is not { } bytes)
            error = OAuthError.From(ErrorCatalog.Passkey.Malformed, "body too large");
        else
        {
            try
            {
                using var document = JsonDocument.Parse(bytes.Length == 0 ? "{}"u8.ToArray() : bytes);
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                    body = document.RootElement.Clone();
                else
                    error = OAuthError.From(ErrorCatalog.Passkey.Malformed, "not a JSON object");
            }
            catch (JsonException)
            {
                error = OAuthError.From(ErrorCatalog.Passkey.Malformed, "not JSON");
            }
        }
        if (error is not null)
        {
            RefusalLog.Write(http, error);
            await OAuthErrorResponse.WriteAsync(http, error);
        }
        return body;
    }

    private static bool TryCeremony(JsonElement body, out string ceremony, out JsonElement credential)
    {
        ceremony = body.TryGetProperty("ceremony", out var handle) && handle.ValueKind == JsonValueKind.String ? handle.GetString() ?? "" : "";
        credential = body.TryGetProperty("credential", out var value) ? value : default;
        return ceremony.Length > 0 && credential.ValueKind == JsonValueKind.Object;
    }

    private static Task WriteBegunAsync(HttpContext http, BegunCeremony begun)
    {
        http.Response.Headers.CacheControl = "no-store";
        return JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("ceremony", begun.Ceremony);
            json.WritePropertyName("publicKey");
            json.WriteRawValue(begun.PublicKeyOptionsJson);
            json.WriteEndObject();
        });
    }

    /// <summary>400 with the refusal; an unknown credential's id goes back so that the page can tell the browser to forget it.</summary>
    private static async Task RefusedAsync(HttpContext http, PasskeyRefusal refusal, string? unknownCredentialId)
    {
        var error = OAuthError.From(refusal == PasskeyRefusal.Malformed ? ErrorCatalog.Passkey.Malformed : ErrorCatalog.Passkey.Refused,
            PasskeyCeremonies.ReasonOf(refusal));
        RefusalLog.Write(http, error);
        http.Response.StatusCode = error.StatusCode;
        http.Response.Headers.CacheControl = "no-store";
        await JsonResponse.WriteAsync(http, json =>
        {
            json.WriteStartObject();
            json.WriteString("error", error.Error);
            json.WriteString("error_description", error.Description);
            json.WriteString("error_id", error.Id);
            json.WriteString("reason", PasskeyCeremonies.ReasonOf(refusal));
            if (unknownCredentialId is not null)
                json.WriteString("credential_id", unknownCredentialId);
            json.WriteEndObject();
        });
    }

    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static string? Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString();
}

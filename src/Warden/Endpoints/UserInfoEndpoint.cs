using Warden.Middleware;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Users;

namespace Warden.Endpoints;

/// <summary>
/// The UserInfo endpoint (OpenID Connect Core §5.3), GET and POST, with a bearer access token in the Authorization
/// header (RFC 6750 §2.1). It releases the claims of the token's scopes; errors are RFC 6750 §3 challenges.
/// </summary>
public static class UserInfoEndpoint
{
    public static void MapUserInfoEndpoint(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMethods(OAuthServerOptions.UserInfoPath, [HttpMethods.Get, HttpMethods.Post], HandleAsync);

    private static async Task HandleAsync(HttpContext http, AccessTokenValidator validator, IUserStore users, UserClaims claims)
    {
        http.Response.Headers.CacheControl = "no-store";
        var header = http.Request.Headers.Authorization;
        if (header.Count != 1 || header[0] is not { } value || !value.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            // RFC 6750 §3.1: a request without credentials gets a bare challenge.
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            http.Response.Headers.WWWAuthenticate = "Bearer realm=\"warden\"";
            return;
        }

        var token = value["Bearer ".Length..].Trim();
        var description = await validator.ValidateAsync(http.TenantId(), token, http.RequestAborted);
        if (description is null)
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(ErrorCatalog.UserInfo.TokenInvalid));
            return;
        }
        if (!description.Scopes.Contains(OAuthNames.Scopes.OpenId, StringComparer.Ordinal))
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(ErrorCatalog.UserInfo.OpenIdScopeMissing));
            return;
        }
        var user = Guid.TryParse(description.Subject, out var userId) ? await users.FindByIdAsync(description.TenantId, userId, http.RequestAborted) : null;
        if (user is not { IsActive: true })
        {
            await OAuthErrorResponse.WriteBearerChallengeAsync(http, OAuthError.From(ErrorCatalog.UserInfo.UserInactive,
                user is null ? "the user was deleted" : "the user is deactivated"));
            return;
        }

        var released = await claims.ReleaseAsync(user, description.Scopes, http.RequestAborted);
        await JsonResponse.WriteAsync(http, json => released.WriteTo(json));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Warden.Core.Scopes;

namespace Warden.Core.Users;

/// <summary>
/// The claims about a user that granted scopes release (OpenID Connect Core §5.4), for ID tokens and UserInfo. Each
/// scope's stored definition lists its claims; the standard scopes fall back to the OpenID Connect list. Values come
/// from the account (username, email, picture, updated_at) and, for any other claim, from the user's metadata.
/// </summary>
public sealed class UserClaims(ScopeCatalog scopes)
{
    public async Task<JsonObject> ReleaseAsync(User user, IReadOnlyList<string> grantedScopes, CancellationToken cancellationToken)
    {
        var stored = await scopes.GetAsync(user.TenantId, cancellationToken);
        var names = grantedScopes
            .SelectMany(name => stored.TryGetValue(name, out var scope)
                ? scope.Claims
                : Scope.Standard.FirstOrDefault(standard => standard.Name == name).Claims ?? [])
            .ToHashSet(StringComparer.Ordinal);

        var claims = new JsonObject { ["sub"] = user.Id.ToString() };
        var metadata = ParseMetadata(user.Metadata);
        foreach (var name in names.Order(StringComparer.Ordinal))
        {
            if (name == "sub")
                continue;
            if (AccountClaim(user, name) is { } value)
                claims[name] = value;
            else if (metadata?[name] is { } fromMetadata)
                claims[name] = fromMetadata.DeepClone();
        }
        return claims;
    }

    private static JsonNode? AccountClaim(User user, string name) => name switch
    {
        "preferred_username" => user.Username,
        "email" => user.Email,
        "email_verified" => user.Email is null ? null : user.EmailVerified,
        "picture" => user.ProfilePictureUrl,
        "updated_at" => user.UpdatedAt.ToUnixTimeSeconds(),
        _ => null,
    };

    private static JsonObject? ParseMetadata(string metadata)
    {
        try
        {
            return JsonNode.Parse(metadata) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

namespace Warden.Core.Scopes;

/// <summary>
/// Scopes that give a client power over the server itself rather than over a person's data. They begin with
/// <see cref="Prefix"/>; only an operator gives one to a client (<c>warden clients create/update --scope</c> or a
/// config.yaml declaration): a client registering itself never gets one, whatever <c>registration.allowed_scopes</c>
/// or a scope's registrable flag say, and no client receives one as a default scope.
/// </summary>
public static class ReservedScopes
{
    public const string Prefix = "warden:";

    /// <summary>The user-administration API (/api/users): create, read, change, disable and delete users.</summary>
    public const string UserAdministration = "warden:users";

    /// <summary>The API-key administration API (/api/api-keys): create, list, read and revoke the tenant's API keys.</summary>
    public const string ApiKeyAdministration = "warden:api_keys";

    public static bool IsReserved(string scope) => scope.StartsWith(Prefix, StringComparison.Ordinal);
}

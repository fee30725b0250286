using Warden.Core.Registration;
using Warden.Core.Users;

namespace Warden.Core.Tenants;

/// <summary>
/// A tenant's own values for settings the server's configuration also gives; each null takes the server's. Stored as
/// one JSON object (the tenants table's <c>settings</c> column and config.yaml's <c>tenants:</c> entries use the same
/// snake_case names).
/// </summary>
/// <param name="AccessTokenLifetime">tokens.access_token_lifetime for the tenant's clients that set none of their own.</param>
/// <param name="GrantTypes">The grant types the token endpoint accepts in the tenant; null accepts all the server supports.</param>
/// <param name="Registration">registration.policy: dynamic client registration in the tenant.</param>
/// <param name="SignUp">sign_up.policy: whether people may create their own accounts in the tenant.</param>
/// <param name="PasswordMinLength">passwords.min_length for the tenant's new passwords.</param>
/// <param name="PasswordCharacterClasses">passwords.character_classes for the tenant's new passwords.</param>
/// <param name="ThemeDirectory">ui.theme_dir for the tenant's pages: its stylesheet, logo, favicon and texts instead of the server's.</param>
/// <param name="IdTokenLifetime">tokens.id_token_lifetime in the tenant.</param>
/// <param name="RefreshTokenLifetime">tokens.refresh_token_lifetime in the tenant.</param>
/// <param name="RefreshTokenIdleLifetime">tokens.refresh_token_idle_lifetime in the tenant.</param>
/// <param name="AuthorizationCodeLifetime">tokens.authorization_code_lifetime in the tenant.</param>
/// <param name="ApiKeyScopes">api_keys.allowed_scopes for the tenant's API keys.</param>
/// <param name="ApiKeyMaxLifetime">api_keys.max_lifetime for the tenant's API keys.</param>
/// <param name="ApiKeyAllowNoExpiry">api_keys.allow_no_expiry for the tenant's API keys.</param>
public sealed record TenantSettings(
    TimeSpan? AccessTokenLifetime = null,
    IReadOnlyList<string>? GrantTypes = null,
    RegistrationPolicy? Registration = null,
    SignUpPolicy? SignUp = null,
    int? PasswordMinLength = null,
    int? PasswordCharacterClasses = null,
    string? ThemeDirectory = null,
    IReadOnlyList<string>? ApiKeyScopes = null,
    TimeSpan? ApiKeyMaxLifetime = null,
    bool? ApiKeyAllowNoExpiry = null,
    TimeSpan? IdTokenLifetime = null,
    TimeSpan? RefreshTokenLifetime = null,
    TimeSpan? RefreshTokenIdleLifetime = null,
    TimeSpan? AuthorizationCodeLifetime = null)
{
    public static TenantSettings Inherited { get; } = new();

    /// <summary>Whether the tenant accepts the grant type at the token endpoint.</summary>
    public bool Allows(string grantType) => GrantTypes is null || GrantTypes.Contains(grantType, StringComparer.Ordinal);

    public bool Equals(TenantSettings? other) =>
        other is not null && AccessTokenLifetime == other.AccessTokenLifetime && Registration == other.Registration && SignUp == other.SignUp
        && PasswordMinLength == other.PasswordMinLength && PasswordCharacterClasses == other.PasswordCharacterClasses
        && ThemeDirectory == other.ThemeDirectory && IdTokenLifetime == other.IdTokenLifetime && RefreshTokenLifetime == other.RefreshTokenLifetime
        && RefreshTokenIdleLifetime == other.RefreshTokenIdleLifetime && AuthorizationCodeLifetime == other.AuthorizationCodeLifetime && ApiKeyMaxLifetime == other.ApiKeyMaxLifetime && ApiKeyAllowNoExpiry == other.ApiKeyAllowNoExpiry
        && (ApiKeyScopes ?? []).SequenceEqual(other.ApiKeyScopes ?? [], StringComparer.Ordinal) && (ApiKeyScopes is null) == (other.ApiKeyScopes is null)
        && (GrantTypes ?? []).SequenceEqual(other.GrantTypes ?? [], StringComparer.Ordinal) && (GrantTypes is null) == (other.GrantTypes is null);

    public override int GetHashCode() =>
        HashCode.Combine(HashCode.Combine(AccessTokenLifetime, Registration, SignUp, GrantTypes?.Count, PasswordMinLength, PasswordCharacterClasses, ThemeDirectory),
            ApiKeyScopes?.Count, ApiKeyMaxLifetime, ApiKeyAllowNoExpiry, IdTokenLifetime, RefreshTokenLifetime, AuthorizationCodeLifetime);

    /// <summary>The tenant's password rule: its own values over the server's <paramref name="server"/>.</summary>
    public PasswordPolicy PasswordsOver(PasswordPolicy server) => PasswordMinLength is null && PasswordCharacterClasses is null
        ? server
        : server with { MinLength = PasswordMinLength ?? server.MinLength, CharacterClasses = PasswordCharacterClasses ?? server.CharacterClasses };

    /// <summary>The tenant's lifetimes of ID tokens, refresh tokens and codes: its own values over the server's <paramref name="server"/>.</summary>
    public Authorization.AuthorizationOptions AuthorizationOver(Authorization.AuthorizationOptions server) =>
        IdTokenLifetime is null && RefreshTokenLifetime is null && RefreshTokenIdleLifetime is null && AuthorizationCodeLifetime is null
            ? server
            : server with
            {
                IdTokenLifetime = IdTokenLifetime ?? server.IdTokenLifetime,
                RefreshTokenLifetime = RefreshTokenLifetime ?? server.RefreshTokenLifetime,
                RefreshTokenIdleLifetime = RefreshTokenIdleLifetime ?? server.RefreshTokenIdleLifetime,
                CodeLifetime = AuthorizationCodeLifetime ?? server.CodeLifetime,
            };

    /// <summary>The tenant's API-key policy: its own values over the server's <paramref name="server"/>.</summary>
    public ApiKeys.ApiKeyPolicy ApiKeysOver(ApiKeys.ApiKeyPolicy server) => new(ApiKeyScopes ?? server.AllowedScopes,
        ApiKeyMaxLifetime ?? server.MaxLifetime, ApiKeyAllowNoExpiry ?? server.AllowNoExpiry);
}

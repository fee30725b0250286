using System.Text.RegularExpressions;

namespace Warden.Storage.Sql;

/// <summary>
/// Table names with the operator's optional prefix (database.table_prefix) applied, so that several applications
/// can share one database or schema.
/// </summary>
public sealed partial class TableNames(string prefix)
{
    public string Prefix { get; } = ValidatePrefix(prefix);
    public string SchemaMigrations => Prefix + "schema_migrations";
    public string Tenants => Prefix + "tenants";
    public string Clients => Prefix + "clients";
    public string SigningKeys => Prefix + "signing_keys";
    public string AuditLogs => Prefix + "audit_logs";
    public string ClientSecrets => Prefix + "client_secrets";
    public string ReferenceTokens => Prefix + "reference_tokens";
    public string RevokedTokens => Prefix + "revoked_tokens";
    public string Users => Prefix + "users";
    public string Scopes => Prefix + "scopes";
    public string AuthorizationCodes => Prefix + "authorization_codes";
    public string RefreshTokens => Prefix + "refresh_tokens";
    public string RefreshTokenFamilies => Prefix + "refresh_token_families";
    public string Consents => Prefix + "consents";
    public string DataProtectionKeys => Prefix + "data_protection_keys";
    public string Settings => Prefix + "settings";
    public string DeviceCodes => Prefix + "device_codes";
    public string RegistrationTokens => Prefix + "registration_tokens";
    public string EmailTokens => Prefix + "email_tokens";
    public string PasskeyCredentials => Prefix + "passkey_credentials";
    public string IdentityProviders => Prefix + "identity_providers";
    public string ExternalLogins => Prefix + "external_logins";
    public string ApiKeys => Prefix + "api_keys";
    public string CleanupLease => Prefix + "cleanup_lease";

    /// <summary>Lowercase letters, digits and underscores, starting with a letter: safe to splice into SQL unquoted.</summary>
    public static bool IsValidPrefix(string prefix) => prefix.Length == 0 || PrefixPattern().IsMatch(prefix);

    private static string ValidatePrefix(string prefix) =>
        IsValidPrefix(prefix) ? prefix : throw new ArgumentException($"invalid table prefix '{prefix}'", nameof(prefix));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,29}$")]
    private static partial Regex PrefixPattern();
}

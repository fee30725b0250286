using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Keys;
using Warden.Core.Registration;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Users = Warden.Core.Users;

namespace Warden.Storage.Memory;

/// <summary>
/// All rows of the memory backend behind one lock: every store operation is atomic, like a single SQL statement,
/// and the foreign-key rule (rows need an existing tenant) is checked as the SQL backends check it.
/// </summary>
internal sealed class MemoryState
{
    public Lock Sync { get; } = new();
    public Dictionary<string, Tenant> Tenants { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string TenantId, string ClientId), Client> Clients { get; } = [];
    public Dictionary<(string TenantId, string KeyId), SigningKey> SigningKeys { get; } = [];
    public Dictionary<Guid, AuditEvent> AuditEvents { get; } = [];
    public Dictionary<Guid, ClientSecret> ClientSecrets { get; } = [];
    public Dictionary<string, ReferenceToken> ReferenceTokens { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string TenantId, string JwtId), RevokedJwt> RevokedTokens { get; } = [];
    public Dictionary<Guid, Users.User> Users { get; } = [];
    public Dictionary<(string TenantId, string Name), Warden.Core.Scopes.Scope> Scopes { get; } = [];
    public Dictionary<string, AuthorizationCode> AuthorizationCodes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, RefreshToken> RefreshTokens { get; } = new(StringComparer.Ordinal);
    public Dictionary<(string TenantId, Guid FamilyId), RefreshTokenFamily> RefreshTokenFamilies { get; } = [];
    public Dictionary<(string TenantId, Guid UserId, string ClientId), Users.Consent> Consents { get; } = [];
    public Dictionary<(string TenantId, string Name), DataProtectionKey> DataProtectionKeys { get; } = [];
    public Dictionary<(string TenantId, string Key), Warden.Core.Settings.Setting> Settings { get; } = [];
    public Dictionary<string, DeviceAuthorization> DeviceAuthorizations { get; } = new(StringComparer.Ordinal);

    /// <summary>The unique index on (tenant, user code hash): the key of the device authorization holding it.</summary>
    public Dictionary<(string TenantId, string UserCodeHash), string> DeviceUserCodes { get; } = [];

    /// <summary>Registration tokens by id; <see cref="RegistrationTokenHashes"/> is the unique index on the hash.</summary>
    public Dictionary<Guid, RegistrationToken> RegistrationTokens { get; } = [];

    /// <summary>The unique index on token_hash: the id of the registration token holding it.</summary>
    public Dictionary<string, Guid> RegistrationTokenHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Email tokens by id; <see cref="EmailTokenHashes"/> is the unique index on the hash.</summary>
    public Dictionary<Guid, Users.EmailToken> EmailTokens { get; } = [];

    /// <summary>The unique index on email_tokens.token_hash: the id of the token holding it.</summary>
    public Dictionary<string, Guid> EmailTokenHashes { get; } = new(StringComparer.Ordinal);

    /// <summary>Passkeys by id (the unique credential id per tenant is checked by a scan: a user has a handful).</summary>
    public Dictionary<Guid, Core.Passkeys.PasskeyCredential> Passkeys { get; } = [];
    public Dictionary<(string TenantId, string Name), Warden.Core.IdentityProviders.IdentityProvider> IdentityProviders { get; } = [];

    /// <summary>Linked accounts by id; the unique index on (tenant, provider, subject) is checked by scanning (few rows per user).</summary>
    public Dictionary<Guid, Warden.Core.ExternalLogins.ExternalLogin> ExternalLogins { get; } = [];

    /// <summary>API keys by public id (unique across tenants, as in the api_keys table).</summary>
    public Dictionary<string, Warden.Core.ApiKeys.ApiKey> ApiKeys { get; } = new(StringComparer.Ordinal);

    public MemoryState(TimeProvider time)
    {
        Tenants[Tenant.DefaultId] = new Tenant(Tenant.DefaultId, "Default", StoredTime.Truncate(time.GetUtcNow()));
    }

    /// <summary>Call while holding <see cref="Sync"/>.</summary>
    public void RequireTenant(string tenantId)
    {
        if (!Tenants.ContainsKey(tenantId))
            throw new MissingReferenceException($"tenant '{tenantId}' does not exist");
    }

    /// <summary>The ON DELETE CASCADE of device_codes (from its client or user). Call while holding <see cref="Sync"/>.</summary>
    public void RemoveDeviceAuthorizations(Func<DeviceAuthorization, bool> match)
    {
        foreach (var (key, authorization) in DeviceAuthorizations.Where(pair => match(pair.Value)).ToList())
        {
            DeviceAuthorizations.Remove(key);
            DeviceUserCodes.Remove((authorization.TenantId, Convert.ToHexString(authorization.UserCodeHash)));
        }
    }

    /// <summary>The ON DELETE CASCADE of registration_tokens (from its client); returns how many. Call while holding <see cref="Sync"/>.</summary>
    public int RemoveRegistrationTokens(Func<RegistrationToken, bool> match)
    {
        var removed = RegistrationTokens.Values.Where(match).ToList();
        foreach (var token in removed)
        {
            RegistrationTokens.Remove(token.Id);
            RegistrationTokenHashes.Remove(Convert.ToHexString(token.Hash));
        }
        return removed.Count;
    }

    /// <summary>The ON DELETE CASCADE of every table from tenants: the tenant's rows everywhere. Call while holding <see cref="Sync"/>.</summary>
    public void RemoveTenant(string tenantId)
    {
        Tenants.Remove(tenantId);
        RemoveWhere(Clients, key => key.TenantId == tenantId);
        RemoveWhere(SigningKeys, key => key.TenantId == tenantId);
        RemoveWhere(AuditEvents, (_, value) => value.TenantId == tenantId);
        RemoveWhere(ClientSecrets, (_, value) => value.TenantId == tenantId);
        RemoveWhere(ReferenceTokens, (_, value) => value.TenantId == tenantId);
        RemoveWhere(RevokedTokens, key => key.TenantId == tenantId);
        RemoveWhere(Users, (_, value) => value.TenantId == tenantId);
        RemoveWhere(Scopes, key => key.TenantId == tenantId);
        RemoveWhere(AuthorizationCodes, (_, value) => value.TenantId == tenantId);
        RemoveWhere(RefreshTokens, (_, value) => value.TenantId == tenantId);
        RemoveWhere(RefreshTokenFamilies, key => key.TenantId == tenantId);
        RemoveWhere(Consents, key => key.TenantId == tenantId);
        RemoveWhere(DataProtectionKeys, key => key.TenantId == tenantId);
        RemoveWhere(Settings, key => key.TenantId == tenantId);
        RemoveDeviceAuthorizations(authorization => authorization.TenantId == tenantId);
        RemoveRegistrationTokens(token => token.TenantId == tenantId);
        RemoveEmailTokens(token => token.TenantId == tenantId);
        RemoveWhere(Passkeys, (_, value) => value.TenantId == tenantId);
        RemoveWhere(IdentityProviders, key => key.TenantId == tenantId);
        RemoveWhere(ExternalLogins, (_, value) => value.TenantId == tenantId);
        RemoveWhere(ApiKeys, (_, value) => value.TenantId == tenantId);
    }

    private static void RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> rows, Func<TKey, bool> match) where TKey : notnull =>
        RemoveWhere(rows, (key, _) => match(key));

    private static void RemoveWhere<TKey, TValue>(Dictionary<TKey, TValue> rows, Func<TKey, TValue, bool> match) where TKey : notnull
    {
        foreach (var key in rows.Where(pair => match(pair.Key, pair.Value)).Select(pair => pair.Key).ToList())
            rows.Remove(key);
    }

    /// <summary>The ON DELETE CASCADE of email_tokens (from its user); returns how many. Call while holding <see cref="Sync"/>.</summary>
    public int RemoveEmailTokens(Func<Users.EmailToken, bool> match)
    {
        var removed = EmailTokens.Values.Where(match).ToList();
        foreach (var token in removed)
        {
            EmailTokens.Remove(token.Id);
            EmailTokenHashes.Remove(Convert.ToHexString(token.Hash));
        }
        return removed.Count;
    }
}

/// <summary>
/// A revoked_tokens row. It converts to its expiry, the one field the revocation check and the cleanup look at, so code
/// that compares entries with a time reads them as before.
/// </summary>
/// <summary>A row of refresh_token_families: kept until <paramref name="ExpiresAt"/>, the latest any token of it can live.</summary>
internal readonly record struct RefreshTokenFamily(string ClientId, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt);

internal readonly record struct RevokedJwt(string ClientId, DateTimeOffset ExpiresAt, DateTimeOffset RevokedAt)
{
    public static implicit operator DateTimeOffset(RevokedJwt revoked) => revoked.ExpiresAt;
}

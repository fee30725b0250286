using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Keys;
using Warden.Core.Registration;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Transfer;
using Warden.Core.Users;
using Warden.Core.Scopes;
using Warden.Core.Settings;

namespace Warden.Core.Storage;

/// <summary>
/// One storage backend (memory, SQLite or PostgreSQL): its stores plus what operators need around the database.
/// Stores throw <see cref="StorageUnavailableException"/> when the database cannot be reached, and work again
/// without a restart once it can.
/// </summary>
public interface IStorageBackend : IAsyncDisposable
{
    /// <summary>"memory", "sqlite" or "postgres".</summary>
    string Name { get; }

    /// <summary>Where the data lives, safe to print (passwords redacted).</summary>
    string Location { get; }

    ITenantStore Tenants { get; }
    IClientStore Clients { get; }
    ISigningKeyStore SigningKeys { get; }
    IAuditLogStore AuditLog { get; }
    IReferenceTokenStore ReferenceTokens { get; }
    IRevocationStore Revocations { get; }
    IUserStore Users { get; }
    IScopeStore Scopes { get; }
    IAuthorizationCodeStore AuthorizationCodes { get; }
    IRefreshTokenStore RefreshTokens { get; }
    IConsentStore Consents { get; }
    IDataProtectionKeyStore DataProtectionKeys { get; }
    ISettingStore Settings { get; }
    IDeviceAuthorizationStore DeviceAuthorizations { get; }
    IRegistrationTokenStore RegistrationTokens { get; }
    IEmailTokenStore EmailTokens { get; }
    Passkeys.IPasskeyStore Passkeys { get; }
    IdentityProviders.IIdentityProviderStore IdentityProviders { get; }
    ExternalLogins.IExternalLoginStore ExternalLogins { get; }
    ApiKeys.IApiKeyStore ApiKeys { get; }

    /// <summary>Raw table access for export, import and <c>warden db copy</c>.</summary>
    IDataTransfer Transfer { get; }
    Cleanup.IExpiredDataStore ExpiredData { get; }

    /// <summary>Every known migration, applied or pending, in order.</summary>
    Task<IReadOnlyList<MigrationStatus>> GetMigrationStatusAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies pending migrations, each in its own transaction, guarded so that concurrent callers (other processes
    /// included) never apply one twice. Returns the migrations this call applied.
    /// </summary>
    Task<IReadOnlyList<MigrationStatus>> MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs a trivial query and reports the server version and the round-trip time.</summary>
    Task<DatabaseProbe> ProbeAsync(CancellationToken cancellationToken = default);
}

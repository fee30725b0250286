using Warden.Core.Audit;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Keys;
using Warden.Core.Registration;
using Warden.Core.Storage;
using Warden.Core.Tenants;
using Warden.Core.Tokens;
using Warden.Core.Users;
using Warden.Core.Scopes;
using Warden.Core.Settings;
using Warden.Storage.Sql.Migrations;
using Warden.Storage.Sql.Stores;

namespace Warden.Storage.Sql;

/// <summary>
/// What the SQL backends share: the stores over one <see cref="SqlDatabase"/> and the migrator, which may use a
/// database of its own: its statements change the tables that prepared statements read, and read the migration ledger
/// whose columns an earlier release lacks.
/// </summary>
public abstract class SqlStorageBackend : IStorageBackend
{
    private readonly SqlMigrator _migrator;
    private readonly TimeProvider _time;

    protected SqlStorageBackend(SqlDatabase database, SqlDatabase schemaDatabase, SqlDialect dialect, TableNames tables, string dialectName,
        TimeProvider time)
    {
        _time = time;
        Tenants = new SqlTenantStore(database, dialect, tables);
        Clients = new SqlClientStore(database, dialect, tables);
        SigningKeys = new SqlSigningKeyStore(database, dialect, tables);
        AuditLog = new SqlAuditLogStore(database, dialect, tables);
        ReferenceTokens = new SqlReferenceTokenStore(database, dialect, tables);
        Revocations = new SqlRevocationStore(database, dialect, tables);
        Users = new SqlUserStore(database, dialect, tables);
        Scopes = new SqlScopeStore(database, dialect, tables);
        AuthorizationCodes = new SqlAuthorizationCodeStore(database, dialect, tables);
        RefreshTokens = new SqlRefreshTokenStore(database, dialect, tables);
        Consents = new SqlConsentStore(database, dialect, tables);
        DataProtectionKeys = new SqlDataProtectionKeyStore(database, dialect, tables);
        Settings = new SqlSettingStore(database, dialect, tables);
        DeviceAuthorizations = new SqlDeviceAuthorizationStore(database, dialect, tables);
        RegistrationTokens = new SqlRegistrationTokenStore(database, dialect, tables);
        EmailTokens = new SqlEmailTokenStore(database, dialect, tables);
        Passkeys = new SqlPasskeyStore(database, dialect, tables);
        IdentityProviders = new SqlIdentityProviderStore(database, dialect, tables);
        ExternalLogins = new SqlExternalLoginStore(database, dialect, tables);
        ApiKeys = new SqlApiKeyStore(database, dialect, tables);
        Transfer = new SqlDataTransfer(database, dialect, tables);
        ExpiredData = new SqlExpiredDataStore(database, dialect, tables);
        _migrator = new SqlMigrator(schemaDatabase, dialect, tables, MigrationCatalog.Load(GetType().Assembly, dialectName, tables));
    }

    public abstract string Name { get; }
    public abstract string Location { get; }
    public ITenantStore Tenants { get; }
    public IClientStore Clients { get; }
    public ISigningKeyStore SigningKeys { get; }
    public IAuditLogStore AuditLog { get; }
    public IReferenceTokenStore ReferenceTokens { get; }
    public IRevocationStore Revocations { get; }
    public IUserStore Users { get; }
    public IScopeStore Scopes { get; }
    public IAuthorizationCodeStore AuthorizationCodes { get; }
    public IRefreshTokenStore RefreshTokens { get; }
    public IConsentStore Consents { get; }
    public IDataProtectionKeyStore DataProtectionKeys { get; }
    public ISettingStore Settings { get; }
    public IDeviceAuthorizationStore DeviceAuthorizations { get; }
    public IRegistrationTokenStore RegistrationTokens { get; }
    public IEmailTokenStore EmailTokens { get; }
    public Core.Passkeys.IPasskeyStore Passkeys { get; }
    public Core.IdentityProviders.IIdentityProviderStore IdentityProviders { get; }
    public Core.ExternalLogins.IExternalLoginStore ExternalLogins { get; }
    public Core.ApiKeys.IApiKeyStore ApiKeys { get; }
    public Core.Transfer.IDataTransfer Transfer { get; }
    public Core.Cleanup.IExpiredDataStore ExpiredData { get; }

    public Task<IReadOnlyList<MigrationStatus>> GetMigrationStatusAsync(CancellationToken cancellationToken = default) =>
        _migrator.GetStatusAsync(cancellationToken);

    public Task<IReadOnlyList<MigrationStatus>> MigrateAsync(CancellationToken cancellationToken = default) =>
        _migrator.MigrateAsync(_time, cancellationToken);

    public abstract Task<DatabaseProbe> ProbeAsync(CancellationToken cancellationToken = default);

    public abstract ValueTask DisposeAsync();
}

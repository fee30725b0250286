using System.Diagnostics;
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
using Warden.Storage.Memory.Stores;

namespace Warden.Storage.Memory;

/// <summary>
/// Storage in process memory, gone when the process ends: for tests, demos and throwaway instances.
/// Same semantics as the SQL backends; it has no schema, so there is nothing to migrate.
/// </summary>
public sealed class MemoryBackend : IStorageBackend
{
    public MemoryBackend(TimeProvider? time = null)
    {
        var state = new MemoryState(time ?? TimeProvider.System);
        Tenants = new MemoryTenantStore(state);
        Clients = new MemoryClientStore(state);
        SigningKeys = new MemorySigningKeyStore(state);
        AuditLog = new MemoryAuditLogStore(state);
        ReferenceTokens = new MemoryReferenceTokenStore(state);
        Revocations = new MemoryRevocationStore(state);
        Users = new MemoryUserStore(state);
        Scopes = new MemoryScopeStore(state);
        AuthorizationCodes = new MemoryAuthorizationCodeStore(state);
        RefreshTokens = new MemoryRefreshTokenStore(state);
        Consents = new MemoryConsentStore(state);
        DataProtectionKeys = new MemoryDataProtectionKeyStore(state);
        Settings = new MemorySettingStore(state);
        DeviceAuthorizations = new MemoryDeviceAuthorizationStore(state);
        RegistrationTokens = new MemoryRegistrationTokenStore(state);
        EmailTokens = new MemoryEmailTokenStore(state);
        Passkeys = new MemoryPasskeyStore(state);
        IdentityProviders = new MemoryIdentityProviderStore(state);
        ExternalLogins = new MemoryExternalLoginStore(state);
        ApiKeys = new MemoryApiKeyStore(state);
        Transfer = new MemoryDataTransfer(state);
        ExpiredData = new MemoryExpiredDataStore(state);
    }

    public string Name => "memory";
    public string Location => "memory:";
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
        Task.FromResult<IReadOnlyList<MigrationStatus>>([]);

    public Task<IReadOnlyList<MigrationStatus>> MigrateAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<MigrationStatus>>([]);

    public Task<DatabaseProbe> ProbeAsync(CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        return Task.FromResult(new DatabaseProbe(Name, "in-process " + Environment.Version, Stopwatch.GetElapsedTime(started)));
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

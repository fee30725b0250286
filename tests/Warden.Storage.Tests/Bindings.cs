using Warden.Storage.Contract;

namespace Warden.Storage.Tests;

// Every contract suite, bound once per backend.
public sealed class MemoryTenantStoreTests : TenantStoreContract<MemoryFactory>;
public sealed class SqliteTenantStoreTests : TenantStoreContract<SqliteFactory>;
public sealed class PostgresTenantStoreTests : TenantStoreContract<PostgresFactory>;

public sealed class MemoryClientStoreTests : ClientStoreContract<MemoryFactory>;
public sealed class SqliteClientStoreTests : ClientStoreContract<SqliteFactory>;
public sealed class PostgresClientStoreTests : ClientStoreContract<PostgresFactory>;

public sealed class MemorySigningKeyStoreTests : SigningKeyStoreContract<MemoryFactory>;
public sealed class SqliteSigningKeyStoreTests : SigningKeyStoreContract<SqliteFactory>;
public sealed class PostgresSigningKeyStoreTests : SigningKeyStoreContract<PostgresFactory>;

public sealed class MemoryExpiredDataStoreTests : ExpiredDataStoreContract<MemoryFactory>;
public sealed class SqliteExpiredDataStoreTests : ExpiredDataStoreContract<SqliteFactory>;
public sealed class PostgresExpiredDataStoreTests : ExpiredDataStoreContract<PostgresFactory>;
public sealed class PgBouncerExpiredDataStoreTests : ExpiredDataStoreContract<PgBouncerFactory>;

public sealed class MemoryAuditLogStoreTests : AuditLogStoreContract<MemoryFactory>;
public sealed class SqliteAuditLogStoreTests : AuditLogStoreContract<SqliteFactory>;
public sealed class PostgresAuditLogStoreTests : AuditLogStoreContract<PostgresFactory>;

// PgBouncer in transaction mode: the store semantics must survive connections being shared between transactions.
public sealed class PgBouncerClientStoreTests : ClientStoreContract<PgBouncerFactory>;
public sealed class PgBouncerAuditLogStoreTests : AuditLogStoreContract<PgBouncerFactory>;
public sealed class PgBouncerDeviceAuthorizationStoreTests : DeviceAuthorizationStoreContract<PgBouncerFactory>;
public sealed class PgBouncerAuthorizationStoreTests : AuthorizationStoreContract<PgBouncerFactory>;
public sealed class PgBouncerRegistrationTokenStoreTests : RegistrationTokenStoreContract<PgBouncerFactory>;

public sealed class SqliteMigrationTests : MigrationContract<SqliteFactory>;
public sealed class PostgresMigrationTests : MigrationContract<PostgresFactory>;

public sealed class MemoryCacheStoreTests : CacheStoreContract<MemoryCacheFactory>;
public sealed class RedisCacheStoreTests : CacheStoreContract<RedisCacheFactory>;

public sealed class MemoryTokenStoreTests : TokenStoreContract<MemoryFactory>;
public sealed class SqliteTokenStoreTests : TokenStoreContract<SqliteFactory>;
public sealed class PostgresTokenStoreTests : TokenStoreContract<PostgresFactory>;

public sealed class MemoryUserStoreTests : UserStoreContract<MemoryFactory>;
public sealed class SqliteUserStoreTests : UserStoreContract<SqliteFactory>;
public sealed class PostgresUserStoreTests : UserStoreContract<PostgresFactory>;

public sealed class MemoryScopeStoreTests : ScopeStoreContract<MemoryFactory>;
public sealed class SqliteScopeStoreTests : ScopeStoreContract<SqliteFactory>;
public sealed class PostgresScopeStoreTests : ScopeStoreContract<PostgresFactory>;

public sealed class MemoryAuthorizationStoreTests : AuthorizationStoreContract<MemoryFactory>;
public sealed class SqliteAuthorizationStoreTests : AuthorizationStoreContract<SqliteFactory>;
public sealed class PostgresAuthorizationStoreTests : AuthorizationStoreContract<PostgresFactory>;

public sealed class MemoryDataProtectionKeyStoreTests : DataProtectionKeyStoreContract<MemoryFactory>;
public sealed class SqliteDataProtectionKeyStoreTests : DataProtectionKeyStoreContract<SqliteFactory>;
public sealed class PostgresDataProtectionKeyStoreTests : DataProtectionKeyStoreContract<PostgresFactory>;

public sealed class MemorySettingStoreTests : SettingStoreContract<MemoryFactory>;
public sealed class SqliteSettingStoreTests : SettingStoreContract<SqliteFactory>;
public sealed class PostgresSettingStoreTests : SettingStoreContract<PostgresFactory>;

public sealed class MemoryDeviceAuthorizationStoreTests : DeviceAuthorizationStoreContract<MemoryFactory>;
public sealed class SqliteDeviceAuthorizationStoreTests : DeviceAuthorizationStoreContract<SqliteFactory>;
public sealed class PostgresDeviceAuthorizationStoreTests : DeviceAuthorizationStoreContract<PostgresFactory>;

public sealed class MemoryRegistrationTokenStoreTests : RegistrationTokenStoreContract<MemoryFactory>;
public sealed class SqliteRegistrationTokenStoreTests : RegistrationTokenStoreContract<SqliteFactory>;
public sealed class PostgresRegistrationTokenStoreTests : RegistrationTokenStoreContract<PostgresFactory>;

public sealed class MemoryEmailTokenStoreTests : EmailTokenStoreContract<MemoryFactory>;
public sealed class SqliteEmailTokenStoreTests : EmailTokenStoreContract<SqliteFactory>;
public sealed class PostgresEmailTokenStoreTests : EmailTokenStoreContract<PostgresFactory>;

public sealed class MemoryPasskeyStoreTests : PasskeyStoreContract<MemoryFactory>;
public sealed class SqlitePasskeyStoreTests : PasskeyStoreContract<SqliteFactory>;
public sealed class PostgresPasskeyStoreTests : PasskeyStoreContract<PostgresFactory>;
public sealed class MemoryExternalLoginStoreTests : ExternalLoginStoreContract<MemoryFactory>;
public sealed class SqliteExternalLoginStoreTests : ExternalLoginStoreContract<SqliteFactory>;
public sealed class PostgresExternalLoginStoreTests : ExternalLoginStoreContract<PostgresFactory>;

public sealed class MemoryApiKeyStoreTests : ApiKeyStoreContract<MemoryFactory>;
public sealed class SqliteApiKeyStoreTests : ApiKeyStoreContract<SqliteFactory>;
public sealed class PostgresApiKeyStoreTests : ApiKeyStoreContract<PostgresFactory>;

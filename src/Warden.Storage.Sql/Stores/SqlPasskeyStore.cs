using System.Data.Common;
using Warden.Core.Passkeys;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlPasskeyStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IPasskeyStore
{
    private const string Columns =
        "id, tenant_id, user_id, credential_id, public_key, sign_count, transports, aaguid, backup_eligible, backed_up, name, created_at, last_used_at";

    private readonly string _insert =
        $"INSERT INTO {tables.PasskeyCredentials} ({Columns}) VALUES (@id, @tenant_id, @user_id, @credential_id, @public_key, @sign_count, " +
        "@transports, @aaguid, @backup_eligible, @backed_up, @name, @created_at, @last_used_at)";

    private readonly string _findByCredential =
        $"SELECT {Columns} FROM {tables.PasskeyCredentials} WHERE tenant_id = @tenant_id AND credential_id = @credential_id";

    private readonly string _list =
        $"SELECT {Columns} FROM {tables.PasskeyCredentials} WHERE tenant_id = @tenant_id AND user_id = @user_id ORDER BY created_at, id";

    private readonly string _count = $"SELECT COUNT(*) FROM {tables.PasskeyCredentials} WHERE tenant_id = @tenant_id AND user_id = @user_id";

    private readonly string _rename =
        $"UPDATE {tables.PasskeyCredentials} SET name = @name WHERE tenant_id = @tenant_id AND user_id = @user_id AND id = @id";

    // Conditional on the counter read before the signature was checked: of two assertions racing with one counter, one wins.
    private readonly string _recordUse =
        $"UPDATE {tables.PasskeyCredentials} SET sign_count = @sign_count, backed_up = @backed_up, last_used_at = @used_at " +
        "WHERE tenant_id = @tenant_id AND id = @id AND sign_count = @expected_sign_count";

    private readonly string _delete = $"DELETE FROM {tables.PasskeyCredentials} WHERE tenant_id = @tenant_id AND user_id = @user_id AND id = @id";

    public Task CreateAsync(PasskeyCredential credential, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("id", dialect.Uuid(credential.Id)), new("tenant_id", credential.TenantId), new("user_id", dialect.Uuid(credential.UserId)),
            new("credential_id", credential.CredentialId), new("public_key", credential.PublicKey), new("sign_count", credential.SignCount),
            new("transports", dialect.List(credential.Transports)), new("aaguid", dialect.Uuid(credential.Aaguid)),
            new("backup_eligible", dialect.Boolean(credential.BackupEligible)), new("backed_up", dialect.Boolean(credential.BackedUp)),
            new("name", credential.Name), new("created_at", dialect.Time(StoredTime.Truncate(credential.CreatedAt))),
            new("last_used_at", dialect.Time(StoredTime.Truncate(credential.LastUsedAt))),
        ], cancellationToken, new ConflictSubject("passkey", credential.Id.ToString()));

    public Task<PasskeyCredential?> FindByCredentialIdAsync(string tenantId, byte[] credentialId, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_findByCredential, [new("tenant_id", tenantId), new("credential_id", credentialId)], Map, cancellationToken);

    public async Task<IReadOnlyList<PasskeyCredential>> ListAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId))], Map, cancellationToken);

    public async Task<int> CountAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default) =>
        (int)(await database.QuerySingleAsync(_count, [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId))],
            row => row.GetInt64(0), cancellationToken));

    public async Task<bool> RenameAsync(string tenantId, Guid userId, Guid id, string name, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_rename,
            [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("id", dialect.Uuid(id)), new("name", name)],
            cancellationToken) == 1;

    public async Task<bool> RecordUseAsync(string tenantId, Guid id, long expectedSignCount, long signCount, bool backedUp, DateTimeOffset usedAt,
        CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_recordUse,
        [
            new("tenant_id", tenantId), new("id", dialect.Uuid(id)), new("expected_sign_count", expectedSignCount), new("sign_count", signCount),
            new("backed_up", dialect.Boolean(backedUp)), new("used_at", dialect.Time(StoredTime.Truncate(usedAt))),
        ], cancellationToken) == 1;

    public async Task<bool> DeleteAsync(string tenantId, Guid userId, Guid id, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("id", dialect.Uuid(id))],
            cancellationToken) == 1;

    private PasskeyCredential Map(DbDataReader row) => new()
    {
        Id = dialect.ReadUuid(row, 0), TenantId = row.GetString(1), UserId = dialect.ReadUuid(row, 2), CredentialId = row.GetFieldValue<byte[]>(3),
        PublicKey = row.GetFieldValue<byte[]>(4), SignCount = row.GetInt64(5), Transports = dialect.ReadList(row, 6), Aaguid = dialect.ReadUuid(row, 7),
        BackupEligible = dialect.ReadBoolean(row, 8), BackedUp = dialect.ReadBoolean(row, 9), Name = row.GetString(10),
        CreatedAt = dialect.ReadTime(row, 11), LastUsedAt = dialect.ReadNullableTime(row, 12),
    };
}

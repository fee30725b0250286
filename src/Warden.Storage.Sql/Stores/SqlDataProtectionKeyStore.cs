using Warden.Core.Keys;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlDataProtectionKeyStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IDataProtectionKeyStore
{
    private readonly string _insert =
        $"INSERT INTO {tables.DataProtectionKeys} (tenant_id, name, encrypted_xml, created_at) VALUES (@tenant_id, @name, @encrypted_xml, @created_at) " +
        "ON CONFLICT (tenant_id, name) DO NOTHING";

    private readonly string _list =
        $"SELECT tenant_id, name, encrypted_xml, created_at FROM {tables.DataProtectionKeys} WHERE tenant_id = @tenant_id ORDER BY created_at, name";

    public Task AddAsync(DataProtectionKey key, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", key.TenantId), new("name", key.Name), new("encrypted_xml", key.EncryptedXml),
            new("created_at", dialect.Time(StoredTime.Truncate(key.CreatedAt))),
        ], cancellationToken);

    public async Task<IReadOnlyList<DataProtectionKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId)],
            row => new DataProtectionKey(row.GetString(0), row.GetString(1), row.GetFieldValue<byte[]>(2), dialect.ReadTime(row, 3)), cancellationToken);
}

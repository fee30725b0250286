using System.Data.Common;
using Warden.Core.Settings;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlSettingStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : ISettingStore
{
    private const string Columns = "tenant_id, key, value, updated_at";

    private readonly string _insert = $"INSERT INTO {tables.Settings} ({Columns}) VALUES (@tenant_id, @key, @value, @updated_at) ON CONFLICT (tenant_id, key) ";
    private readonly string _find = $"SELECT {Columns} FROM {tables.Settings} WHERE tenant_id = @tenant_id AND key = @key";
    private readonly string _list = $"SELECT {Columns} FROM {tables.Settings} WHERE tenant_id = @tenant_id ORDER BY key";
    private readonly string _delete = $"DELETE FROM {tables.Settings} WHERE tenant_id = @tenant_id AND key = @key";

    public Task<Setting?> FindAsync(string tenantId, string key, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("key", key)], Map, cancellationToken);

    public async Task<IReadOnlyList<Setting>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId)], Map, cancellationToken);

    public Task SetAsync(Setting setting, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert + "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at", Parameters(setting), cancellationToken);

    public async Task<bool> AddIfAbsentAsync(Setting setting, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_insert + "DO NOTHING", Parameters(setting), cancellationToken) == 1;

    public async Task<bool> DeleteAsync(string tenantId, string key, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("key", key)], cancellationToken) == 1;

    private SqlParameter[] Parameters(Setting setting) =>
    [
        new("tenant_id", setting.TenantId), new("key", setting.Key), new("value", setting.Value),
        new("updated_at", dialect.Time(StoredTime.Truncate(setting.UpdatedAt))),
    ];

    private Setting Map(DbDataReader row) => new(row.GetString(0), row.GetString(1), row.GetString(2), dialect.ReadTime(row, 3));
}

using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlTenantStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : ITenantStore
{
    private const string Columns = "id, name, created_at, is_active, addressing, host, settings";

    private readonly string _insert =
        $"INSERT INTO {tables.Tenants} ({Columns}) VALUES (@id, @name, @created_at, @is_active, @addressing, @host, {dialect.Typed("settings", SqlType.Json)})";
    private readonly string _find = $"SELECT {Columns} FROM {tables.Tenants} WHERE id = @id";
    private readonly string _list = $"SELECT {Columns} FROM {tables.Tenants} ORDER BY id";
    private readonly string _update =
        $"UPDATE {tables.Tenants} SET name = @name, is_active = @is_active, addressing = @addressing, host = @host, " +
        $"settings = {dialect.Typed("settings", SqlType.Json)} WHERE id = @id";
    private readonly string _delete = $"DELETE FROM {tables.Tenants} WHERE id = @id";

    public Task CreateAsync(Tenant tenant, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert, [.. Parameters(tenant), new("created_at", dialect.Time(StoredTime.Truncate(tenant.CreatedAt)))],
            cancellationToken, new ConflictSubject("tenant", tenant.Id));

    public Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("id", id)], Map, cancellationToken);

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [], Map, cancellationToken);

    public async Task<bool> UpdateAsync(Tenant tenant, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_update, Parameters(tenant), cancellationToken, new ConflictSubject("tenant host", tenant.Host ?? tenant.Id)) > 0;

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("id", id)], cancellationToken) > 0;

    private List<SqlParameter> Parameters(Tenant tenant) =>
    [
        new("id", tenant.Id), new("name", tenant.Name), new("is_active", dialect.Boolean(tenant.IsActive)),
        new("addressing", TenantText.Addressing(tenant.Addressing)), new("host", tenant.Host),
        new("settings", TenantSettingsJson.Write(tenant.Settings)),
    ];

    private Tenant Map(DbDataReader row) => new(row.GetString(0), row.GetString(1), dialect.ReadTime(row, 2))
    {
        IsActive = dialect.ReadBoolean(row, 3),
        Addressing = TenantText.ReadAddressing(row.GetString(4)),
        Host = row.IsDBNull(5) ? null : row.GetString(5),
        Settings = TenantSettingsJson.Read(row.GetString(6)),
    };
}

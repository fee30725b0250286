using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlTenantStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : ITenantStore
{
    private readonly string _insert = $"INSERT INTO {tables.Tenants} (id, name, created_at) VALUES (@id, @name, @created_at)";
    private readonly string _find = $"SELECT id, name, created_at FROM {tables.Tenants} WHERE id = @id";
    private readonly string _list = $"SELECT id, name, created_at FROM {tables.Tenants} ORDER BY id";

    public Task CreateAsync(Tenant tenant, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
            [new("id", tenant.Id), new("name", tenant.Name), new("created_at", dialect.Time(StoredTime.Truncate(tenant.CreatedAt)))],
            cancellationToken, new ConflictSubject("tenant", tenant.Id));

    public Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("id", id)], Map, cancellationToken);

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [], Map, cancellationToken);

    private Tenant Map(DbDataReader row) => new(row.GetString(0), row.GetString(1), dialect.ReadTime(row, 2));
}

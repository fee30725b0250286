using System.Data.Common;
using Warden.Core.Scopes;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlScopeStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IScopeStore
{
    private const string Columns = "tenant_id, name, display_name, description, claims, requires_consent, created_at, updated_at, registrable";

    private readonly string _insert =
        $"INSERT INTO {tables.Scopes} ({Columns}) VALUES (@tenant_id, @name, @display_name, @description, @claims, @requires_consent, " +
        "@created_at, @updated_at, @registrable)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.Scopes} WHERE tenant_id = @tenant_id AND name = @name";
    private readonly string _list = $"SELECT {Columns} FROM {tables.Scopes} WHERE tenant_id = @tenant_id ORDER BY name";

    private readonly string _update =
        $"UPDATE {tables.Scopes} SET display_name = @display_name, description = @description, claims = @claims, " +
        "requires_consent = @requires_consent, registrable = @registrable, updated_at = @updated_at WHERE tenant_id = @tenant_id AND name = @name";

    private readonly string _delete = $"DELETE FROM {tables.Scopes} WHERE tenant_id = @tenant_id AND name = @name";

    public Task CreateAsync(Scope scope, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert, Parameters(scope), cancellationToken, new ConflictSubject("scope", scope.Name));

    public Task<Scope?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("name", name)], Map, cancellationToken);

    public async Task<IReadOnlyList<Scope>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId)], Map, cancellationToken);

    public async Task<bool> UpdateAsync(Scope scope, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_update, Parameters(scope), cancellationToken) == 1;

    public async Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("name", name)], cancellationToken) == 1;

    private SqlParameter[] Parameters(Scope scope) =>
    [
        new("tenant_id", scope.TenantId), new("name", scope.Name), new("display_name", scope.DisplayName),
        new("description", scope.Description), new("claims", dialect.List(scope.Claims)),
        new("requires_consent", dialect.Boolean(scope.RequiresConsent)), new("registrable", dialect.Boolean(scope.Registrable)),
        new("created_at", dialect.Time(StoredTime.Truncate(scope.CreatedAt))), new("updated_at", dialect.Time(StoredTime.Truncate(scope.UpdatedAt))),
    ];

    private Scope Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), Name = row.GetString(1), DisplayName = row.GetString(2), Description = row.GetString(3),
        Claims = dialect.ReadList(row, 4), RequiresConsent = dialect.ReadBoolean(row, 5),
        CreatedAt = dialect.ReadTime(row, 6), UpdatedAt = dialect.ReadTime(row, 7), Registrable = dialect.ReadBoolean(row, 8),
    };
}

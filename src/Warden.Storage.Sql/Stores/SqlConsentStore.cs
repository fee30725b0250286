using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlConsentStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IConsentStore
{
    private const string Columns = "tenant_id, user_id, client_id, scopes, granted_at, updated_at";

    private readonly string _upsert =
        $"INSERT INTO {tables.Consents} ({Columns}) VALUES (@tenant_id, @user_id, @client_id, @scopes, @granted_at, @updated_at) " +
        "ON CONFLICT (tenant_id, user_id, client_id) DO UPDATE SET scopes = excluded.scopes, updated_at = excluded.updated_at";

    private readonly string _select = $"SELECT {Columns} FROM {tables.Consents} WHERE tenant_id = @tenant_id AND user_id = @user_id";
    private readonly string _delete = $"DELETE FROM {tables.Consents} WHERE tenant_id = @tenant_id AND user_id = @user_id AND client_id = @client_id";

    public Task SaveAsync(Consent consent, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_upsert,
        [
            new("tenant_id", consent.TenantId), new("user_id", dialect.Uuid(consent.UserId)), new("client_id", consent.ClientId),
            new("scopes", dialect.List(consent.Scopes)), new("granted_at", dialect.Time(StoredTime.Truncate(consent.GrantedAt))),
            new("updated_at", dialect.Time(StoredTime.Truncate(consent.UpdatedAt))),
        ], cancellationToken);

    public Task<Consent?> FindAsync(string tenantId, Guid userId, string clientId, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_select + " AND client_id = @client_id",
            [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("client_id", clientId)], Map, cancellationToken);

    public async Task<IReadOnlyList<Consent>> ListForUserAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_select + " ORDER BY client_id", [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId))], Map, cancellationToken);

    public async Task<bool> RevokeAsync(string tenantId, Guid userId, string clientId, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("client_id", clientId)],
            cancellationToken) == 1;

    private Consent Map(DbDataReader row) => new(row.GetString(0), dialect.ReadUuid(row, 1), row.GetString(2), dialect.ReadList(row, 3),
        dialect.ReadTime(row, 4), dialect.ReadTime(row, 5));
}

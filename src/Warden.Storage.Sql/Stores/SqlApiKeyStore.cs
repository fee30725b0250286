using System.Data.Common;
using Warden.Core.ApiKeys;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlApiKeyStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IApiKeyStore
{
    private const string Columns = "public_id, tenant_id, name, secret_hash, user_id, client_id, scopes, created_at, expires_at, last_used_at, revoked_at";

    private readonly string _insert =
        $"INSERT INTO {tables.ApiKeys} ({Columns}) VALUES (@public_id, @tenant_id, @name, @secret_hash, @user_id, @client_id, @scopes, " +
        "@created_at, @expires_at, @last_used_at, @revoked_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.ApiKeys} WHERE tenant_id = @tenant_id AND public_id = @public_id";

    private readonly string _list = $"SELECT {Columns} FROM {tables.ApiKeys} WHERE tenant_id = @tenant_id ORDER BY created_at, public_id";

    // One conditional statement: of concurrent revocations exactly one changes the row, and the first time stays.
    private readonly string _revoke =
        $"UPDATE {tables.ApiKeys} SET revoked_at = @now WHERE tenant_id = @tenant_id AND public_id = @public_id AND revoked_at IS NULL";

    // The later of the stored and the given time, so a batch that arrives late never moves last_used_at back.
    private readonly string _recordUse =
        $"UPDATE {tables.ApiKeys} SET last_used_at = {dialect.Greatest("COALESCE(last_used_at, @used_at)", "@used_at")} " +
        "WHERE tenant_id = @tenant_id AND public_id = @public_id";

    public Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("public_id", key.PublicId), new("tenant_id", key.TenantId), new("name", key.Name), new("secret_hash", key.SecretHash),
            new("user_id", dialect.Uuid(key.UserId)), new("client_id", key.ClientId), new("scopes", dialect.List(key.Scopes)),
            new("created_at", dialect.Time(StoredTime.Truncate(key.CreatedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(key.ExpiresAt))),
            new("last_used_at", dialect.Time(StoredTime.Truncate(key.LastUsedAt))),
            new("revoked_at", dialect.Time(StoredTime.Truncate(key.RevokedAt))),
        ], cancellationToken, new ConflictSubject("API key", key.PublicId));

    public Task<ApiKey?> FindAsync(string tenantId, string publicId, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("public_id", publicId)], Map, cancellationToken);

    public async Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId)], Map, cancellationToken);

    public async Task<bool> RevokeAsync(string tenantId, string publicId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_revoke,
            [new("now", dialect.Time(StoredTime.Truncate(now))), new("tenant_id", tenantId), new("public_id", publicId)], cancellationToken) == 1;

    public Task RecordUsesAsync(IReadOnlyList<ApiKeyUse> uses, CancellationToken cancellationToken = default) =>
        database.ExecuteBatchAsync(_recordUse, uses.Select(use => (IReadOnlyList<SqlParameter>)
        [
            new("used_at", dialect.Time(StoredTime.Truncate(use.UsedAt))), new("tenant_id", use.TenantId), new("public_id", use.PublicId),
        ]).ToList(), cancellationToken);

    private ApiKey Map(DbDataReader row) => new()
    {
        PublicId = row.GetString(0), TenantId = row.GetString(1), Name = row.GetString(2), SecretHash = row.GetFieldValue<byte[]>(3),
        UserId = dialect.ReadNullableUuid(row, 4), ClientId = row.GetNullableString(5), Scopes = dialect.ReadList(row, 6),
        CreatedAt = dialect.ReadTime(row, 7), ExpiresAt = dialect.ReadNullableTime(row, 8), LastUsedAt = dialect.ReadNullableTime(row, 9),
        RevokedAt = dialect.ReadNullableTime(row, 10),
    };
}

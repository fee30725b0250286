using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlRefreshTokenStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IRefreshTokenStore
{
    private const string Columns =
        "tenant_id, token_hash, id, family_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at, consumed_at, revoked_at, " +
        "security_stamp";

    private readonly string _insert =
        $"INSERT INTO {tables.RefreshTokens} ({Columns}) VALUES (@tenant_id, @token_hash, @id, @family_id, @client_id, @user_id, @scopes, " +
        "@session_id, @auth_time, @created_at, @expires_at, @consumed_at, @revoked_at, @security_stamp)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.RefreshTokens} WHERE token_hash = @token_hash";

    // One statement: of concurrent rotations exactly one sees its row updated and returned.
    private readonly string _consume =
        $"UPDATE {tables.RefreshTokens} SET consumed_at = @now WHERE token_hash = @token_hash AND consumed_at IS NULL AND revoked_at IS NULL " +
        $"RETURNING {Columns}";

    private readonly string _revokeFamily =
        $"UPDATE {tables.RefreshTokens} SET revoked_at = @now WHERE tenant_id = @tenant_id AND family_id = @family_id AND revoked_at IS NULL";

    public Task CreateAsync(RefreshToken token, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", token.TenantId), new("token_hash", token.Hash), new("id", dialect.Uuid(token.Id)),
            new("family_id", dialect.Uuid(token.FamilyId)), new("client_id", token.ClientId), new("user_id", dialect.Uuid(token.UserId)),
            new("scopes", dialect.List(token.Scopes)), new("session_id", token.SessionId),
            new("auth_time", dialect.Time(StoredTime.Truncate(token.AuthTime))), new("created_at", dialect.Time(StoredTime.Truncate(token.CreatedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(token.ExpiresAt))), new("consumed_at", dialect.Time(StoredTime.Truncate(token.ConsumedAt))),
            new("revoked_at", dialect.Time(StoredTime.Truncate(token.RevokedAt))), new("security_stamp", token.SecurityStamp),
        ], cancellationToken, new ConflictSubject("refresh token", token.Id.ToString()));

    public Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("token_hash", hash)], Map, cancellationToken);

    public Task<RefreshToken?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.QueryWriteSingleAsync(_consume, [new("token_hash", hash), new("now", dialect.Time(StoredTime.Truncate(now)))], Map, cancellationToken);

    public Task<int> RevokeFamilyAsync(string tenantId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_revokeFamily,
            [new("tenant_id", tenantId), new("family_id", dialect.Uuid(familyId)), new("now", dialect.Time(StoredTime.Truncate(now)))], cancellationToken);

    private RefreshToken Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), Hash = row.GetFieldValue<byte[]>(1), Id = dialect.ReadUuid(row, 2), FamilyId = dialect.ReadUuid(row, 3),
        ClientId = row.GetString(4), UserId = dialect.ReadUuid(row, 5), Scopes = dialect.ReadList(row, 6), SessionId = row.GetNullableString(7),
        AuthTime = dialect.ReadTime(row, 8), CreatedAt = dialect.ReadTime(row, 9), ExpiresAt = dialect.ReadTime(row, 10),
        ConsumedAt = dialect.ReadNullableTime(row, 11), RevokedAt = dialect.ReadNullableTime(row, 12), SecurityStamp = row.GetString(13),
    };
}

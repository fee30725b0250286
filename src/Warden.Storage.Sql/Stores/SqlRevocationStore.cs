using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlRevocationStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IRevocationStore
{
    private readonly string _insert =
        $"INSERT INTO {tables.RevokedTokens} (tenant_id, jti, client_id, expires_at, revoked_at) " +
        "VALUES (@tenant_id, @jti, @client_id, @expires_at, @revoked_at) ON CONFLICT (tenant_id, jti) DO NOTHING";

    private readonly string _exists = $"SELECT 1 FROM {tables.RevokedTokens} WHERE tenant_id = @tenant_id AND jti = @jti";

    public async Task<bool> RevokeAsync(string tenantId, string jwtId, string clientId, DateTimeOffset tokenExpiresAt,
        DateTimeOffset revokedAt, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_insert,
        [
            new("tenant_id", tenantId), new("jti", jwtId), new("client_id", clientId),
            new("expires_at", dialect.Time(StoredTime.Truncate(tokenExpiresAt))),
            new("revoked_at", dialect.Time(StoredTime.Truncate(revokedAt))),
        ], cancellationToken) == 1;

    public async Task<bool> IsRevokedAsync(string tenantId, string jwtId, CancellationToken cancellationToken = default) =>
        await database.QuerySingleAsync(_exists, [new("tenant_id", tenantId), new("jti", jwtId)], _ => true, cancellationToken);
}

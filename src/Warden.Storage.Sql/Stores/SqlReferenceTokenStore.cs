using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlReferenceTokenStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IReferenceTokenStore
{
    private const string Columns =
        "tenant_id, token_hash, client_id, subject, scopes, audiences, jti, issued_at, expires_at, revoked_at, user_id, security_stamp";

    private readonly string _insert =
        $"INSERT INTO {tables.ReferenceTokens} ({Columns}) VALUES (@tenant_id, @token_hash, @client_id, @subject, @scopes, " +
        "@audiences, @jti, @issued_at, @expires_at, @revoked_at, @user_id, @security_stamp)";

    // The user's current stamp comes with the token (a primary-key join), so introspection needs no second round trip.
    private readonly string _find =
        "SELECT t.tenant_id, t.token_hash, t.client_id, t.subject, t.scopes, t.audiences, t.jti, t.issued_at, t.expires_at, t.revoked_at, " +
        $"t.user_id, t.security_stamp, u.security_stamp FROM {tables.ReferenceTokens} t LEFT JOIN {tables.Users} u ON u.id = t.user_id " +
        "WHERE t.token_hash = @token_hash";

    private readonly string _revoke =
        $"UPDATE {tables.ReferenceTokens} SET revoked_at = @revoked_at WHERE token_hash = @token_hash AND revoked_at IS NULL";

    public Task CreateAsync(ReferenceToken token, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", token.TenantId), new("token_hash", token.Hash), new("client_id", token.ClientId),
            new("subject", token.Subject), new("scopes", dialect.List(token.Scopes)), new("audiences", dialect.List(token.Audiences)),
            new("jti", token.JwtId), new("issued_at", dialect.Time(StoredTime.Truncate(token.IssuedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(token.ExpiresAt))),
            new("revoked_at", dialect.Time(StoredTime.Truncate(token.RevokedAt))), new("user_id", dialect.Uuid(token.UserId)),
            new("security_stamp", token.SecurityStamp),
        ], cancellationToken, new ConflictSubject("reference token", token.JwtId));

    public Task<ReferenceToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("token_hash", hash)], Map, cancellationToken);

    public async Task<bool> RevokeAsync(byte[] hash, DateTimeOffset revokedAt, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_revoke, [new("token_hash", hash), new("revoked_at", dialect.Time(StoredTime.Truncate(revokedAt)))],
            cancellationToken) == 1;

    private ReferenceToken Map(DbDataReader row) => new(
        row.GetString(0), row.GetFieldValue<byte[]>(1), row.GetString(2), row.GetString(3), dialect.ReadList(row, 4),
        dialect.ReadList(row, 5), row.GetString(6), dialect.ReadTime(row, 7), dialect.ReadTime(row, 8), dialect.ReadNullableTime(row, 9))
    {
        UserId = dialect.ReadNullableUuid(row, 10), SecurityStamp = row.GetNullableString(11), CurrentSecurityStamp = row.GetNullableString(12),
    };
}

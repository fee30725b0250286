using System.Data.Common;
using Warden.Core.Keys;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlSigningKeyStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : ISigningKeyStore
{
    private const string Columns =
        "tenant_id, key_id, algorithm, public_jwk, encrypted_private_key, created_at, activates_at, retired_at, expires_at";

    private readonly string _insert =
        $"INSERT INTO {tables.SigningKeys} ({Columns}) VALUES (@tenant_id, @key_id, @algorithm, @public_jwk, " +
        "@encrypted_private_key, @created_at, @activates_at, @retired_at, @expires_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.SigningKeys} WHERE tenant_id = @tenant_id AND key_id = @key_id";

    private readonly string _listPublished =
        $"SELECT {Columns} FROM {tables.SigningKeys} WHERE tenant_id = @tenant_id AND (expires_at IS NULL OR expires_at > @now) " +
        "ORDER BY activates_at DESC, key_id";

    private readonly string _retire =
        $"UPDATE {tables.SigningKeys} SET retired_at = @retired_at, expires_at = @expires_at " +
        "WHERE tenant_id = @tenant_id AND key_id = @key_id AND retired_at IS NULL";

    private readonly string _revoke =
        $"UPDATE {tables.SigningKeys} SET retired_at = COALESCE(retired_at, @revoked_at), expires_at = @revoked_at " +
        "WHERE tenant_id = @tenant_id AND key_id = @key_id AND (expires_at IS NULL OR expires_at > @revoked_at)";

    public Task AddAsync(SigningKey key, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", key.TenantId), new("key_id", key.KeyId), new("algorithm", key.Algorithm),
            new("public_jwk", key.PublicJwk), new("encrypted_private_key", key.EncryptedPrivateKey),
            new("created_at", dialect.Time(StoredTime.Truncate(key.CreatedAt))),
            new("activates_at", dialect.Time(StoredTime.Truncate(key.ActivatesAt))),
            new("retired_at", dialect.Time(StoredTime.Truncate(key.RetiredAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(key.ExpiresAt))),
        ], cancellationToken, new ConflictSubject("signing key", key.KeyId));

    public Task<SigningKey?> FindAsync(string tenantId, string keyId, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("key_id", keyId)], Map, cancellationToken);

    public async Task<IReadOnlyList<SigningKey>> ListPublishedAsync(string tenantId, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_listPublished, [new("tenant_id", tenantId), new("now", dialect.Time(now))], Map, cancellationToken);

    public async Task<bool> RetireAsync(string tenantId, string keyId, DateTimeOffset retiredAt, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_retire,
        [
            new("tenant_id", tenantId), new("key_id", keyId),
            new("retired_at", dialect.Time(StoredTime.Truncate(retiredAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(expiresAt))),
        ], cancellationToken) == 1;

    public async Task<bool> RevokeAsync(string tenantId, string keyId, DateTimeOffset revokedAt, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_revoke,
        [
            new("tenant_id", tenantId), new("key_id", keyId), new("revoked_at", dialect.Time(StoredTime.Truncate(revokedAt))),
        ], cancellationToken) == 1;

    private SigningKey Map(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), row.GetString(2), row.GetString(3), row.GetFieldValue<byte[]>(4),
        dialect.ReadTime(row, 5), dialect.ReadTime(row, 6), dialect.ReadNullableTime(row, 7), dialect.ReadNullableTime(row, 8));
}

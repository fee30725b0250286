using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlEmailTokenStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IEmailTokenStore
{
    private const string Columns = "id, tenant_id, user_id, purpose, token_hash, email, created_at, expires_at, used_at";

    private readonly string _insert =
        $"INSERT INTO {tables.EmailTokens} ({Columns}) VALUES (@id, @tenant_id, @user_id, @purpose, @token_hash, @email, @created_at, " +
        "@expires_at, @used_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.EmailTokens} WHERE token_hash = @token_hash";

    // One statement: of concurrent users of a link exactly one sees its row updated.
    private readonly string _use =
        $"UPDATE {tables.EmailTokens} SET used_at = @now WHERE token_hash = @token_hash AND purpose = @purpose AND used_at IS NULL " +
        $"AND expires_at > @now RETURNING {Columns}";

    private readonly string _useAll =
        $"UPDATE {tables.EmailTokens} SET used_at = @now WHERE tenant_id = @tenant_id AND user_id = @user_id AND purpose = @purpose " +
        "AND used_at IS NULL";

    public Task CreateAsync(EmailToken token, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("id", dialect.Uuid(token.Id)), new("tenant_id", token.TenantId), new("user_id", dialect.Uuid(token.UserId)),
            new("purpose", PurposeText(token.Purpose)), new("token_hash", token.Hash), new("email", token.Email),
            new("created_at", dialect.Time(StoredTime.Truncate(token.CreatedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(token.ExpiresAt))),
            new("used_at", dialect.Time(StoredTime.Truncate(token.UsedAt))),
        ], cancellationToken, new ConflictSubject("email token", token.Id.ToString()));

    public Task<EmailToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("token_hash", hash)], Map, cancellationToken);

    public Task<EmailToken?> TryUseAsync(byte[] hash, EmailTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.QueryWriteSingleAsync(_use,
            [new("token_hash", hash), new("purpose", PurposeText(purpose)), new("now", dialect.Time(StoredTime.Truncate(now)))], Map,
            cancellationToken);

    public Task<int> UseAllAsync(string tenantId, Guid userId, EmailTokenPurpose purpose, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_useAll,
        [
            new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("purpose", PurposeText(purpose)),
            new("now", dialect.Time(StoredTime.Truncate(now))),
        ], cancellationToken);

    /// <summary>The purpose column's spelling, shared with the memory backend's transfer rows.</summary>
    public static string PurposeText(EmailTokenPurpose purpose) => purpose switch
    {
        EmailTokenPurpose.Verify => "verify",
        EmailTokenPurpose.Reset => "reset",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    private static EmailTokenPurpose ReadPurpose(string text) => text switch
    {
        "verify" => EmailTokenPurpose.Verify,
        "reset" => EmailTokenPurpose.Reset,
        _ => throw new InvalidDataException($"unknown email token purpose '{text}'"),
    };

    private EmailToken Map(DbDataReader row) => new()
    {
        Id = dialect.ReadUuid(row, 0), TenantId = row.GetString(1), UserId = dialect.ReadUuid(row, 2), Purpose = ReadPurpose(row.GetString(3)),
        Hash = row.GetFieldValue<byte[]>(4), Email = row.GetString(5), CreatedAt = dialect.ReadTime(row, 6), ExpiresAt = dialect.ReadTime(row, 7),
        UsedAt = dialect.ReadNullableTime(row, 8),
    };
}

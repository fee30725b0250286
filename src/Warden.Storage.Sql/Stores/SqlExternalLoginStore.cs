using System.Data.Common;
using Warden.Core.ExternalLogins;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlExternalLoginStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IExternalLoginStore
{
    private const string Columns = "id, tenant_id, provider, subject, user_id, email, email_verified, linked_at, last_used_at, encrypted_tokens";

    private readonly string _insert =
        $"INSERT INTO {tables.ExternalLogins} ({Columns}) VALUES (@id, @tenant_id, @provider, @subject, @user_id, @email, @email_verified, " +
        "@linked_at, @last_used_at, @encrypted_tokens)";

    private readonly string _find =
        $"SELECT {Columns} FROM {tables.ExternalLogins} WHERE tenant_id = @tenant_id AND provider = @provider AND subject = @subject";

    private readonly string _listByUser =
        $"SELECT {Columns} FROM {tables.ExternalLogins} WHERE tenant_id = @tenant_id AND user_id = @user_id ORDER BY linked_at, id";

    private readonly string _recordUse =
        $"UPDATE {tables.ExternalLogins} SET last_used_at = @last_used_at, encrypted_tokens = COALESCE(@encrypted_tokens, encrypted_tokens) " +
        "WHERE tenant_id = @tenant_id AND id = @id";

    private readonly string _delete = $"DELETE FROM {tables.ExternalLogins} WHERE tenant_id = @tenant_id AND user_id = @user_id AND id = @id";

    public Task CreateAsync(ExternalLogin login, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("id", dialect.Uuid(login.Id)), new("tenant_id", login.TenantId), new("provider", login.Provider), new("subject", login.Subject),
            new("user_id", dialect.Uuid(login.UserId)), new("email", login.Email), new("email_verified", dialect.Boolean(login.EmailVerified)),
            new("linked_at", dialect.Time(StoredTime.Truncate(login.LinkedAt))), new("last_used_at", dialect.Time(StoredTime.Truncate(login.LastUsedAt))),
            new("encrypted_tokens", login.EncryptedTokens),
        ], cancellationToken, new ConflictSubject("external login", $"{login.Provider}/{login.Subject}"));

    public Task<ExternalLogin?> FindAsync(string tenantId, string provider, string subject, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("provider", provider), new("subject", subject)], Map, cancellationToken);

    public async Task<IReadOnlyList<ExternalLogin>> ListByUserAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_listByUser, [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId))], Map, cancellationToken);

    public async Task<bool> RecordUseAsync(string tenantId, Guid id, DateTimeOffset usedAt, byte[]? encryptedTokens,
        CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_recordUse,
        [
            new("tenant_id", tenantId), new("id", dialect.Uuid(id)), new("last_used_at", dialect.Time(StoredTime.Truncate(usedAt))),
            new("encrypted_tokens", encryptedTokens),
        ], cancellationToken) == 1;

    public async Task<bool> DeleteAsync(string tenantId, Guid userId, Guid id, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("id", dialect.Uuid(id))],
            cancellationToken) == 1;

    private ExternalLogin Map(DbDataReader row) => new()
    {
        Id = dialect.ReadUuid(row, 0), TenantId = row.GetString(1), Provider = row.GetString(2), Subject = row.GetString(3),
        UserId = dialect.ReadUuid(row, 4), Email = row.IsDBNull(5) ? null : row.GetString(5), EmailVerified = dialect.ReadBoolean(row, 6),
        LinkedAt = dialect.ReadTime(row, 7), LastUsedAt = dialect.ReadTime(row, 8), EncryptedTokens = row.IsDBNull(9) ? null : row.GetFieldValue<byte[]>(9),
    };
}

using System.Data.Common;
using Warden.Core.Registration;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlRegistrationTokenStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IRegistrationTokenStore
{
    private const string Columns = "tenant_id, id, token_hash, kind, client_id, single_use, expires_at, created_at, used_at";

    private readonly string _insert =
        $"INSERT INTO {tables.RegistrationTokens} ({Columns}) VALUES (@tenant_id, @id, @token_hash, @kind, @client_id, @single_use, " +
        "@expires_at, @created_at, @used_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.RegistrationTokens} WHERE token_hash = @token_hash";

    private readonly string _list =
        $"SELECT {Columns} FROM {tables.RegistrationTokens} WHERE tenant_id = @tenant_id AND kind = @kind ORDER BY created_at, id";

    // One statement: of concurrent users of a single-use token exactly one sees its row updated.
    private readonly string _use =
        $"UPDATE {tables.RegistrationTokens} SET used_at = @now WHERE token_hash = @token_hash " +
        "AND (expires_at IS NULL OR expires_at > @now) AND (NOT single_use OR used_at IS NULL)";

    private readonly string _delete = $"DELETE FROM {tables.RegistrationTokens} WHERE tenant_id = @tenant_id AND id = @id";

    private readonly string _deleteForClient =
        $"DELETE FROM {tables.RegistrationTokens} WHERE tenant_id = @tenant_id AND client_id = @client_id AND kind = 'registration_access'";

    public Task CreateAsync(RegistrationToken token, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", token.TenantId), new("id", dialect.Uuid(token.Id)), new("token_hash", token.Hash),
            new("kind", KindText(token.Kind)), new("client_id", token.ClientId), new("single_use", dialect.Boolean(token.SingleUse)),
            new("expires_at", dialect.Time(StoredTime.Truncate(token.ExpiresAt))),
            new("created_at", dialect.Time(StoredTime.Truncate(token.CreatedAt))),
            new("used_at", dialect.Time(StoredTime.Truncate(token.UsedAt))),
        ], cancellationToken, new ConflictSubject("registration token", token.Id.ToString()));

    public Task<RegistrationToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("token_hash", hash)], Map, cancellationToken);

    public async Task<bool> TryUseAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_use,
            [new("token_hash", hash), new("now", dialect.Time(StoredTime.Truncate(now)))], cancellationToken) == 1;

    public async Task<IReadOnlyList<RegistrationToken>> ListAsync(string tenantId, RegistrationTokenKind kind,
        CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId), new("kind", KindText(kind))], Map, cancellationToken);

    public async Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("id", dialect.Uuid(id))], cancellationToken) == 1;

    public Task<int> DeleteForClientAsync(string tenantId, string clientId, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_deleteForClient, [new("tenant_id", tenantId), new("client_id", clientId)], cancellationToken);

    private static string KindText(RegistrationTokenKind kind) => kind switch
    {
        RegistrationTokenKind.InitialAccess => "initial_access",
        RegistrationTokenKind.RegistrationAccess => "registration_access",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static RegistrationTokenKind ReadKind(string text) => text switch
    {
        "initial_access" => RegistrationTokenKind.InitialAccess,
        "registration_access" => RegistrationTokenKind.RegistrationAccess,
        _ => throw new InvalidDataException($"unknown registration token kind '{text}'"),
    };

    private RegistrationToken Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), Id = dialect.ReadUuid(row, 1), Hash = row.GetFieldValue<byte[]>(2), Kind = ReadKind(row.GetString(3)),
        ClientId = row.GetNullableString(4), SingleUse = dialect.ReadBoolean(row, 5), ExpiresAt = dialect.ReadNullableTime(row, 6),
        CreatedAt = dialect.ReadTime(row, 7), UsedAt = dialect.ReadNullableTime(row, 8),
    };
}

using System.Data.Common;
using Warden.Core.Devices;
using Warden.Core.Sessions;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlDeviceAuthorizationStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IDeviceAuthorizationStore
{
    private const string Columns =
        "tenant_id, device_code_hash, user_code_hash, client_id, scopes, status, user_id, auth_time, created_at, expires_at, decided_at, consumed_at, " +
        "security_stamp, amr, acr";

    private readonly string _insert =
        $"INSERT INTO {tables.DeviceCodes} ({Columns}) VALUES (@tenant_id, @device_code_hash, @user_code_hash, @client_id, @scopes, @status, " +
        "@user_id, @auth_time, @created_at, @expires_at, @decided_at, @consumed_at, @security_stamp, @amr, @acr)";

    private readonly string _findByDeviceCode = $"SELECT {Columns} FROM {tables.DeviceCodes} WHERE device_code_hash = @device_code_hash";

    private readonly string _findByUserCode =
        $"SELECT {Columns} FROM {tables.DeviceCodes} WHERE tenant_id = @tenant_id AND user_code_hash = @user_code_hash";

    // One statement each: of concurrent decisions (or redemptions) exactly one sees its row updated.
    private readonly string _decide =
        $"UPDATE {tables.DeviceCodes} SET status = @status, user_id = @user_id, auth_time = @auth_time, decided_at = @now, " +
        "security_stamp = @security_stamp, amr = @amr, acr = @acr " +
        "WHERE tenant_id = @tenant_id AND user_code_hash = @user_code_hash AND status = 'pending' AND expires_at > @now";

    private readonly string _consume =
        $"UPDATE {tables.DeviceCodes} SET consumed_at = @now " +
        $"WHERE device_code_hash = @device_code_hash AND status = 'approved' AND consumed_at IS NULL RETURNING {Columns}";

    public Task CreateAsync(DeviceAuthorization authorization, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", authorization.TenantId), new("device_code_hash", authorization.DeviceCodeHash),
            new("user_code_hash", authorization.UserCodeHash), new("client_id", authorization.ClientId),
            new("scopes", dialect.List(authorization.Scopes)), new("status", StatusText(authorization.Status)),
            new("user_id", dialect.Uuid(authorization.UserId)), new("auth_time", dialect.Time(StoredTime.Truncate(authorization.AuthTime))),
            new("created_at", dialect.Time(StoredTime.Truncate(authorization.CreatedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(authorization.ExpiresAt))),
            new("decided_at", dialect.Time(StoredTime.Truncate(authorization.DecidedAt))),
            new("consumed_at", dialect.Time(StoredTime.Truncate(authorization.ConsumedAt))),
            new("security_stamp", authorization.SecurityStamp),
            new("amr", authorization.Evidence?.StoredMethods), new("acr", authorization.Evidence?.Acr),
        ], cancellationToken, new ConflictSubject("device authorization", authorization.ClientId));

    public Task<DeviceAuthorization?> FindByDeviceCodeAsync(byte[] deviceCodeHash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_findByDeviceCode, [new("device_code_hash", deviceCodeHash)], Map, cancellationToken);

    public Task<DeviceAuthorization?> FindByUserCodeAsync(string tenantId, byte[] userCodeHash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_findByUserCode, [new("tenant_id", tenantId), new("user_code_hash", userCodeHash)], Map, cancellationToken);

    public async Task<bool> DecideAsync(string tenantId, byte[] userCodeHash, bool approved, Guid userId, string securityStamp,
        DateTimeOffset authTime, SignInEvidence evidence, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_decide,
        [
            new("status", StatusText(approved ? DeviceAuthorizationStatus.Approved : DeviceAuthorizationStatus.Denied)),
            new("user_id", dialect.Uuid(userId)), new("security_stamp", approved ? securityStamp : null), new("auth_time", dialect.Time(StoredTime.Truncate(authTime))),
            new("now", dialect.Time(StoredTime.Truncate(now))), new("tenant_id", tenantId), new("user_code_hash", userCodeHash),
            new("amr", evidence.StoredMethods), new("acr", evidence.Acr),
        ], cancellationToken) == 1;

    public Task<DeviceAuthorization?> TryConsumeAsync(byte[] deviceCodeHash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.QueryWriteSingleAsync(_consume,
            [new("device_code_hash", deviceCodeHash), new("now", dialect.Time(StoredTime.Truncate(now)))], Map, cancellationToken);

    private static string StatusText(DeviceAuthorizationStatus status) => status switch
    {
        DeviceAuthorizationStatus.Pending => "pending",
        DeviceAuthorizationStatus.Approved => "approved",
        DeviceAuthorizationStatus.Denied => "denied",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    private static DeviceAuthorizationStatus ReadStatus(string text) => text switch
    {
        "pending" => DeviceAuthorizationStatus.Pending,
        "approved" => DeviceAuthorizationStatus.Approved,
        "denied" => DeviceAuthorizationStatus.Denied,
        _ => throw new InvalidDataException($"unknown device authorization status '{text}'"),
    };

    private DeviceAuthorization Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), DeviceCodeHash = row.GetFieldValue<byte[]>(1), UserCodeHash = row.GetFieldValue<byte[]>(2),
        ClientId = row.GetString(3), Scopes = dialect.ReadList(row, 4), Status = ReadStatus(row.GetString(5)),
        UserId = dialect.ReadNullableUuid(row, 6), AuthTime = dialect.ReadNullableTime(row, 7), CreatedAt = dialect.ReadTime(row, 8),
        ExpiresAt = dialect.ReadTime(row, 9), DecidedAt = dialect.ReadNullableTime(row, 10), ConsumedAt = dialect.ReadNullableTime(row, 11),
        SecurityStamp = row.GetNullableString(12), Evidence = SignInEvidence.FromStored(row.GetNullableString(13), row.GetNullableString(14)),
    };
}

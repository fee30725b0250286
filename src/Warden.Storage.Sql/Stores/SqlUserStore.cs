using System.Data.Common;
using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlUserStore : IUserStore
{
    private const string Columns =
        "id, tenant_id, username, email, email_verified, password_hash, role, is_active, profile_picture_url, metadata, " +
        "security_stamp, failed_login_count, locked_until, created_at, updated_at, email_verification_required";

    private readonly SqlDatabase _database;
    private readonly SqlDialect _dialect;
    private readonly string _insert;
    private readonly string _select;
    private readonly string _update;
    private readonly string _delete;
    private readonly string _recordFailure;
    private readonly string _clearFailures;

    public SqlUserStore(SqlDatabase database, SqlDialect dialect, TableNames tables)
    {
        _database = database;
        _dialect = dialect;
        _insert = $"INSERT INTO {tables.Users} ({Columns}) VALUES (@id, @tenant_id, @username, @email, @email_verified, @password_hash, " +
                  $"@role, @is_active, @profile_picture_url, {dialect.Typed("metadata", SqlType.Json)}, @security_stamp, @failed_login_count, " +
                  "@locked_until, @created_at, @updated_at, @email_verification_required)";
        _select = $"SELECT {Columns} FROM {tables.Users} WHERE tenant_id = @tenant_id";
        _update = $"UPDATE {tables.Users} SET username = @username, email = @email, email_verified = @email_verified, " +
                  "password_hash = @password_hash, role = @role, is_active = @is_active, profile_picture_url = @profile_picture_url, " +
                  $"metadata = {dialect.Typed("metadata", SqlType.Json)}, security_stamp = @security_stamp, " +
                  "failed_login_count = @failed_login_count, locked_until = @locked_until, updated_at = @updated_at, " +
                  "email_verification_required = @email_verification_required " +
                  "WHERE tenant_id = @tenant_id AND id = @id";
        _delete = $"DELETE FROM {tables.Users} WHERE tenant_id = @tenant_id AND id = @id";
        // One statement, so concurrent failures each add one (every SET expression reads the row as it was before).
        const string locks = "@max_failures > 0 AND failed_login_count + 1 >= @max_failures";
        const string notLocked = "(locked_until IS NULL OR locked_until <= @now)";
        _recordFailure = $"UPDATE {tables.Users} SET " +
                         $"failed_login_count = CASE WHEN {locks} THEN 0 ELSE failed_login_count + 1 END, " +
                         $"locked_until = CASE WHEN {locks} THEN @lock_until ELSE locked_until END, updated_at = @now " +
                         $"WHERE tenant_id = @tenant_id AND id = @id AND {notLocked} RETURNING failed_login_count, locked_until";
        _clearFailures = $"UPDATE {tables.Users} SET failed_login_count = 0, locked_until = NULL, updated_at = @now " +
                         $"WHERE tenant_id = @tenant_id AND id = @id AND {notLocked} AND (failed_login_count <> 0 OR locked_until IS NOT NULL)";
    }

    public Task CreateAsync(User user, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync(_insert, Parameters(user), cancellationToken, new ConflictSubject("user", user.Username));

    public Task CreateManyAsync(IReadOnlyList<User> users, CancellationToken cancellationToken = default) =>
        _database.ExecuteBatchAsync(_insert, users.Select(Parameters).ToList(), cancellationToken,
            index => new ConflictSubject("user", users[index].Username));

    public Task<User?> FindByIdAsync(string tenantId, Guid id, CancellationToken cancellationToken = default) =>
        _database.QuerySingleAsync(_select + " AND id = @id", [new("tenant_id", tenantId), new("id", _dialect.Uuid(id))], Map, cancellationToken);

    public Task<User?> FindByUsernameAsync(string tenantId, string username, CancellationToken cancellationToken = default) =>
        _database.QuerySingleAsync(_select + " AND lower(username) = lower(@username)",
            [new("tenant_id", tenantId), new("username", username)], Map, cancellationToken);

    public Task<User?> FindByEmailAsync(string tenantId, string email, CancellationToken cancellationToken = default) =>
        _database.QuerySingleAsync(_select + " AND email IS NOT NULL AND lower(email) = lower(@email)",
            [new("tenant_id", tenantId), new("email", email)], Map, cancellationToken);

    public async Task<IReadOnlyList<User>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await _database.QueryAsync(_select + " ORDER BY lower(username), id", [new("tenant_id", tenantId)], Map, cancellationToken);

    public async Task<bool> UpdateAsync(User user, CancellationToken cancellationToken = default) =>
        await _database.ExecuteAsync(_update, Parameters(user), cancellationToken, new ConflictSubject("user", user.Username)) == 1;

    public Task<FailedSignInCount?> RecordFailedSignInAsync(string tenantId, Guid id, int maxFailures, DateTimeOffset lockUntil, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var storedNow = StoredTime.Truncate(now);
        return _database.QueryWriteSingleAsync(_recordFailure,
            [
                new("tenant_id", tenantId), new("id", _dialect.Uuid(id)), new("max_failures", maxFailures),
                new("lock_until", _dialect.Time(StoredTime.Truncate(lockUntil))), new("now", _dialect.Time(storedNow)),
            ],
            row =>
            {
                // The row was not locked before this statement, so a lock in the future is the one it just set.
                var lockedUntil = _dialect.ReadNullableTime(row, 1);
                return new FailedSignInCount(Convert.ToInt32(row.GetValue(0)), lockedUntil > storedNow ? lockedUntil : null);
            }, cancellationToken);
    }

    public async Task<bool> ClearFailedSignInsAsync(string tenantId, Guid id, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        await _database.ExecuteAsync(_clearFailures,
            [new("tenant_id", tenantId), new("id", _dialect.Uuid(id)), new("now", _dialect.Time(StoredTime.Truncate(now)))], cancellationToken) == 1;

    public async Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default) =>
        await _database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("id", _dialect.Uuid(id))], cancellationToken) == 1;

    private SqlParameter[] Parameters(User user) =>
    [
        new("id", _dialect.Uuid(user.Id)), new("tenant_id", user.TenantId), new("username", user.Username), new("email", user.Email),
        new("email_verified", _dialect.Boolean(user.EmailVerified)), new("password_hash", user.PasswordHash),
        new("role", user.Role == UserRole.Admin ? "admin" : "regular"), new("is_active", _dialect.Boolean(user.IsActive)),
        new("profile_picture_url", user.ProfilePictureUrl), new("metadata", user.Metadata), new("security_stamp", user.SecurityStamp),
        new("failed_login_count", user.FailedLoginCount), new("locked_until", _dialect.Time(StoredTime.Truncate(user.LockedUntil))),
        new("created_at", _dialect.Time(StoredTime.Truncate(user.CreatedAt))), new("updated_at", _dialect.Time(StoredTime.Truncate(user.UpdatedAt))),
        new("email_verification_required", _dialect.Boolean(user.EmailVerificationRequired)),
    ];

    private User Map(DbDataReader row) => new()
    {
        Id = _dialect.ReadUuid(row, 0),
        TenantId = row.GetString(1),
        Username = row.GetString(2),
        Email = row.GetNullableString(3),
        EmailVerified = _dialect.ReadBoolean(row, 4),
        PasswordHash = row.GetNullableString(5),
        Role = row.GetString(6) == "admin" ? UserRole.Admin : UserRole.Regular,
        IsActive = _dialect.ReadBoolean(row, 7),
        ProfilePictureUrl = row.GetNullableString(8),
        Metadata = row.GetString(9),
        SecurityStamp = row.GetString(10),
        FailedLoginCount = Convert.ToInt32(row.GetValue(11)),
        LockedUntil = _dialect.ReadNullableTime(row, 12),
        CreatedAt = _dialect.ReadTime(row, 13),
        UpdatedAt = _dialect.ReadTime(row, 14),
        EmailVerificationRequired = _dialect.ReadBoolean(row, 15),
    };
}

using Warden.Core.Cleanup;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlExpiredDataStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IExpiredDataStore
{
    private const string LeaseName = "expired-data";

    private readonly Dictionary<ExpiredDataKind, string> _deletes = new()
    {
        [ExpiredDataKind.AuthorizationCodes] = dialect.DeleteLimited(tables.AuthorizationCodes, "expires_at < @before"),
        [ExpiredDataKind.DeviceCodes] = dialect.DeleteLimited(tables.DeviceCodes, "expires_at < @before"),
        [ExpiredDataKind.RefreshTokens] = dialect.DeleteLimited(tables.RefreshTokens, "expires_at < @before"),
        [ExpiredDataKind.RefreshTokenFamilies] = dialect.DeleteLimited(tables.RefreshTokenFamilies, "expires_at < @before"),
        [ExpiredDataKind.ReferenceTokens] = dialect.DeleteLimited(tables.ReferenceTokens, "expires_at < @before"),
        [ExpiredDataKind.RevokedTokens] = dialect.DeleteLimited(tables.RevokedTokens, "expires_at < @before"),
        [ExpiredDataKind.RegistrationTokens] = dialect.DeleteLimited(tables.RegistrationTokens, "expires_at < @before"),
        [ExpiredDataKind.EmailTokens] = dialect.DeleteLimited(tables.EmailTokens, "expires_at < @before"),
        [ExpiredDataKind.ApiKeys] = dialect.DeleteLimited(tables.ApiKeys, "(expires_at < @before OR revoked_at < @before)"),
        [ExpiredDataKind.AuditLogs] = dialect.DeleteLimited(tables.AuditLogs, "occurred_at < @before"),
    };

    private readonly string _acquire =
        $"UPDATE {tables.CleanupLease} SET holder = @holder, expires_at = @until WHERE name = @name AND (expires_at < @now OR holder = @holder)";

    private readonly string _release = $"UPDATE {tables.CleanupLease} SET expires_at = @epoch WHERE name = @name AND holder = @holder";

    public Task<int> DeleteExpiredAsync(ExpiredDataKind kind, DateTimeOffset before, int limit, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_deletes[kind], [new("before", dialect.Time(before)), new("limit", limit)], cancellationToken);

    public async Task<bool> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_acquire,
            [new("holder", holder), new("until", dialect.Time(now + duration)), new("name", LeaseName), new("now", dialect.Time(now))],
            cancellationToken) == 1;

    public Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_release, [new("epoch", dialect.Time(DateTimeOffset.UnixEpoch)), new("name", LeaseName), new("holder", holder)],
            cancellationToken);
}

using Warden.Core.Cleanup;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlExpiredDataStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IExpiredDataStore
{
    private const string LeaseName = "expired-data";

    /// <summary>What each kind's expired rows are, by the column names of its table.</summary>
    private static readonly Dictionary<ExpiredDataKind, string> Conditions = new()
    {
        [ExpiredDataKind.AuthorizationCodes] = "expires_at < @before",
        [ExpiredDataKind.DeviceCodes] = "expires_at < @before",
        [ExpiredDataKind.RefreshTokens] = "expires_at < @before",
        [ExpiredDataKind.RefreshTokenFamilies] = "expires_at < @before",
        [ExpiredDataKind.ReferenceTokens] = "expires_at < @before",
        [ExpiredDataKind.RevokedTokens] = "expires_at < @before",
        [ExpiredDataKind.RegistrationTokens] = "expires_at < @before",
        [ExpiredDataKind.EmailTokens] = "expires_at < @before",
        [ExpiredDataKind.ApiKeys] = "(expires_at < @before OR revoked_at < @before)",
        [ExpiredDataKind.AuditLogs] = "occurred_at < @before",
    };

    private readonly Dictionary<ExpiredDataKind, string> _deletes = Conditions.ToDictionary(pair => pair.Key,
        pair => dialect.DeleteLimited(tables.Prefix + pair.Key.TableName(), pair.Value));

    private readonly Dictionary<ExpiredDataKind, string> _tenantDeletes = Conditions.ToDictionary(pair => pair.Key,
        pair => dialect.DeleteLimited(tables.Prefix + pair.Key.TableName(), pair.Value + " AND tenant_id = @tenant"));

    private readonly string _acquire =
        $"UPDATE {tables.CleanupLease} SET holder = @holder, expires_at = @until WHERE name = @name AND (expires_at < @now OR holder = @holder)";

    private readonly string _release = $"UPDATE {tables.CleanupLease} SET expires_at = @epoch WHERE name = @name AND holder = @holder";

    public Task<int> DeleteExpiredAsync(ExpiredDataKind kind, DateTimeOffset before, int limit, string? tenantId = null,
        CancellationToken cancellationToken = default) =>
        tenantId is null
            ? database.ExecuteAsync(_deletes[kind], [new("before", dialect.Time(before)), new("limit", limit)], cancellationToken)
            : database.ExecuteAsync(_tenantDeletes[kind], [new("before", dialect.Time(before)), new("limit", limit), new("tenant", tenantId)],
                cancellationToken);

    public async Task<bool> TryAcquireLeaseAsync(string holder, DateTimeOffset now, TimeSpan duration, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_acquire,
            [new("holder", holder), new("until", dialect.Time(now + duration)), new("name", LeaseName), new("now", dialect.Time(now))],
            cancellationToken) == 1;

    public Task ReleaseLeaseAsync(string holder, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_release, [new("epoch", dialect.Time(DateTimeOffset.UnixEpoch)), new("name", LeaseName), new("holder", holder)],
            cancellationToken);
}

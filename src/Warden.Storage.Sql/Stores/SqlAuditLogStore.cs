using System.Data.Common;
using Warden.Core.Audit;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlAuditLogStore : IAuditLogStore
{
    private const string Columns = "id, tenant_id, occurred_at, event_type, outcome, client_id, user_id, ip_address, details";

    private readonly SqlDatabase _database;
    private readonly SqlDialect _dialect;
    private readonly string _insert;
    private readonly string _query;

    public SqlAuditLogStore(SqlDatabase database, SqlDialect dialect, TableNames tables)
    {
        _database = database;
        _dialect = dialect;
        _insert = $"INSERT INTO {tables.AuditLogs} ({Columns}) VALUES (@id, @tenant_id, @occurred_at, @event_type, @outcome, " +
                  $"@client_id, @user_id, @ip_address, {dialect.Typed("details", SqlType.Json)})";
        // Absent filters are bound as NULL so that one statement (and one plan) serves every combination.
        _query = $"SELECT {Columns} FROM {tables.AuditLogs} WHERE tenant_id = @tenant_id" +
                 $" AND ({dialect.Typed("from", SqlType.Timestamp)} IS NULL OR occurred_at >= @from)" +
                 $" AND ({dialect.Typed("to", SqlType.Timestamp)} IS NULL OR occurred_at < @to)" +
                 $" AND ({dialect.Typed("event_type", SqlType.Text)} IS NULL OR event_type = @event_type)" +
                 $" AND ({dialect.Typed("client_id", SqlType.Text)} IS NULL OR client_id = @client_id)" +
                 $" AND ({dialect.Typed("user_id", SqlType.Text)} IS NULL OR user_id = @user_id)" +
                 " ORDER BY occurred_at DESC, id LIMIT @limit";
    }

    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default) =>
        _database.ExecuteAsync(_insert, Parameters(auditEvent), cancellationToken, new ConflictSubject("audit event", auditEvent.Id.ToString()));

    public Task AppendManyAsync(IReadOnlyList<AuditEvent> auditEvents, CancellationToken cancellationToken = default) =>
        _database.ExecuteBatchAsync(_insert, auditEvents.Select(Parameters).ToList(), cancellationToken);

    private SqlParameter[] Parameters(AuditEvent auditEvent) =>
    [
        new("id", _dialect.Uuid(auditEvent.Id)), new("tenant_id", auditEvent.TenantId),
        new("occurred_at", _dialect.Time(StoredTime.Truncate(auditEvent.OccurredAt))), new("event_type", auditEvent.EventType),
        new("outcome", auditEvent.Outcome), new("client_id", auditEvent.ClientId), new("user_id", auditEvent.UserId),
        new("ip_address", auditEvent.IpAddress), new("details", auditEvent.Details),
    ];

    public async Task<IReadOnlyList<AuditEvent>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        await _database.QueryAsync(_query,
        [
            new("tenant_id", query.TenantId), new("from", _dialect.Time(query.From)), new("to", _dialect.Time(query.To)),
            new("event_type", query.EventType), new("client_id", query.ClientId), new("user_id", query.UserId),
            new("limit", query.Limit),
        ], Map, cancellationToken);

    private AuditEvent Map(DbDataReader row) => new(
        _dialect.ReadUuid(row, 0), row.GetString(1), _dialect.ReadTime(row, 2), row.GetString(3), row.GetString(4),
        row.GetNullableString(5), row.GetNullableString(6), row.GetNullableString(7), row.GetString(8));
}

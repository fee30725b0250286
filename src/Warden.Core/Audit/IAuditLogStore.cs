namespace Warden.Core.Audit;

/// <summary>The append-only audit trail.</summary>
public interface IAuditLogStore
{
    /// <summary>Appends one event. Throws <see cref="Storage.MissingReferenceException"/> when the tenant does not exist.</summary>
    Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);

    /// <summary>Appends several events in one transaction (all or none).</summary>
    Task AppendManyAsync(IReadOnlyList<AuditEvent> auditEvents, CancellationToken cancellationToken = default);

    /// <summary>Events matching every given filter, newest first, at most <see cref="AuditQuery.Limit"/>.</summary>
    Task<IReadOnlyList<AuditEvent>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default);
}

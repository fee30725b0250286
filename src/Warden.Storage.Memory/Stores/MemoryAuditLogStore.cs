using Warden.Core.Audit;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryAuditLogStore(MemoryState state) : IAuditLogStore
{
    public Task AppendAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(auditEvent.TenantId);
            if (!state.AuditEvents.TryAdd(auditEvent.Id, auditEvent with { OccurredAt = StoredTime.Truncate(auditEvent.OccurredAt) }))
                throw new DuplicateEntityException("audit event", auditEvent.Id.ToString());
        }
        return Task.CompletedTask;
    }

    public Task AppendManyAsync(IReadOnlyList<AuditEvent> auditEvents, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            foreach (var auditEvent in auditEvents)
                state.RequireTenant(auditEvent.TenantId);
            if (auditEvents.Select(e => e.Id).Distinct().Count() != auditEvents.Count || auditEvents.Any(e => state.AuditEvents.ContainsKey(e.Id)))
                throw new DuplicateEntityException("audit event", "batch");
            foreach (var auditEvent in auditEvents)
                state.AuditEvents[auditEvent.Id] = auditEvent with { OccurredAt = StoredTime.Truncate(auditEvent.OccurredAt) };
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AuditEvent>> QueryAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<AuditEvent>>(state.AuditEvents.Values
                .Where(e => e.TenantId == query.TenantId
                            && (query.From is null || e.OccurredAt >= query.From)
                            && (query.To is null || e.OccurredAt < query.To)
                            && (query.EventType is null || e.EventType == query.EventType)
                            && (query.ClientId is null || e.ClientId == query.ClientId)
                            && (query.UserId is null || e.UserId == query.UserId))
                .OrderByDescending(e => e.OccurredAt)
                .ThenBy(e => e.Id.ToString("D"), StringComparer.Ordinal)
                .Take(query.Limit)
                .ToList());
        }
    }
}

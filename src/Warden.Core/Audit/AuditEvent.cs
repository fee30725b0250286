namespace Warden.Core.Audit;

/// <summary>One security-relevant event. <see cref="Details"/> is a JSON object and never holds a secret.</summary>
public sealed record AuditEvent(
    Guid Id,
    string TenantId,
    DateTimeOffset OccurredAt,
    string EventType,
    string Outcome,
    string? ClientId,
    string? UserId,
    string? IpAddress,
    string Details);

namespace Warden.Core.Audit;

/// <summary>Filters for reading the audit trail. Null means "any". <see cref="From"/> is inclusive, <see cref="To"/> exclusive.</summary>
public sealed record AuditQuery(string TenantId)
{
    public DateTimeOffset? From { get; init; }
    public DateTimeOffset? To { get; init; }
    public string? EventType { get; init; }
    public string? ClientId { get; init; }
    public string? UserId { get; init; }
    public int Limit { get; init; } = 100;
}

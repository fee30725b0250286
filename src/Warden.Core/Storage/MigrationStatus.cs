namespace Warden.Core.Storage;

/// <summary>A schema migration and, once applied, when.</summary>
public sealed record MigrationStatus(int Version, string Name, DateTimeOffset? AppliedAt)
{
    public bool IsApplied => AppliedAt is not null;
}

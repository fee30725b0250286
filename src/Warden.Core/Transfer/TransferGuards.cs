using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Core.Transfer;

/// <summary>The transfer was refused (a non-empty target, a source with pending migrations); nothing was changed.</summary>
public class TransferRefusedException(string message) : StorageException(message);

/// <summary>
/// A transfer of one tenant was refused because of what the command names: a tenant the source or snapshot does not
/// hold, one the target holds already, a snapshot of another tenant. Nothing was changed; the command line says so
/// with exit code 2, as for any other bad argument.
/// </summary>
public sealed class TenantTransferRefusedException(string message) : TransferRefusedException(message);

/// <summary>The checks export, import and copy share: schema versions, and what counts as an empty target.</summary>
public static class TransferGuards
{
    /// <summary>The latest migration applied to a source; the memory backend has no ledger and is always at <see cref="SnapshotSchema.Version"/>.</summary>
    public static async Task<int> RequireMigratedSourceAsync(IStorageBackend source, CancellationToken cancellationToken)
    {
        var migrations = await source.GetMigrationStatusAsync(cancellationToken);
        var pending = migrations.Count(migration => !migration.IsApplied);
        if (pending > 0)
            throw new TransferRefusedException(
                $"the source {source.Location} has {pending} pending migration(s); run `warden migrate` against it first");
        return migrations.Count == 0 ? SnapshotSchema.Version : migrations.Max(migration => migration.Version);
    }

    /// <summary>Refuses data from a schema newer than this binary knows for the target (changes nothing).</summary>
    public static async Task RequireKnownSchemaAsync(IStorageBackend target, int schemaVersion, CancellationToken cancellationToken)
    {
        var migrations = await target.GetMigrationStatusAsync(cancellationToken);
        var known = migrations.Count == 0 ? SnapshotSchema.Version : migrations.Max(migration => migration.Version);
        if (schemaVersion > known)
            throw new SnapshotFormatException(
                $"the data has schema version {schemaVersion}, newer than this warden's {known}: use the warden version that wrote it, or a newer one");
    }

    /// <summary>
    /// Refuses a target that holds data. Empty means what migrations alone leave: no rows but the default tenant.
    /// </summary>
    public static async Task RequireEmptyAsync(IStorageBackend target, string verb, CancellationToken cancellationToken)
    {
        var occupied = await OccupiedAsync(target, null, cancellationToken);
        if (occupied.Count > 0)
            throw new TransferRefusedException(
                $"the target {target.Location} already holds data ({string.Join(", ", occupied)}); {verb} needs an empty database");
    }

    /// <summary>Refuses a source that has no tenant <paramref name="tenantId"/>.</summary>
    public static async Task RequireTenantAsync(IStorageBackend source, string tenantId, CancellationToken cancellationToken)
    {
        if (await source.Tenants.FindAsync(tenantId, cancellationToken) is null)
            throw new TenantTransferRefusedException($"--tenant {tenantId}: {source.Location} has no such tenant");
    }

    /// <summary>
    /// Refuses a target that holds tenant <paramref name="tenantId"/>. A default tenant with nothing but its tenants row
    /// (what migrations alone leave) counts as absent, as it does for <see cref="RequireEmptyAsync"/>.
    /// </summary>
    /// <param name="verb">The command as the operator gave it, for the message.</param>
    /// <param name="replaceFlag">The flag that replaces the tenant instead.</param>
    public static async Task RequireTenantAbsentAsync(IStorageBackend target, string tenantId, string verb, string replaceFlag,
        CancellationToken cancellationToken)
    {
        var occupied = await OccupiedAsync(target, tenantId, cancellationToken);
        if (tenantId != Tenant.DefaultId && await target.Tenants.FindAsync(tenantId, cancellationToken) is not null)
            occupied.Insert(0, "tenants: 1 row");
        if (occupied.Count > 0)
            throw new TenantTransferRefusedException(
                $"the target {target.Location} already holds tenant {tenantId} ({string.Join(", ", occupied)}); " +
                $"{verb} {replaceFlag} replaces it");
    }

    /// <summary>The tables with rows (of one tenant, or of all), the tenants table left out where it holds only the default tenant.</summary>
    private static async Task<List<string>> OccupiedAsync(IStorageBackend target, string? tenantId, CancellationToken cancellationToken)
    {
        var occupied = new List<string>();
        foreach (var table in SnapshotSchema.Tables)
        {
            if (tenantId is not null && table.Name == "tenants")
                continue;
            var rows = await target.Transfer.CountAsync(table, tenantId, cancellationToken);
            if (table.Name == "tenants" && rows == 1 && await target.Tenants.FindAsync(Tenant.DefaultId, cancellationToken) is not null)
                continue;
            if (rows > 0)
                occupied.Add($"{table.Name}: {rows} row{(rows == 1 ? "" : "s")}");
        }
        return occupied;
    }
}

using Warden.Core.Storage;
using Warden.Core.Tenants;

namespace Warden.Core.Transfer;

/// <summary>The transfer was refused (a non-empty target, a source with pending migrations); nothing was changed.</summary>
public sealed class TransferRefusedException(string message) : StorageException(message);

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
        var occupied = new List<string>();
        foreach (var table in SnapshotSchema.Tables)
        {
            var rows = await target.Transfer.CountAsync(table, cancellationToken);
            if (table.Name == "tenants" && rows == 1 && await target.Tenants.FindAsync(Tenant.DefaultId, cancellationToken) is not null)
                continue;
            if (rows > 0)
                occupied.Add($"{table.Name}: {rows} row{(rows == 1 ? "" : "s")}");
        }
        if (occupied.Count > 0)
            throw new TransferRefusedException(
                $"the target {target.Location} already holds data ({string.Join(", ", occupied)}); {verb} needs an empty database");
    }
}

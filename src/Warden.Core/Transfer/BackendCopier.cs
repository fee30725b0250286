using Warden.Core.Storage;

namespace Warden.Core.Transfer;

/// <summary>One table after a copy: rows and checksum on each side.</summary>
public sealed record TableComparison(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>
/// <c>warden db copy</c>: every table from one backend into another (every tenant, or one), with the reader and writer
/// export and import use, then a comparison of row counts and <see cref="TableChecksum"/>s per table.
/// </summary>
public static class BackendCopier
{
    /// <param name="replace">
    /// Delete the target's rows first (all of them, in one transaction where the backend has them). Without it a target
    /// that holds data is refused: rows are never merged.
    /// </param>
    public static async Task<IReadOnlyList<TableComparison>> CopyAsync(IStorageBackend source, IStorageBackend target, bool replace,
        CancellationToken cancellationToken = default)
    {
        var schemaVersion = await TransferGuards.RequireMigratedSourceAsync(source, cancellationToken);
        await TransferGuards.RequireKnownSchemaAsync(target, schemaVersion, cancellationToken);
        await target.MigrateAsync(cancellationToken);
        if (!replace)
            await TransferGuards.RequireEmptyAsync(target, "db copy without --force", cancellationToken);
        await target.Transfer.ClearAsync(cancellationToken);
        foreach (var table in SnapshotSchema.Tables)
            await target.Transfer.WriteAsync(table, source.Transfer.ReadAsync(table, null, cancellationToken), cancellationToken);
        return await CompareAsync(source, target, null, cancellationToken);
    }

    /// <summary>
    /// Copies one tenant into a target that may hold others, which stay as they are, and compares that tenant's rows on
    /// both sides.
    /// </summary>
    /// <param name="replace">
    /// Replace the target's rows of the tenant (in one transaction with the copy, where the backend has them). Without it
    /// a target that holds the tenant is refused.
    /// </param>
    public static async Task<IReadOnlyList<TableComparison>> CopyTenantAsync(IStorageBackend source, IStorageBackend target, string tenantId,
        bool replace, CancellationToken cancellationToken = default)
    {
        var schemaVersion = await TransferGuards.RequireMigratedSourceAsync(source, cancellationToken);
        await TransferGuards.RequireTenantAsync(source, tenantId, cancellationToken);
        await TransferGuards.RequireKnownSchemaAsync(target, schemaVersion, cancellationToken);
        await target.MigrateAsync(cancellationToken);
        if (!replace)
            await TransferGuards.RequireTenantAbsentAsync(target, tenantId, $"db copy --tenant {tenantId}", "--force", cancellationToken);
        await target.Transfer.ReplaceTenantAsync(tenantId,
            SnapshotSchema.Tables.Select(table => (table, source.Transfer.ReadAsync(table, tenantId, cancellationToken))).ToAsyncEnumerable(),
            cancellationToken);
        return await CompareAsync(source, target, tenantId, cancellationToken);
    }

    /// <summary>Row counts and checksums of every table on both backends (of one tenant, or of all).</summary>
    public static async Task<IReadOnlyList<TableComparison>> CompareAsync(IStorageBackend source, IStorageBackend target, string? tenantId = null,
        CancellationToken cancellationToken = default)
    {
        var comparisons = new List<TableComparison>();
        foreach (var table in SnapshotSchema.Tables)
        {
            var before = await TableChecksum.ComputeAsync(source.Transfer, table, tenantId, cancellationToken);
            var after = await TableChecksum.ComputeAsync(target.Transfer, table, tenantId, cancellationToken);
            comparisons.Add(new TableComparison(table.Name, before.Rows, after.Rows, before.Value, after.Value));
        }
        return comparisons;
    }
}

using Warden.Core.Storage;

namespace Warden.Core.Transfer;

/// <summary>One table after a copy: rows and checksum on each side.</summary>
public sealed record TableComparison(string Table, long SourceRows, long TargetRows, string SourceChecksum, string TargetChecksum)
{
    public bool Matches => SourceRows == TargetRows && SourceChecksum == TargetChecksum;
}

/// <summary>
/// <c>warden db copy</c>: every table from one backend into another, with the reader and writer export and import use,
/// then a comparison of row counts and <see cref="TableChecksum"/>s per table.
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
            await target.Transfer.WriteAsync(table, source.Transfer.ReadAsync(table, cancellationToken), cancellationToken);
        return await CompareAsync(source, target, cancellationToken);
    }

    /// <summary>Row counts and checksums of every table on both backends.</summary>
    public static async Task<IReadOnlyList<TableComparison>> CompareAsync(IStorageBackend source, IStorageBackend target,
        CancellationToken cancellationToken = default)
    {
        var comparisons = new List<TableComparison>();
        foreach (var table in SnapshotSchema.Tables)
        {
            var before = await TableChecksum.ComputeAsync(source.Transfer, table, cancellationToken);
            var after = await TableChecksum.ComputeAsync(target.Transfer, table, cancellationToken);
            comparisons.Add(new TableComparison(table.Name, before.Rows, after.Rows, before.Value, after.Value));
        }
        return comparisons;
    }
}

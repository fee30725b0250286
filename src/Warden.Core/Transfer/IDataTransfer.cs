namespace Warden.Core.Transfer;

/// <summary>
/// Raw access to one backend's tables for export, import and <c>warden db copy</c>, below the stores: rows go in and out
/// unchanged (hashes stay hashes, encrypted keys stay encrypted). A row is one value per column of the
/// <see cref="SnapshotTable"/>, in its column order, typed as <see cref="ColumnKind"/> says, null for SQL NULL.
/// </summary>
public interface IDataTransfer
{
    /// <summary>Every row of the table, in primary key order, streamed.</summary>
    IAsyncEnumerable<object?[]> ReadAsync(SnapshotTable table, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts the rows (in batches, in one transaction where the backend has them; nothing of the table is written when
    /// it fails) and returns how many. The rows' references must already be there.
    /// </summary>
    Task<long> WriteAsync(SnapshotTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken = default);

    /// <summary>How many rows the table has.</summary>
    Task<long> CountAsync(SnapshotTable table, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of every table in <see cref="SnapshotSchema.Tables"/> (the default tenant included), in one transaction where the backend has them.</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);
}

namespace Warden.Core.Transfer;

/// <summary>
/// Raw access to one backend's tables for export, import and <c>warden db copy</c>, below the stores: rows go in and out
/// unchanged (hashes stay hashes, encrypted keys stay encrypted). A row is one value per column of the
/// <see cref="SnapshotTable"/>, in its column order, typed as <see cref="ColumnKind"/> says, null for SQL NULL.
/// Where a method takes a tenant id, null means every tenant, and an id means only the rows whose
/// <see cref="SnapshotTable.TenantColumn"/> is that id.
/// </summary>
public interface IDataTransfer
{
    /// <summary>Every row of the table (of one tenant, or of all), in primary key order, streamed.</summary>
    IAsyncEnumerable<object?[]> ReadAsync(SnapshotTable table, string? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts the rows (in batches, in one transaction where the backend has them; nothing of the table is written when
    /// it fails) and returns how many. The rows' references must already be there.
    /// </summary>
    Task<long> WriteAsync(SnapshotTable table, IAsyncEnumerable<object?[]> rows, CancellationToken cancellationToken = default);

    /// <summary>How many rows the table has (of one tenant, or of all).</summary>
    Task<long> CountAsync(SnapshotTable table, string? tenantId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes every row of every table in <see cref="SnapshotSchema.Tables"/> (the default tenant included), in one transaction where the backend has them.</summary>
    Task ClearAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Deletes every row of one tenant (its <c>tenants</c> row included) and writes the given tables' rows (<paramref name="content"/>), which must all
    /// be that tenant's (<see cref="ArgumentException"/> otherwise), in <see cref="SnapshotSchema.Tables"/> order; all in
    /// one transaction where the backend has them, so that on failure the tenant is as it was and no other tenant is
    /// touched either way. Each table's rows are read to their end before the next table's. Returns the rows written per table.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> ReplaceTenantAsync(string tenantId,
        IAsyncEnumerable<(SnapshotTable Table, IAsyncEnumerable<object?[]> Rows)> content, CancellationToken cancellationToken = default);
}

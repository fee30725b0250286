using Warden.Core.Storage;

namespace Warden.Core.Transfer;

/// <summary>What an export or import moved: rows per table, in <see cref="SnapshotSchema.Tables"/> order.</summary>
public sealed record TransferSummary(SnapshotHeader Header, IReadOnlyList<(string Table, long Rows)> Tables)
{
    public long TotalRows => Tables.Sum(table => table.Rows);
}

/// <summary>
/// <c>warden export</c> and <c>warden import</c>: every table of a backend to a snapshot and back, through
/// <see cref="IDataTransfer"/>, for every tenant or for one. Nothing is decrypted: the target must run with the master
/// key of the source.
/// </summary>
public static class SnapshotTransfer
{
    /// <summary>A snapshot of every tenant.</summary>
    public static Task<TransferSummary> ExportAsync(IStorageBackend source, Stream output, TimeProvider time,
        CancellationToken cancellationToken = default) =>
        ExportAsync(source, output, time, null, cancellationToken);

    /// <summary>A snapshot of one tenant: its tenants row and its rows of every other table; the header names it.</summary>
    public static async Task<TransferSummary> ExportTenantAsync(IStorageBackend source, Stream output, TimeProvider time, string tenantId,
        CancellationToken cancellationToken = default)
    {
        await TransferGuards.RequireTenantAsync(source, tenantId, cancellationToken);
        return await ExportAsync(source, output, time, tenantId, cancellationToken);
    }

    private static async Task<TransferSummary> ExportAsync(IStorageBackend source, Stream output, TimeProvider time, string? tenantId,
        CancellationToken cancellationToken)
    {
        var schemaVersion = await TransferGuards.RequireMigratedSourceAsync(source, cancellationToken);
        var header = new SnapshotHeader(SnapshotFormat.Name, SnapshotFormat.Version, schemaVersion, source.Name, time.GetUtcNow(), tenantId);
        var writer = new SnapshotWriter(output);
        await writer.WriteHeaderAsync(header, cancellationToken);
        foreach (var table in SnapshotSchema.Tables)
        {
            await foreach (var row in source.Transfer.ReadAsync(table, tenantId, cancellationToken))
                await writer.WriteRowAsync(table, row, cancellationToken);
        }
        await writer.WriteEndAsync(cancellationToken);
        return Summary(header, writer.Counts);
    }

    /// <summary>
    /// Loads a snapshot of every tenant into an empty database: reads it once to check every line (a damaged file changes
    /// nothing), migrates the target, refuses one that holds data, then writes table by table, each in one transaction.
    /// A one-tenant snapshot is refused: it would leave a database without its default tenant (<see cref="ImportTenantAsync"/> loads it).
    /// </summary>
    /// <param name="open">Opens the snapshot from its start; called twice.</param>
    public static async Task<TransferSummary> ImportAsync(Func<Stream> open, IStorageBackend target, CancellationToken cancellationToken = default)
    {
        SnapshotHeader header;
        await using (var input = open())
        {
            var reader = await SnapshotReader.OpenAsync(input, cancellationToken);
            header = reader.Header;
            if (header.Tenant is { } only)
                throw new TenantTransferRefusedException($"the snapshot holds tenant {only} only: import it with --tenant {only}");
            await TransferGuards.RequireKnownSchemaAsync(target, header.SchemaVersion, cancellationToken);
            await reader.ValidateAsync(cancellationToken);
        }
        await target.MigrateAsync(cancellationToken);
        await TransferGuards.RequireEmptyAsync(target, "import", cancellationToken);
        // The default tenant the migrations created is replaced by the snapshot's.
        await target.Transfer.ClearAsync(cancellationToken);

        var written = new Dictionary<string, long>(StringComparer.Ordinal);
        await using (var input = open())
        {
            var reader = await SnapshotReader.OpenAsync(input, cancellationToken);
            await foreach (var (table, rows) in reader.ReadTablesAsync(cancellationToken))
                written[table.Name] = await target.Transfer.WriteAsync(table, rows, cancellationToken);
        }
        return Summary(header, written);
    }

    /// <summary>
    /// Loads one tenant, from a snapshot of that tenant or of every tenant, into a database that may hold others, which
    /// stay as they are. The snapshot is checked first (every line; it must hold the tenant), the target migrated; a
    /// target that holds the tenant already is refused unless <paramref name="replace"/>. Then the tenant's rows are
    /// replaced in one transaction where the backend has them (<see cref="IDataTransfer.ReplaceTenantAsync"/>).
    /// </summary>
    /// <param name="open">Opens the snapshot from its start; called twice.</param>
    public static async Task<TransferSummary> ImportTenantAsync(Func<Stream> open, IStorageBackend target, string tenantId, bool replace,
        CancellationToken cancellationToken = default)
    {
        SnapshotHeader header;
        await using (var input = open())
        {
            var reader = await SnapshotReader.OpenAsync(input, cancellationToken);
            header = reader.Header;
            if (header.Tenant is { } only && only != tenantId)
                throw new TenantTransferRefusedException($"--tenant {tenantId}: the snapshot holds tenant {only} only");
            await TransferGuards.RequireKnownSchemaAsync(target, header.SchemaVersion, cancellationToken);
            var held = new List<string>();
            await foreach (var (table, rows) in reader.ReadTablesAsync(cancellationToken))
            {
                await foreach (var row in rows.WithCancellation(cancellationToken))
                {
                    if (table.Name == "tenants")
                        held.Add(table.TenantOf(row));
                }
            }
            if (!held.Contains(tenantId))
                throw new TenantTransferRefusedException(
                    $"--tenant {tenantId}: the snapshot has no such tenant (it holds {(held.Count == 0 ? "none" : string.Join(", ", held))})");
        }
        await target.MigrateAsync(cancellationToken);
        if (!replace)
            await TransferGuards.RequireTenantAbsentAsync(target, tenantId, $"import --tenant {tenantId}", "--replace", cancellationToken);

        IReadOnlyDictionary<string, long> written;
        await using (var input = open())
        {
            var reader = await SnapshotReader.OpenAsync(input, cancellationToken);
            written = await target.Transfer.ReplaceTenantAsync(tenantId,
                reader.ReadTablesAsync(cancellationToken)
                    .Select(table => (table.Table, table.Rows.Where(row => table.Table.TenantOf(row) == tenantId))), cancellationToken);
        }
        return Summary(header, written);
    }

    private static TransferSummary Summary(SnapshotHeader header, IReadOnlyDictionary<string, long> written) =>
        new(header, SnapshotSchema.Tables.Select(table => (table.Name, written.GetValueOrDefault(table.Name))).ToList());
}

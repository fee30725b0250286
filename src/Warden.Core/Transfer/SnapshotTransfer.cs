using Warden.Core.Storage;

namespace Warden.Core.Transfer;

/// <summary>What an export or import moved: rows per table, in <see cref="SnapshotSchema.Tables"/> order.</summary>
public sealed record TransferSummary(SnapshotHeader Header, IReadOnlyList<(string Table, long Rows)> Tables)
{
    public long TotalRows => Tables.Sum(table => table.Rows);
}

/// <summary>
/// <c>warden export</c> and <c>warden import</c>: every table of a backend to a snapshot and back, through
/// <see cref="IDataTransfer"/>. Nothing is decrypted: the target must run with the master key of the source.
/// </summary>
public static class SnapshotTransfer
{
    public static async Task<TransferSummary> ExportAsync(IStorageBackend source, Stream output, TimeProvider time,
        CancellationToken cancellationToken = default)
    {
        var schemaVersion = await TransferGuards.RequireMigratedSourceAsync(source, cancellationToken);
        var header = new SnapshotHeader(SnapshotFormat.Name, SnapshotFormat.Version, schemaVersion, source.Name, time.GetUtcNow());
        var writer = new SnapshotWriter(output);
        await writer.WriteHeaderAsync(header, cancellationToken);
        foreach (var table in SnapshotSchema.Tables)
        {
            await foreach (var row in source.Transfer.ReadAsync(table, cancellationToken))
                await writer.WriteRowAsync(table, row, cancellationToken);
        }
        await writer.WriteEndAsync(cancellationToken);
        return new TransferSummary(header, SnapshotSchema.Tables.Select(table => (table.Name, writer.Counts.GetValueOrDefault(table.Name))).ToList());
    }

    /// <summary>
    /// Loads a snapshot into an empty database: reads it once to check every line (a damaged file changes nothing),
    /// migrates the target, refuses one that holds data, then writes table by table, each in one transaction.
    /// </summary>
    /// <param name="open">Opens the snapshot from its start; called twice.</param>
    public static async Task<TransferSummary> ImportAsync(Func<Stream> open, IStorageBackend target, CancellationToken cancellationToken = default)
    {
        SnapshotHeader header;
        await using (var input = open())
        {
            var reader = await SnapshotReader.OpenAsync(input, cancellationToken);
            header = reader.Header;
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
        return new TransferSummary(header, SnapshotSchema.Tables.Select(table => (table.Name, written.GetValueOrDefault(table.Name))).ToList());
    }
}

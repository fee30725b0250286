using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text.Json;

namespace Warden.Core.Transfer;

/// <summary>
/// A checksum of a table's rows in their portable form: the SHA-256 of each row's canonical JSON (columns in schema
/// order, JSON values with sorted members), added up as four 64-bit lanes. Addition does not depend on the order rows
/// arrive in, so the sum is the same on backends whose text collations order keys differently.
/// </summary>
public sealed class TableChecksum(SnapshotTable table)
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1024);
    private readonly ulong[] _lanes = new ulong[4];

    public long Rows { get; private set; }

    public void Add(object?[] row)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer))
        {
            writer.WriteStartArray();
            for (var index = 0; index < table.Columns.Count; index++)
                SnapshotFormat.WriteValue(writer, table.Columns[index].Kind, row[index], canonical: true);
            writer.WriteEndArray();
        }
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(_buffer.WrittenSpan, hash);
        for (var lane = 0; lane < 4; lane++)
            _lanes[lane] += BinaryPrimitives.ReadUInt64BigEndian(hash[(lane * 8)..]);
        Rows++;
    }

    /// <summary>The sum as 64 hexadecimal digits.</summary>
    public string Value => string.Concat(_lanes.Select(lane => lane.ToString("x16")));

    /// <summary>Reads the whole table (or the rows of one tenant) from <paramref name="backend"/> and sums it.</summary>
    public static async Task<TableChecksum> ComputeAsync(IDataTransfer backend, SnapshotTable table, string? tenantId,
        CancellationToken cancellationToken)
    {
        var checksum = new TableChecksum(table);
        await foreach (var row in backend.ReadAsync(table, tenantId, cancellationToken))
            checksum.Add(row);
        return checksum;
    }
}

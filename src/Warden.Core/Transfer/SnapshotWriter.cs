using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Warden.Core.Transfer;

/// <summary>Writes a snapshot (see <see cref="SnapshotFormat"/>) to a stream, one line at a time.</summary>
public sealed class SnapshotWriter(Stream output)
{
    // UTF-8 text as it is (the file is UTF-8); only what JSON requires is escaped.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Counts => _counts;

    public Task WriteHeaderAsync(SnapshotHeader header, CancellationToken cancellationToken) => WriteLineAsync(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("format", header.Format);
        writer.WriteNumber("format_version", header.FormatVersion);
        writer.WriteNumber("schema_version", header.SchemaVersion);
        writer.WriteString("source", header.Source);
        writer.WriteString("created_at", SnapshotFormat.FormatTime(header.CreatedAt));
        if (header.Tenant is not null)
            writer.WriteString("tenant", header.Tenant);
        writer.WriteEndObject();
    }, cancellationToken);

    public Task WriteRowAsync(SnapshotTable table, object?[] row, CancellationToken cancellationToken)
    {
        _counts[table.Name] = _counts.GetValueOrDefault(table.Name) + 1;
        return WriteLineAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("table", table.Name);
            writer.WritePropertyName("row");
            writer.WriteStartObject();
            for (var index = 0; index < table.Columns.Count; index++)
            {
                writer.WritePropertyName(table.Columns[index].Name);
                SnapshotFormat.WriteValue(writer, table.Columns[index].Kind, row[index]);
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, cancellationToken);
    }

    /// <summary>The end line: the number of rows of every table, zeros included.</summary>
    public async Task WriteEndAsync(CancellationToken cancellationToken)
    {
        await WriteLineAsync(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("end");
            writer.WriteStartObject();
            foreach (var table in SnapshotSchema.Tables)
                writer.WriteNumber(table.Name, _counts.GetValueOrDefault(table.Name));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }, cancellationToken);
        await output.FlushAsync(cancellationToken);
    }

    private async Task WriteLineAsync(Action<Utf8JsonWriter> write, CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(_buffer, Options))
            write(writer);
        _buffer.Write("\n"u8);
        await output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
    }
}

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace Warden.Core.Transfer;

/// <summary>
/// Reads a snapshot (see <see cref="SnapshotFormat"/>) table by table. Every problem is a
/// <see cref="SnapshotFormatException"/> naming the line.
/// </summary>
public sealed class SnapshotReader
{
    private readonly StreamReader _input;
    private readonly Dictionary<string, long> _counts = new(StringComparer.Ordinal);
    private long _lineNumber;
    private (SnapshotTable Table, object?[] Row)? _pending;
    private bool _ended;
    private readonly AbsentColumnValues _absent = new();

    /// <summary>The first schema version whose snapshots carry refresh_token_families (migration 0014).</summary>
    private const int FamiliesSchemaVersion = 14;

    private SnapshotReader(StreamReader input, SnapshotHeader header)
    {
        _input = input;
        Header = header;
    }

    public SnapshotHeader Header { get; }

    /// <summary>Reads and checks the header line: the format name and version must be this binary's.</summary>
    public static async Task<SnapshotReader> OpenAsync(Stream input, CancellationToken cancellationToken)
    {
        var reader = new StreamReader(input, new UTF8Encoding(false, true), detectEncodingFromByteOrderMarks: false);
        var line = await reader.ReadLineAsync(cancellationToken)
                   ?? throw new SnapshotFormatException("the snapshot is empty");
        SnapshotHeader header;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var format = root.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString() : null;
            if (format != SnapshotFormat.Name)
                throw new SnapshotFormatException($"line 1: not a Warden snapshot (expected a header with \"format\": \"{SnapshotFormat.Name}\")");
            var formatVersion = root.GetProperty("format_version").GetInt32();
            if (formatVersion != SnapshotFormat.Version)
                throw new SnapshotFormatException(
                    $"snapshot format version {formatVersion} is not supported by this warden (it reads version {SnapshotFormat.Version})");
            var tenant = root.TryGetProperty("tenant", out var t) ? t.GetString() : null;
            header = new SnapshotHeader(format, formatVersion, root.GetProperty("schema_version").GetInt32(),
                root.GetProperty("source").GetString() ?? "", root.GetProperty("created_at").GetDateTimeOffset(), tenant);
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new SnapshotFormatException("line 1: not a Warden snapshot header (" + exception.Message.Split('\n')[0].Trim() + ")");
        }
        catch (DecoderFallbackException)
        {
            throw new SnapshotFormatException("line 1: not UTF-8 text, not a Warden snapshot");
        }
        return new SnapshotReader(reader, header) { _lineNumber = 1 };
    }

    /// <summary>
    /// Each table that has rows, in file order, with its rows; a table's rows must be read (or are skipped) before
    /// the next table is produced. Ends after checking the end line's counts.
    /// </summary>
    public async IAsyncEnumerable<(SnapshotTable Table, IAsyncEnumerable<object?[]> Rows)> ReadTablesAsync(
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (await PeekAsync(cancellationToken) is { } next)
        {
            if (!seen.Add(next.Table.Name))
                throw Error($"rows of table {next.Table.Name} appear again after other tables");
            var table = next.Table;
            yield return (table, RowsOfAsync(table, cancellationToken));
            while (await PeekAsync(cancellationToken) is { } rest && rest.Table == table)
                _pending = null;
        }
        if (Header.SchemaVersion < FamiliesSchemaVersion)
        {
            var families = SnapshotSchema.Find("refresh_token_families")!;
            var rows = _absent.AbsorbedFamilies(families);
            if (rows.Count > 0)
                yield return (families, rows.ToAsyncEnumerable());
        }
    }

    /// <summary>Reads the whole snapshot, checking every line and the end counts; returns the rows per table.</summary>
    public async Task<IReadOnlyDictionary<string, long>> ValidateAsync(CancellationToken cancellationToken)
    {
        await foreach (var (_, rows) in ReadTablesAsync(cancellationToken))
        {
            await foreach (var _ in rows.WithCancellation(cancellationToken))
            {
            }
        }
        return _counts;
    }

    private async IAsyncEnumerable<object?[]> RowsOfAsync(SnapshotTable table, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await PeekAsync(cancellationToken) is { } next && next.Table == table)
        {
            _pending = null;
            yield return next.Row;
        }
    }

    private async Task<(SnapshotTable Table, object?[] Row)?> PeekAsync(CancellationToken cancellationToken)
    {
        while (_pending is null && !_ended && !await ReadLineAsync(cancellationToken))
        {
        }
        return _pending;
    }

    /// <summary>Reads one line into <see cref="_pending"/> (or the end); false when the line's row is absorbed, not kept.</summary>
    private async Task<bool> ReadLineAsync(CancellationToken cancellationToken)
    {
        string? line;
        try
        {
            line = await _input.ReadLineAsync(cancellationToken);
        }
        catch (DecoderFallbackException)
        {
            throw Error("not UTF-8 text");
        }
        _lineNumber++;
        if (line is null)
            throw new SnapshotFormatException($"the snapshot ends at line {_lineNumber - 1} without its end line: the file is truncated");
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("end", out var end))
            {
                await CheckEndAsync(end, cancellationToken);
                return true;
            }
            var name = root.GetProperty("table").GetString() ?? "";
            var table = SnapshotSchema.Find(name) ?? throw Error($"unknown table '{name}'");
            var row = new object?[table.Columns.Count];
            var present = new bool[table.Columns.Count];
            foreach (var property in root.GetProperty("row").EnumerateObject())
            {
                var index = table.IndexOf(property.Name);
                if (index < 0)
                    throw Error($"unknown column {name}.{property.Name}");
                present[index] = true;
                try
                {
                    row[index] = SnapshotFormat.ReadValue(property.Value, table.Columns[index]);
                }
                catch (SnapshotFormatException exception)
                {
                    throw Error($"table {name}, {exception.Message}");
                }
            }
            _absent.Fill(table, row, present);
            if (Header.Tenant is { } tenant && table.TenantOf(row) != tenant)
                throw Error($"a row of tenant '{table.TenantOf(row)}' in table {name} of a snapshot of tenant '{tenant}' only");
            _counts[name] = _counts.GetValueOrDefault(name) + 1;
            if (Header.SchemaVersion < FamiliesSchemaVersion && !_absent.Absorb(table, row))
                return false;
            _pending = (table, row);
            return true;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw Error("not a snapshot row (" + exception.Message.Split('\n')[0].Trim() + ")");
        }
    }

    private async Task CheckEndAsync(JsonElement end, CancellationToken cancellationToken)
    {
        foreach (var table in SnapshotSchema.Tables)
        {
            var expected = end.TryGetProperty(table.Name, out var count) ? count.GetInt64() : 0;
            var actual = _counts.GetValueOrDefault(table.Name);
            if (expected != actual)
                throw Error($"the end line counts {expected} rows of {table.Name} but the snapshot has {actual}: the file is damaged");
        }
        if (await _input.ReadLineAsync(cancellationToken) is { Length: > 0 })
            throw Error("text after the end line");
        _ended = true;
    }

    private SnapshotFormatException Error(string message) => new($"line {_lineNumber}: {message}");
}

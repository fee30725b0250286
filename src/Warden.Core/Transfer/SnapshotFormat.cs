using System.Globalization;
using System.Text.Json;
using Warden.Core.Storage;

namespace Warden.Core.Transfer;

/// <summary>The first line of a snapshot: what it is, which schema its rows follow, where and when it was taken.</summary>
/// <param name="Tenant">The one tenant a snapshot of <c>warden export --tenant</c> holds; null for a snapshot of every tenant.</param>
public sealed record SnapshotHeader(string Format, int FormatVersion, int SchemaVersion, string Source, DateTimeOffset CreatedAt,
    string? Tenant = null);

/// <summary>A snapshot that cannot be read: not one, a format or schema version this binary does not know, or damaged.</summary>
public sealed class SnapshotFormatException(string message) : Exception(message);

/// <summary>
/// The portable snapshot format (JSON lines, UTF-8): a header line, then one line per row
/// (<c>{"table":"clients","row":{...}}</c>, tables in <see cref="SnapshotSchema.Tables"/> order, each table's rows together),
/// then an end line with the number of rows of every table (<c>{"end":{"tenants":1,...}}</c>), so a truncated file is
/// recognised. The header of a one-tenant snapshot has a <c>tenant</c> member, and its rows are that tenant's only. Values: byte arrays as base64, times as ISO-8601 UTC with milliseconds, booleans and integers as JSON
/// booleans and numbers, lists as arrays of strings, JSON columns as JSON, UUIDs as lower-case strings.
/// </summary>
public static class SnapshotFormat
{
    public const string Name = "warden-snapshot";

    /// <summary>The version of this layout; a reader refuses any other.</summary>
    public const int Version = 1;

    public static string FormatTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes one value of a column as portable JSON. With <paramref name="canonical"/>, JSON values get their object members sorted (for checksums).</summary>
    public static void WriteValue(Utf8JsonWriter writer, ColumnKind kind, object? value, bool canonical = false)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }
        switch (kind)
        {
            case ColumnKind.Text:
                writer.WriteStringValue((string)value);
                break;
            case ColumnKind.Integer:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case ColumnKind.Boolean:
                writer.WriteBooleanValue((bool)value);
                break;
            case ColumnKind.Time:
                writer.WriteStringValue(FormatTime((DateTimeOffset)value));
                break;
            case ColumnKind.Uuid:
                writer.WriteStringValue(((Guid)value).ToString("D", CultureInfo.InvariantCulture));
                break;
            case ColumnKind.TextList:
                writer.WriteStartArray();
                foreach (var item in (IEnumerable<string>)value)
                    writer.WriteStringValue(item);
                writer.WriteEndArray();
                break;
            case ColumnKind.Json:
                using (var document = JsonDocument.Parse((string)value))
                {
                    if (canonical)
                        WriteCanonical(writer, document.RootElement);
                    else
                        document.RootElement.WriteTo(writer);
                }
                break;
            case ColumnKind.Bytes:
                writer.WriteBase64StringValue((byte[])value);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(kind));
        }
    }

    /// <summary>Reads one value of a column from portable JSON, or throws <see cref="SnapshotFormatException"/>.</summary>
    public static object? ReadValue(JsonElement element, SnapshotColumn column)
    {
        if (element.ValueKind == JsonValueKind.Null)
            return null;
        try
        {
            return column.Kind switch
            {
                ColumnKind.Text => element.GetString(),
                ColumnKind.Integer => element.GetInt64(),
                ColumnKind.Boolean => element.GetBoolean(),
                ColumnKind.Time => StoredTime.Truncate(DateTimeOffset.Parse(element.GetString()!, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)),
                ColumnKind.Uuid => Guid.Parse(element.GetString()!),
                ColumnKind.TextList => element.EnumerateArray().Select(item => item.GetString()
                    ?? throw new SnapshotFormatException("null in a list")).ToArray(),
                ColumnKind.Json => element.GetRawText(),
                ColumnKind.Bytes => element.GetBytesFromBase64(),
                _ => throw new ArgumentOutOfRangeException(nameof(column)),
            };
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new SnapshotFormatException($"column {column.Name}: {element.ValueKind} is not a valid {column.Kind.ToString().ToLowerInvariant()} value");
        }
    }

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in element.EnumerateObject().OrderBy(property => property.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }
                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    WriteCanonical(writer, item);
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}

using System.Data.Common;

namespace Warden.Storage.Sql;

/// <summary>Null-aware column readers shared by the SQL stores.</summary>
public static class SqlRows
{
    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}

using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Warden.Storage.Sql;

namespace Warden.Storage.Sqlite;

/// <summary>SQLite encodings: times as Unix milliseconds (UTC), lists as JSON arrays, booleans as 0/1, UUIDs as text.</summary>
public sealed class SqliteDialect : SqlDialect
{
    public override string TimestampColumnType => "INTEGER";
    public override string TableExistsSql => "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @name";

    // BEGIN IMMEDIATE (what a write transaction starts with) already holds the single write lock; in WAL mode that
    // is the same as EXCLUSIVE.
    public override string? MigrationLockSql => null;

    public override string Greatest(string left, string right) => $"max({left}, {right})";

    public override string Typed(string name, SqlType type) => "@" + name;

    public override string DeleteLimited(string table, string condition) =>
        $"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM {table} WHERE {condition} LIMIT @limit)";

    public override object Time(DateTimeOffset value) => value.ToUnixTimeMilliseconds();
    public override object List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);
    public override object Boolean(bool value) => value ? 1L : 0L;
    public override object Uuid(Guid value) => value.ToString("D", CultureInfo.InvariantCulture);

    public override DateTimeOffset ReadTime(DbDataReader row, int ordinal) => DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(ordinal));
    public override string[] ReadList(DbDataReader row, int ordinal) => JsonSerializer.Deserialize<string[]>(row.GetString(ordinal)) ?? [];
    public override bool ReadBoolean(DbDataReader row, int ordinal) => row.GetInt64(ordinal) != 0;
    public override Guid ReadUuid(DbDataReader row, int ordinal) => Guid.Parse(row.GetString(ordinal));
}

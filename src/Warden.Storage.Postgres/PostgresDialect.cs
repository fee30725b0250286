using System.Data.Common;
using Warden.Storage.Sql;

namespace Warden.Storage.Postgres;

/// <summary>Native PostgreSQL types: timestamptz, text[], boolean, uuid, jsonb.</summary>
public sealed class PostgresDialect : SqlDialect
{
    public override string TimestampColumnType => "timestamptz";
    public override string TableExistsSql => "SELECT 1 WHERE to_regclass(@name) IS NOT NULL";

    // Transaction-scoped, so it needs no session state and works through PgBouncer in transaction mode.
    public override string MigrationLockSql => "SELECT pg_advisory_xact_lock(@key)";

    public override string DeleteLimited(string table, string condition) =>
        $"DELETE FROM {table} WHERE ctid = ANY(ARRAY(SELECT ctid FROM {table} WHERE {condition} LIMIT @limit))";

    public override string Greatest(string left, string right) => $"GREATEST({left}, {right})";

    public override bool HasWritingCommonTableExpressions => true;

    public override string Typed(string name, SqlType type) => type switch
    {
        SqlType.Timestamp => $"@{name}::timestamptz",
        SqlType.Json => $"@{name}::jsonb",
        _ => $"@{name}::text",
    };

    public override object Time(DateTimeOffset value) => value.ToUniversalTime();
    public override object List(IReadOnlyList<string> values) => values.ToArray();
    public override object Boolean(bool value) => value;
    public override object Uuid(Guid value) => value;

    public override DateTimeOffset ReadTime(DbDataReader row, int ordinal) => row.GetFieldValue<DateTimeOffset>(ordinal);
    public override string[] ReadList(DbDataReader row, int ordinal) => row.GetFieldValue<string[]>(ordinal);
    public override bool ReadBoolean(DbDataReader row, int ordinal) => row.GetBoolean(ordinal);
    public override Guid ReadUuid(DbDataReader row, int ordinal) => row.GetGuid(ordinal);
}

using System.Data.Common;

namespace Warden.Storage.Sql;

/// <summary>SQL types whose spelling differs between dialects where a statement needs to name one.</summary>
public enum SqlType
{
    Text,
    Timestamp,
    Json,
}

/// <summary>
/// What differs between the SQL backends as far as the shared stores are concerned: how values are encoded in
/// columns and how a parameter of a given type is written. Everything else in the stores' SQL is common.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>Column type of a timestamp (the migrations use the same).</summary>
    public abstract string TimestampColumnType { get; }

    /// <summary>A query with one parameter @name returning a single row when that table exists.</summary>
    public abstract string TableExistsSql { get; }

    /// <summary>
    /// A statement taking @key that, run inside a transaction, excludes every other migrator until that transaction
    /// ends; null when beginning the write transaction already does so.
    /// </summary>
    public abstract string? MigrationLockSql { get; }

    /// <summary>
    /// A DELETE of at most @limit rows of <paramref name="table"/> matching <paramref name="condition"/>, addressed by
    /// the physical row id (ctid, rowid) so the statement needs no primary key and touches only what it deletes.
    /// </summary>
    public abstract string DeleteLimited(string table, string condition);

    /// <summary>The larger of two values of one row (GREATEST on PostgreSQL, the two-argument max on SQLite).</summary>
    public abstract string Greatest(string left, string right);

    /// <summary>
    /// Whether a WITH clause may hold INSERT/UPDATE (PostgreSQL), so a multi-step write can be one statement sent in
    /// one round trip; SQLite's may not, and runs the steps in one transaction on its local connection.
    /// </summary>
    public virtual bool HasWritingCommonTableExpressions => false;

    /// <summary>A placeholder for parameter <paramref name="name"/> that the server reads as <paramref name="type"/>, even when null.</summary>
    public abstract string Typed(string name, SqlType type);

    public abstract object Time(DateTimeOffset value);
    public object? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;
    public abstract object List(IReadOnlyList<string> values);
    public abstract object Boolean(bool value);
    public abstract object Uuid(Guid value);
    public object? Uuid(Guid? value) => value is { } v ? Uuid(v) : null;

    public abstract DateTimeOffset ReadTime(DbDataReader row, int ordinal);
    public DateTimeOffset? ReadNullableTime(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : ReadTime(row, ordinal);
    public abstract string[] ReadList(DbDataReader row, int ordinal);
    public abstract bool ReadBoolean(DbDataReader row, int ordinal);
    public abstract Guid ReadUuid(DbDataReader row, int ordinal);
    public Guid? ReadNullableUuid(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : ReadUuid(row, ordinal);
}

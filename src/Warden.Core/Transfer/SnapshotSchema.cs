namespace Warden.Core.Transfer;

/// <summary>
/// How a column's value travels between backends. Backends read and write these CLR types; the snapshot format turns
/// them into portable JSON.
/// </summary>
public enum ColumnKind
{
    /// <summary><see cref="string"/>.</summary>
    Text,

    /// <summary><see cref="long"/>.</summary>
    Integer,

    /// <summary><see cref="bool"/> (boolean on PostgreSQL, 0/1 on SQLite).</summary>
    Boolean,

    /// <summary>UTC <see cref="DateTimeOffset"/> to the millisecond (timestamptz on PostgreSQL, Unix milliseconds on SQLite).</summary>
    Time,

    /// <summary><see cref="Guid"/> (uuid on PostgreSQL, text on SQLite).</summary>
    Uuid,

    /// <summary><see cref="string"/>[] (text[] on PostgreSQL, a JSON array on SQLite).</summary>
    TextList,

    /// <summary>JSON text as a <see cref="string"/> (jsonb on PostgreSQL, text on SQLite).</summary>
    Json,

    /// <summary><see cref="byte"/>[] (bytea on PostgreSQL, BLOB on SQLite): hashes and encrypted keys.</summary>
    Bytes,
}

/// <summary>One column of a table as the snapshot carries it.</summary>
public sealed record SnapshotColumn(string Name, ColumnKind Kind);

/// <summary>
/// One table as the snapshot carries it: its unprefixed name, every column in the order rows list their values, and
/// the primary key (the order rows are read in).
/// </summary>
public sealed record SnapshotTable(string Name, IReadOnlyList<SnapshotColumn> Columns, IReadOnlyList<string> Key)
{
    /// <summary>The column that names the tenant a row belongs to: <c>tenant_id</c>, or <c>id</c> in <c>tenants</c> itself.</summary>
    public string TenantColumn { get; init; } = "tenant_id";

    /// <summary>The tenant a row of this table belongs to.</summary>
    public string TenantOf(object?[] row) => (string)row[IndexOf(TenantColumn)]!;

    public int IndexOf(string column)
    {
        for (var index = 0; index < Columns.Count; index++)
        {
            if (Columns[index].Name == column)
                return index;
        }
        return -1;
    }
}

/// <summary>
/// Every table of the database that holds data, in an order where a row's references come before it, with the columns
/// the migrations up to <see cref="Version"/> create. A migration that adds a table or a column must add it here too
/// (and raise <see cref="Version"/>); <c>SnapshotSchemaTests</c> compares this list with a migrated database.
/// </summary>
public static class SnapshotSchema
{
    /// <summary>
    /// The latest migration this list describes: the schema version of snapshots taken from the memory backend, and the
    /// newest one the memory backend accepts.
    /// </summary>
    public const int Version = 22;

    /// <summary>
    /// Tables that are not data and stay out of snapshots: the migration ledger (the importer migrates the target) and
    /// the cleanup lease (which instance cleans, a state of running servers). They are also the only tables without a
    /// tenant column; every table of <see cref="Tables"/> has one (<see cref="SnapshotTable.TenantColumn"/>).
    /// </summary>
    public static IReadOnlyList<string> NotExported { get; } = ["schema_migrations", "cleanup_lease"];

    private const ColumnKind T = ColumnKind.Text;

    public static IReadOnlyList<SnapshotTable> Tables { get; } =
    [
        Table("tenants", ["id"], ("id", T), ("name", T), ("created_at", ColumnKind.Time), ("is_active", ColumnKind.Boolean), ("addressing", T),
            ("host", T), ("settings", ColumnKind.Json)) with { TenantColumn = "id" },
        Table("clients", ["tenant_id", "client_id"],
            ("tenant_id", T), ("client_id", T), ("name", T), ("client_type", T), ("redirect_uris", ColumnKind.TextList),
            ("post_logout_redirect_uris", ColumnKind.TextList), ("grant_types", ColumnKind.TextList), ("scopes", ColumnKind.TextList),
            ("token_endpoint_auth_method", T), ("first_party", ColumnKind.Boolean), ("created_at", ColumnKind.Time),
            ("updated_at", ColumnKind.Time), ("access_token_format", T), ("access_token_lifetime", ColumnKind.Integer),
            ("signing_algorithm", T), ("resources", ColumnKind.TextList), ("jwks", T), ("jwks_uri", T), ("origin", T),
            ("registration_metadata", ColumnKind.Json), ("introspect_all", ColumnKind.Boolean)),
        Table("client_secrets", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("client_id", T), ("secret_hash", ColumnKind.Bytes), ("created_at", ColumnKind.Time),
            ("expires_at", ColumnKind.Time)),
        Table("users", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("username", T), ("email", T), ("email_verified", ColumnKind.Boolean),
            ("password_hash", T), ("role", T), ("is_active", ColumnKind.Boolean), ("profile_picture_url", T), ("metadata", ColumnKind.Json),
            ("security_stamp", T), ("failed_login_count", ColumnKind.Integer), ("locked_until", ColumnKind.Time),
            ("created_at", ColumnKind.Time), ("updated_at", ColumnKind.Time), ("email_verification_required", ColumnKind.Boolean)),
        Table("scopes", ["tenant_id", "name"],
            ("tenant_id", T), ("name", T), ("display_name", T), ("description", T), ("claims", ColumnKind.TextList),
            ("requires_consent", ColumnKind.Boolean), ("created_at", ColumnKind.Time), ("updated_at", ColumnKind.Time),
            ("registrable", ColumnKind.Boolean)),
        Table("settings", ["tenant_id", "key"], ("tenant_id", T), ("key", T), ("value", T), ("updated_at", ColumnKind.Time)),
        Table("signing_keys", ["tenant_id", "key_id"],
            ("tenant_id", T), ("key_id", T), ("algorithm", T), ("public_jwk", T), ("encrypted_private_key", ColumnKind.Bytes),
            ("created_at", ColumnKind.Time), ("activates_at", ColumnKind.Time), ("retired_at", ColumnKind.Time), ("expires_at", ColumnKind.Time)),
        Table("data_protection_keys", ["tenant_id", "name"],
            ("tenant_id", T), ("name", T), ("encrypted_xml", ColumnKind.Bytes), ("created_at", ColumnKind.Time)),
        Table("consents", ["tenant_id", "user_id", "client_id"],
            ("tenant_id", T), ("user_id", ColumnKind.Uuid), ("client_id", T), ("scopes", ColumnKind.TextList), ("granted_at", ColumnKind.Time),
            ("updated_at", ColumnKind.Time)),
        Table("reference_tokens", ["token_hash"],
            ("token_hash", ColumnKind.Bytes), ("tenant_id", T), ("client_id", T), ("subject", T), ("scopes", ColumnKind.TextList),
            ("audiences", ColumnKind.TextList), ("jti", T), ("issued_at", ColumnKind.Time), ("expires_at", ColumnKind.Time),
            ("revoked_at", ColumnKind.Time), ("user_id", ColumnKind.Uuid), ("security_stamp", T)),
        Table("revoked_tokens", ["tenant_id", "jti"],
            ("tenant_id", T), ("jti", T), ("client_id", T), ("expires_at", ColumnKind.Time), ("revoked_at", ColumnKind.Time)),
        Table("authorization_codes", ["code_hash"],
            ("code_hash", ColumnKind.Bytes), ("tenant_id", T), ("client_id", T), ("user_id", ColumnKind.Uuid), ("redirect_uri", T),
            ("scopes", ColumnKind.TextList), ("nonce", T), ("code_challenge", T), ("code_challenge_method", T), ("session_id", T),
            ("auth_time", ColumnKind.Time), ("created_at", ColumnKind.Time), ("expires_at", ColumnKind.Time), ("consumed_at", ColumnKind.Time),
            ("security_stamp", T), ("redirect_uri_in_request", ColumnKind.Boolean), ("amr", T), ("acr", T)),
        Table("refresh_tokens", ["token_hash"],
            ("token_hash", ColumnKind.Bytes), ("id", ColumnKind.Uuid), ("family_id", ColumnKind.Uuid), ("tenant_id", T), ("client_id", T),
            ("user_id", ColumnKind.Uuid), ("scopes", ColumnKind.TextList), ("session_id", T), ("auth_time", ColumnKind.Time),
            ("created_at", ColumnKind.Time), ("expires_at", ColumnKind.Time), ("consumed_at", ColumnKind.Time), ("revoked_at", ColumnKind.Time),
            ("security_stamp", T), ("parent_id", ColumnKind.Uuid), ("amr", T), ("acr", T)),
        Table("refresh_token_families", ["tenant_id", "id"],
            ("tenant_id", T), ("id", ColumnKind.Uuid), ("client_id", T), ("expires_at", ColumnKind.Time), ("revoked_at", ColumnKind.Time)),
        Table("device_codes", ["device_code_hash"],
            ("device_code_hash", ColumnKind.Bytes), ("tenant_id", T), ("user_code_hash", ColumnKind.Bytes), ("client_id", T),
            ("scopes", ColumnKind.TextList), ("status", T), ("user_id", ColumnKind.Uuid), ("auth_time", ColumnKind.Time),
            ("created_at", ColumnKind.Time), ("expires_at", ColumnKind.Time), ("decided_at", ColumnKind.Time), ("consumed_at", ColumnKind.Time),
            ("security_stamp", T), ("amr", T), ("acr", T)),
        Table("registration_tokens", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("token_hash", ColumnKind.Bytes), ("kind", T), ("client_id", T),
            ("single_use", ColumnKind.Boolean), ("expires_at", ColumnKind.Time), ("created_at", ColumnKind.Time), ("used_at", ColumnKind.Time)),
        Table("email_tokens", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("user_id", ColumnKind.Uuid), ("purpose", T), ("token_hash", ColumnKind.Bytes),
            ("email", T), ("created_at", ColumnKind.Time), ("expires_at", ColumnKind.Time), ("used_at", ColumnKind.Time)),
        Table("passkey_credentials", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("user_id", ColumnKind.Uuid), ("credential_id", ColumnKind.Bytes),
            ("public_key", ColumnKind.Bytes), ("sign_count", ColumnKind.Integer), ("transports", ColumnKind.TextList), ("aaguid", ColumnKind.Uuid),
            ("backup_eligible", ColumnKind.Boolean), ("backed_up", ColumnKind.Boolean), ("name", T), ("created_at", ColumnKind.Time),
            ("last_used_at", ColumnKind.Time)),
        Table("identity_providers", ["tenant_id", "name"],
            ("tenant_id", T), ("name", T), ("display_name", T), ("kind", T), ("preset", T), ("issuer", T), ("authorization_endpoint", T),
            ("token_endpoint", T), ("userinfo_endpoint", T), ("client_id", T), ("encrypted_client_secret", ColumnKind.Bytes),
            ("token_endpoint_auth_method", T), ("scopes", ColumnKind.TextList), ("claim_mapping", T), ("link_policy", T),
            ("show_button", ColumnKind.Boolean), ("store_tokens", ColumnKind.Boolean), ("created_at", ColumnKind.Time), ("updated_at", ColumnKind.Time)),
        Table("external_logins", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("provider", T), ("subject", T), ("user_id", ColumnKind.Uuid), ("email", T),
            ("email_verified", ColumnKind.Boolean), ("linked_at", ColumnKind.Time), ("last_used_at", ColumnKind.Time),
            ("encrypted_tokens", ColumnKind.Bytes)),
        Table("api_keys", ["public_id"],
            ("public_id", T), ("tenant_id", T), ("name", T), ("secret_hash", ColumnKind.Bytes), ("user_id", ColumnKind.Uuid), ("client_id", T),
            ("scopes", ColumnKind.TextList), ("created_at", ColumnKind.Time), ("expires_at", ColumnKind.Time), ("last_used_at", ColumnKind.Time),
            ("revoked_at", ColumnKind.Time)),
        Table("audit_logs", ["id"],
            ("id", ColumnKind.Uuid), ("tenant_id", T), ("occurred_at", ColumnKind.Time), ("event_type", T), ("outcome", T),
            ("client_id", T), ("user_id", T), ("ip_address", T), ("details", ColumnKind.Json)),
    ];

    /// <summary>The table named <paramref name="name"/>, or null.</summary>
    public static SnapshotTable? Find(string name) => Tables.FirstOrDefault(table => table.Name == name);

    private static SnapshotTable Table(string name, string[] key, params (string Name, ColumnKind Kind)[] columns) =>
        new(name, columns.Select(column => new SnapshotColumn(column.Name, column.Kind)).ToArray(), key);
}

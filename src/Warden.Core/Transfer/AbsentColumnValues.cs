namespace Warden.Core.Transfer;

/// <summary>
/// What the rows of an earlier release's snapshot hold in the columns that migrations added since: the values those
/// migrations give existing rows, so that an import of an old snapshot ends as an upgrade in place would. Most are
/// constant defaults; the security stamps that migration 0013 copies from each row's user are taken from the
/// snapshot's users, which come before every table that refers to them.
/// </summary>
internal sealed class AbsentColumnValues
{
    private static readonly Dictionary<(string Table, string Column), object> Defaults = new()
    {
        [("clients", "origin")] = "cli",
        [("clients", "introspect_all")] = false,
        [("scopes", "registrable")] = false,
        [("authorization_codes", "redirect_uri_in_request")] = false,
    };

    private readonly Dictionary<(string TenantId, Guid UserId), string> _stamps = new();

    /// <summary>Fills the columns the row's line did not carry (<paramref name="present"/> false) and notes users' stamps.</summary>
    public void Fill(SnapshotTable table, object?[] row, bool[] present)
    {
        for (var index = 0; index < row.Length; index++)
        {
            if (!present[index] && Defaults.TryGetValue((table.Name, table.Columns[index].Name), out var value))
                row[index] = value;
        }
        switch (table.Name)
        {
            case "users" when Get(table, row, "id") is Guid id && Get(table, row, "security_stamp") is string stamp:
                _stamps[((string)Get(table, row, "tenant_id")!, id)] = stamp;
                break;
            case "refresh_tokens" or "authorization_codes":
                FillStamp(table, row, present, Get(table, row, "user_id") as Guid?, notFound: "");
                break;
            case "device_codes" when Get(table, row, "status") as string == "approved":
                FillStamp(table, row, present, Get(table, row, "user_id") as Guid?, notFound: null);
                break;
            case "reference_tokens" when !present[table.IndexOf("user_id")]:
                // Migration 0013: a token whose subject is a user of its tenant (not its own client) belongs to that user.
                if (Get(table, row, "subject") is string subject && subject != Get(table, row, "client_id") as string
                    && Guid.TryParse(subject, out var user) && _stamps.ContainsKey(((string)Get(table, row, "tenant_id")!, user)))
                {
                    row[table.IndexOf("user_id")] = user;
                    FillStamp(table, row, present, user, notFound: null);
                }
                break;
        }
    }

    private void FillStamp(SnapshotTable table, object?[] row, bool[] present, Guid? userId, string? notFound)
    {
        var index = table.IndexOf("security_stamp");
        if (present[index])
            return;
        row[index] = userId is { } id && _stamps.TryGetValue(((string)Get(table, row, "tenant_id")!, id), out var stamp) ? stamp : notFound;
    }

    private static object? Get(SnapshotTable table, object?[] row, string column) => row[table.IndexOf(column)];
}

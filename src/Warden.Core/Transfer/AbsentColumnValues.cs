namespace Warden.Core.Transfer;

/// <summary>
/// What the rows of an earlier release's snapshot hold in the columns that migrations added since: the values those
/// migrations give existing rows, so that an import of an old snapshot ends as an upgrade in place would. Most are
/// constant defaults; the security stamps that migration 0013 copies from each row's user are taken from the
/// snapshot's users, which come before every table that refers to them. Migration 0014's table of refresh token
/// families is made from a snapshot without it as that migration makes it: see <see cref="Absorb"/>.
/// </summary>
internal sealed class AbsentColumnValues
{
    private static readonly Dictionary<(string Table, string Column), object> Defaults = new()
    {
        [("tenants", "is_active")] = true,
        [("tenants", "addressing")] = "path",
        [("tenants", "settings")] = "{}",
        [("clients", "origin")] = "cli",
        [("clients", "introspect_all")] = false,
        [("scopes", "registrable")] = false,
        [("authorization_codes", "redirect_uri_in_request")] = false,
        [("users", "email_verification_required")] = false,
    };

    private const string FamilyEntryPrefix = "family:";

    private readonly Dictionary<(string TenantId, Guid UserId), string> _stamps = new();
    private readonly Dictionary<(string TenantId, Guid FamilyId), FamilyRow> _families = new();

    /// <summary>
    /// For a snapshot older than migration 0014 (which has no refresh_token_families): a revoked_tokens row
    /// <c>family:&lt;id&gt;</c> becomes a revoked family and is dropped (false); every refresh token makes its family
    /// known, revoked when all its tokens are, and kept until the latest of their expiries.
    /// </summary>
    public bool Absorb(SnapshotTable table, object?[] row)
    {
        switch (table.Name)
        {
            case "revoked_tokens" when Get(table, row, "jti") is string jti && jti.StartsWith(FamilyEntryPrefix, StringComparison.Ordinal)
                                       && Guid.TryParseExact(jti[FamilyEntryPrefix.Length..], "N", out var revokedFamily):
                _families.TryAdd(((string)Get(table, row, "tenant_id")!, revokedFamily), new FamilyRow(
                    (string)Get(table, row, "client_id")!, (DateTimeOffset)Get(table, row, "expires_at")!,
                    (DateTimeOffset?)Get(table, row, "revoked_at"), FromEntry: true, Tokens: 0, RevokedTokens: 0));
                return false;
            case "refresh_tokens":
                var key = ((string)Get(table, row, "tenant_id")!, (Guid)Get(table, row, "family_id")!);
                var clientId = (string)Get(table, row, "client_id")!;
                var expiresAt = (DateTimeOffset)Get(table, row, "expires_at")!;
                var revokedAt = (DateTimeOffset?)Get(table, row, "revoked_at");
                var family = _families.TryGetValue(key, out var known)
                    ? known with
                    {
                        ClientId = known.FromEntry || string.CompareOrdinal(known.ClientId, clientId) <= 0 ? known.ClientId : clientId,
                        ExpiresAt = known.ExpiresAt > expiresAt ? known.ExpiresAt : expiresAt,
                        RevokedAt = known.FromEntry || revokedAt is null || known.RevokedAt > revokedAt ? known.RevokedAt : revokedAt,
                    }
                    : new FamilyRow(clientId, expiresAt, revokedAt, FromEntry: false, Tokens: 0, RevokedTokens: 0);
                _families[key] = family with { Tokens = family.Tokens + 1, RevokedTokens = family.RevokedTokens + (revokedAt is null ? 0 : 1) };
                return true;
            default:
                return true;
        }
    }

    /// <summary>The refresh_token_families rows <see cref="Absorb"/> gathered, as the migration would write them.</summary>
    public IReadOnlyList<object?[]> AbsorbedFamilies(SnapshotTable families) =>
        _families.Select(pair =>
        {
            var row = new object?[families.Columns.Count];
            var family = pair.Value;
            row[families.IndexOf("tenant_id")] = pair.Key.TenantId;
            row[families.IndexOf("id")] = pair.Key.FamilyId;
            row[families.IndexOf("client_id")] = family.ClientId;
            row[families.IndexOf("expires_at")] = family.ExpiresAt;
            row[families.IndexOf("revoked_at")] = family.FromEntry || family.RevokedTokens == family.Tokens ? family.RevokedAt : null;
            return row;
        }).ToList();

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

    /// <summary>A family being gathered: from a <c>family:</c> entry (revoked as that says) or from its tokens alone.</summary>
    private sealed record FamilyRow(string ClientId, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, bool FromEntry, int Tokens,
        int RevokedTokens);
}

using System.Data.Common;
using Warden.Core.Sessions;
using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Sql.Stores;

/// <summary>
/// Refresh tokens and their families. Issuing a family's first token writes that one row. A rotation first locks the
/// family's row (recording it at the family's first rotation), which holds it against concurrent rotations and
/// revocations of the family until the transaction ends, then decides and writes with what is committed by then: on
/// PostgreSQL both are one batch of two statements (an implicit transaction, one round trip, two row writes: the
/// consumption and the successor), the second a common table expression that checks the family, the token and the
/// user, and consumes, supersedes, inserts or revokes; on SQLite the same steps run in one transaction of the single writer.
/// </summary>
public sealed class SqlRefreshTokenStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IRefreshTokenStore
{
    private const string Columns =
        "tenant_id, token_hash, id, family_id, parent_id, client_id, user_id, scopes, session_id, auth_time, created_at, expires_at, consumed_at, " +
        "revoked_at, security_stamp, amr, acr";

    private const string Values =
        "@tenant_id, @token_hash, @id, @family_id, @parent_id, @client_id, @user_id, @scopes, @session_id, @auth_time, @created_at, @expires_at, " +
        "@consumed_at, @revoked_at, @security_stamp, @amr, @acr";

    private static readonly Dictionary<string, RefreshRotationOutcome> Outcomes = new(StringComparer.Ordinal)
    {
        ["rotated"] = RefreshRotationOutcome.Rotated, ["retried"] = RefreshRotationOutcome.Retried, ["reused"] = RefreshRotationOutcome.Reused,
        ["revoked"] = RefreshRotationOutcome.Revoked, ["user_changed"] = RefreshRotationOutcome.UserChanged, ["not_found"] = RefreshRotationOutcome.NotFound,
    };

    private string Tokens => tables.RefreshTokens;
    private string Families => tables.RefreshTokenFamilies;

    private string InsertToken => $"INSERT INTO {Tokens} ({Columns}) VALUES ({Values})";

    /// <summary>Records a new family, or keeps a known one at least until the token's expiry; never touches its revocation.</summary>
    private string KeepFamily =>
        $"INSERT INTO {Families} (tenant_id, id, client_id, expires_at) VALUES (@tenant_id, @family_id, @client_id, @expires_at) " +
        $"ON CONFLICT (tenant_id, id) DO UPDATE SET expires_at = {dialect.Greatest($"{Families}.expires_at", "excluded.expires_at")}";

    private string Find => $"SELECT {Columns} FROM {Tokens} WHERE token_hash = @token_hash";

    /// <summary>
    /// The lock a rotation takes first, without writing in the steady state: the family's first rotation records it (a
    /// family is not written when its first token is), every later one only locks its row. PostgreSQL locks the
    /// conflicting row of an ON CONFLICT DO UPDATE even when the action's condition leaves it unchanged, and a
    /// concurrent first rotation waits on the other's uncommitted insert, then locks the row it committed. The row keeps
    /// the first successor's expiry: when cleanup has deleted a live family's row by then, the next rotation records it
    /// again; a revoked family's row is kept as long as its tokens by the revocation (whose tokens are all revoked too).
    /// </summary>
    private string HoldFamily =>
        $"INSERT INTO {Families} (tenant_id, id, client_id, expires_at) VALUES (@tenant_id, @family_id, @client_id, @expires_at) " +
        $"ON CONFLICT (tenant_id, id) DO UPDATE SET expires_at = {Families}.expires_at WHERE 1 = 0";

    /// <summary>
    /// What the presented token's committed state makes of this presentation. A revoked family refuses; so does a user
    /// deleted, deactivated or with a new security stamp, which ends the family (read here, in the rotation's
    /// transaction, so that such a change made on any instance counts at once). A retry needs a grace start (null when
    /// the window is off), a consumption at or after it, and no successor of the token used.
    /// </summary>
    private string Decision =>
        "presented AS (" +
        "SELECT t.consumed_at, t.revoked_at, t.user_id, t.security_stamp, EXISTS (SELECT 1 FROM " + Tokens + " AS s WHERE s.tenant_id = t.tenant_id AND s.parent_id = t.id " +
        "AND s.consumed_at IS NOT NULL) AS successor_used FROM " + Tokens + " AS t WHERE t.token_hash = @presented_hash), " +
        "decision AS (SELECT CASE " +
        "WHEN NOT EXISTS (SELECT 1 FROM presented) THEN 'not_found' " +
        $"WHEN EXISTS (SELECT 1 FROM {Families} WHERE tenant_id = @tenant_id AND id = @family_id AND revoked_at IS NOT NULL) " +
        "OR (SELECT revoked_at FROM presented) IS NOT NULL THEN 'revoked' " +
        $"WHEN NOT EXISTS (SELECT 1 FROM {tables.Users} AS u, presented AS p WHERE u.tenant_id = @tenant_id AND u.id = p.user_id " +
        "AND u.is_active = @active AND u.security_stamp = p.security_stamp) THEN 'user_changed' " +
        "WHEN (SELECT consumed_at FROM presented) IS NULL THEN 'rotated' " +
        "WHEN (SELECT consumed_at FROM presented) >= @grace_start AND NOT (SELECT successor_used FROM presented) THEN 'retried' " +
        "ELSE 'reused' END AS outcome)";

    private string Consume => $"UPDATE {Tokens} SET consumed_at = @now WHERE token_hash = @presented_hash AND consumed_at IS NULL";

    /// <summary>A retry revokes the successors the client never received.</summary>
    private string Supersede =>
        $"UPDATE {Tokens} SET revoked_at = @now WHERE tenant_id = @tenant_id AND parent_id = @parent_id AND revoked_at IS NULL";

    private string RevokeFamily => $"UPDATE {Families} SET revoked_at = @now WHERE tenant_id = @tenant_id AND id = @family_id AND revoked_at IS NULL";

    private string RevokeTokens => $"UPDATE {Tokens} SET revoked_at = @now WHERE tenant_id = @tenant_id AND family_id = @family_id AND revoked_at IS NULL";

    /// <summary>
    /// PostgreSQL's rotation: the family lock, then one statement that decides and writes. Each statement of the batch
    /// reads what was committed when it started, so the second sees a concurrent rotation that held the lock before.
    /// The successor's consumed_at and revoked_at are written as NULL: an untyped null parameter in a SELECT list is text.
    /// </summary>
    private string RotateBatch =>
        HoldFamily + ";\n" +
        "WITH " + Decision + ", " +
        $"consumed AS ({Consume} AND (SELECT outcome FROM decision) = 'rotated'), " +
        $"superseded AS ({Supersede} AND (SELECT outcome FROM decision) = 'retried'), " +
        $"written AS (INSERT INTO {Tokens} ({Columns}) SELECT {Values.Replace("@consumed_at, @revoked_at", "NULL, NULL", StringComparison.Ordinal)} WHERE (SELECT outcome FROM decision) IN ('rotated', 'retried')), " +
        $"family_revoked AS ({RevokeFamily} AND (SELECT outcome FROM decision) IN ('reused', 'user_changed')), " +
        $"tokens_revoked AS ({RevokeTokens} AND (SELECT outcome FROM decision) IN ('reused', 'user_changed')) " +
        "SELECT outcome FROM decision";

    public Task CreateAsync(RefreshToken token, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(InsertToken, TokenParameters(token), cancellationToken, new ConflictSubject("refresh token", token.Id.ToString()));

    public Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(Find, [new("token_hash", hash)], Map, cancellationToken);

    public async Task<RefreshRotationOutcome> RotateAsync(RefreshToken presented, RefreshToken successor, DateTimeOffset now, TimeSpan reuseGrace,
        CancellationToken cancellationToken = default)
    {
        now = StoredTime.Truncate(now);
        var parameters = TokenParameters(successor with { FamilyId = presented.FamilyId, TenantId = presented.TenantId }).Concat(
        [
            new SqlParameter("presented_hash", presented.Hash), new SqlParameter("now", dialect.Time(now)),
            new SqlParameter("grace_start", reuseGrace > TimeSpan.Zero ? dialect.Time(now - reuseGrace) : null),
            new SqlParameter("active", dialect.Boolean(true)),
        ]).ToList();
        var conflict = new ConflictSubject("refresh token", successor.Id.ToString());
        if (dialect.HasWritingCommonTableExpressions)
            return Outcomes[(await database.QueryWriteSingleAsync(RotateBatch, parameters, row => row.GetString(0), cancellationToken, conflict))!];

        return await database.InWriteTransactionAsync(async (connection, transaction) =>
        {
            async Task<int> ExecuteAsync(string sql)
            {
                await using var command = database.CreateCommand(connection, sql, parameters, transaction);
                return await command.ExecuteNonQueryAsync(cancellationToken);
            }

            await ExecuteAsync(HoldFamily);
            string outcome;
            await using (var decide = database.CreateCommand(connection, $"WITH {Decision} SELECT outcome FROM decision", parameters, transaction))
                outcome = (string)(await decide.ExecuteScalarAsync(cancellationToken))!;
            switch (outcome)
            {
                case "rotated":
                    await ExecuteAsync(Consume);
                    await ExecuteAsync(InsertToken);
                    break;
                case "retried":
                    await ExecuteAsync(Supersede);
                    await ExecuteAsync(InsertToken);
                    break;
                case "reused" or "user_changed":
                    await ExecuteAsync(RevokeFamily);
                    await ExecuteAsync(RevokeTokens);
                    break;
            }
            return Outcomes[outcome];
        }, cancellationToken, conflict);
    }

    public Task<int> RevokeFamilyAsync(string tenantId, string clientId, Guid familyId, DateTimeOffset now, DateTimeOffset keepUntil,
        CancellationToken cancellationToken = default) =>
        database.InWriteTransactionAsync(async (connection, transaction) =>
        {
            IReadOnlyList<SqlParameter> parameters =
            [
                new("tenant_id", tenantId), new("family_id", dialect.Uuid(familyId)), new("client_id", clientId),
                new("expires_at", dialect.Time(StoredTime.Truncate(keepUntil))), new("now", dialect.Time(StoredTime.Truncate(now))),
            ];
            await using (var family = database.CreateCommand(connection, KeepFamily, parameters, transaction))
                await family.ExecuteNonQueryAsync(cancellationToken);
            await using (var revoke = database.CreateCommand(connection, RevokeFamily, parameters, transaction))
                await revoke.ExecuteNonQueryAsync(cancellationToken);
            await using var tokens = database.CreateCommand(connection, RevokeTokens, parameters, transaction);
            return await tokens.ExecuteNonQueryAsync(cancellationToken);
        }, cancellationToken);

    public Task<int> RevokeUserFamiliesAsync(string tenantId, Guid userId, string? clientId, DateTimeOffset now,
        CancellationToken cancellationToken = default) =>
        database.InWriteTransactionAsync(async (connection, transaction) =>
        {
            // Two spellings rather than "@client_id IS NULL OR …": PostgreSQL cannot type a parameter that is only compared with null.
            var ofUser = "tenant_id = @tenant_id AND user_id = @user_id" + (clientId is null ? "" : " AND client_id = @client_id");
            List<SqlParameter> parameters =
                [new("tenant_id", tenantId), new("user_id", dialect.Uuid(userId)), new("now", dialect.Time(StoredTime.Truncate(now)))];
            if (clientId is not null)
                parameters.Add(new("client_id", clientId));
            var families = new HashSet<Guid>();
            await using (var revokeFamilies = database.CreateCommand(connection,
                             $"UPDATE {Families} SET revoked_at = @now WHERE tenant_id = @tenant_id AND revoked_at IS NULL " +
                             $"AND id IN (SELECT family_id FROM {Tokens} WHERE {ofUser}) RETURNING id", parameters, transaction))
            await using (var revoked = await revokeFamilies.ExecuteReaderAsync(cancellationToken))
            {
                while (await revoked.ReadAsync(cancellationToken))
                    families.Add(dialect.ReadUuid(revoked, 0));
            }
            await using var revokeTokens = database.CreateCommand(connection,
                $"UPDATE {Tokens} SET revoked_at = @now WHERE {ofUser} AND revoked_at IS NULL RETURNING family_id", parameters, transaction);
            await using (var revoked = await revokeTokens.ExecuteReaderAsync(cancellationToken))
            {
                while (await revoked.ReadAsync(cancellationToken))
                    families.Add(dialect.ReadUuid(revoked, 0));
            }
            return families.Count;
        }, cancellationToken);

    private List<SqlParameter> TokenParameters(RefreshToken token) =>
    [
        new("tenant_id", token.TenantId), new("token_hash", token.Hash), new("id", dialect.Uuid(token.Id)),
        new("family_id", dialect.Uuid(token.FamilyId)), new("parent_id", dialect.Uuid(token.ParentId)), new("client_id", token.ClientId),
        new("user_id", dialect.Uuid(token.UserId)), new("scopes", dialect.List(token.Scopes)), new("session_id", token.SessionId),
        new("auth_time", dialect.Time(StoredTime.Truncate(token.AuthTime))), new("created_at", dialect.Time(StoredTime.Truncate(token.CreatedAt))),
        new("expires_at", dialect.Time(StoredTime.Truncate(token.ExpiresAt))), new("consumed_at", dialect.Time(StoredTime.Truncate(token.ConsumedAt))),
        new("revoked_at", dialect.Time(StoredTime.Truncate(token.RevokedAt))), new("security_stamp", token.SecurityStamp),
        new("amr", token.Evidence?.StoredMethods), new("acr", token.Evidence?.Acr),
    ];

    private RefreshToken Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), Hash = row.GetFieldValue<byte[]>(1), Id = dialect.ReadUuid(row, 2), FamilyId = dialect.ReadUuid(row, 3),
        ParentId = dialect.ReadNullableUuid(row, 4), ClientId = row.GetString(5), UserId = dialect.ReadUuid(row, 6), Scopes = dialect.ReadList(row, 7),
        SessionId = row.GetNullableString(8), AuthTime = dialect.ReadTime(row, 9), CreatedAt = dialect.ReadTime(row, 10),
        ExpiresAt = dialect.ReadTime(row, 11), ConsumedAt = dialect.ReadNullableTime(row, 12), RevokedAt = dialect.ReadNullableTime(row, 13),
        SecurityStamp = row.GetString(14), Evidence = SignInEvidence.FromStored(row.GetNullableString(15), row.GetNullableString(16)),
    };
}

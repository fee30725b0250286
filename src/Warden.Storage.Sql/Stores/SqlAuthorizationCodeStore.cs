using System.Data.Common;
using Warden.Core.Sessions;
using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlAuthorizationCodeStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IAuthorizationCodeStore
{
    private const string Columns =
        "tenant_id, code_hash, client_id, user_id, redirect_uri, scopes, nonce, code_challenge, code_challenge_method, session_id, " +
        "auth_time, created_at, expires_at, consumed_at, security_stamp, redirect_uri_in_request, amr, acr";

    private readonly string _insert =
        $"INSERT INTO {tables.AuthorizationCodes} ({Columns}) VALUES (@tenant_id, @code_hash, @client_id, @user_id, @redirect_uri, @scopes, " +
        "@nonce, @code_challenge, @code_challenge_method, @session_id, @auth_time, @created_at, @expires_at, @consumed_at, " +
        "@security_stamp, @redirect_uri_in_request, @amr, @acr)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.AuthorizationCodes} WHERE code_hash = @code_hash";

    // One statement: of concurrent redemptions exactly one sees its row updated and returned, with its user's state.
    private readonly string _consume =
        $"UPDATE {tables.AuthorizationCodes} SET consumed_at = @now WHERE code_hash = @code_hash AND consumed_at IS NULL RETURNING {Columns}, " +
        $"EXISTS (SELECT 1 FROM {tables.Users} AS u WHERE u.tenant_id = {tables.AuthorizationCodes}.tenant_id " +
        $"AND u.id = {tables.AuthorizationCodes}.user_id AND u.is_active = @active AND u.security_stamp = {tables.AuthorizationCodes}.security_stamp)";

    public Task CreateAsync(AuthorizationCode code, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert,
        [
            new("tenant_id", code.TenantId), new("code_hash", code.Hash), new("client_id", code.ClientId), new("user_id", dialect.Uuid(code.UserId)),
            new("redirect_uri", code.RedirectUri), new("scopes", dialect.List(code.Scopes)), new("nonce", code.Nonce),
            new("code_challenge", code.CodeChallenge), new("code_challenge_method", code.CodeChallengeMethod), new("session_id", code.SessionId),
            new("auth_time", dialect.Time(StoredTime.Truncate(code.AuthTime))), new("created_at", dialect.Time(StoredTime.Truncate(code.CreatedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(code.ExpiresAt))), new("consumed_at", dialect.Time(StoredTime.Truncate(code.ConsumedAt))),
            new("security_stamp", code.SecurityStamp), new("redirect_uri_in_request", dialect.Boolean(code.RedirectUriInRequest)),
            new("amr", code.Evidence?.StoredMethods), new("acr", code.Evidence?.Acr),
        ], cancellationToken, new ConflictSubject("authorization code", code.ClientId));

    public Task<AuthorizationCode?> FindAsync(byte[] hash, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("code_hash", hash)], Map, cancellationToken);

    public Task<CodeConsumption?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        database.QueryWriteSingleAsync(_consume,
            [new("code_hash", hash), new("now", dialect.Time(StoredTime.Truncate(now))), new("active", dialect.Boolean(true))],
            row => new CodeConsumption(Map(row), dialect.ReadBoolean(row, 18)), cancellationToken);

    private AuthorizationCode Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), Hash = row.GetFieldValue<byte[]>(1), ClientId = row.GetString(2), UserId = dialect.ReadUuid(row, 3),
        RedirectUri = row.GetString(4), Scopes = dialect.ReadList(row, 5), Nonce = row.GetNullableString(6),
        CodeChallenge = row.GetNullableString(7), CodeChallengeMethod = row.GetNullableString(8), SessionId = row.GetNullableString(9),
        AuthTime = dialect.ReadTime(row, 10), CreatedAt = dialect.ReadTime(row, 11), ExpiresAt = dialect.ReadTime(row, 12),
        ConsumedAt = dialect.ReadNullableTime(row, 13), SecurityStamp = row.GetString(14),
        RedirectUriInRequest = dialect.ReadBoolean(row, 15), Evidence = SignInEvidence.FromStored(row.GetNullableString(16), row.GetNullableString(17)),
    };
}

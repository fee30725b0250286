using System.Data.Common;
using Warden.Core.IdentityProviders;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlIdentityProviderStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IIdentityProviderStore
{
    private const string Columns =
        "tenant_id, name, display_name, kind, preset, issuer, authorization_endpoint, token_endpoint, userinfo_endpoint, client_id, " +
        "encrypted_client_secret, token_endpoint_auth_method, scopes, claim_mapping, link_policy, show_button, store_tokens, created_at, updated_at";

    private readonly string _insert =
        $"INSERT INTO {tables.IdentityProviders} ({Columns}) VALUES (@tenant_id, @name, @display_name, @kind, @preset, @issuer, " +
        "@authorization_endpoint, @token_endpoint, @userinfo_endpoint, @client_id, @encrypted_client_secret, @token_endpoint_auth_method, " +
        "@scopes, @claim_mapping, @link_policy, @show_button, @store_tokens, @created_at, @updated_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.IdentityProviders} WHERE tenant_id = @tenant_id AND name = @name";
    private readonly string _list = $"SELECT {Columns} FROM {tables.IdentityProviders} WHERE tenant_id = @tenant_id ORDER BY name";

    private readonly string _update =
        $"UPDATE {tables.IdentityProviders} SET display_name = @display_name, kind = @kind, preset = @preset, issuer = @issuer, " +
        "authorization_endpoint = @authorization_endpoint, token_endpoint = @token_endpoint, userinfo_endpoint = @userinfo_endpoint, " +
        "client_id = @client_id, encrypted_client_secret = @encrypted_client_secret, token_endpoint_auth_method = @token_endpoint_auth_method, " +
        "scopes = @scopes, claim_mapping = @claim_mapping, link_policy = @link_policy, show_button = @show_button, store_tokens = @store_tokens, " +
        "updated_at = @updated_at WHERE tenant_id = @tenant_id AND name = @name";

    private readonly string _delete = $"DELETE FROM {tables.IdentityProviders} WHERE tenant_id = @tenant_id AND name = @name";
    private readonly string _deleteLogins = $"DELETE FROM {tables.ExternalLogins} WHERE tenant_id = @tenant_id AND provider = @name";

    public async Task<IReadOnlyList<IdentityProvider>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId)], Map, cancellationToken);

    public Task<IdentityProvider?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("name", name)], Map, cancellationToken);

    public Task CreateAsync(IdentityProvider provider, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert, Parameters(provider), cancellationToken, new ConflictSubject("identity provider", provider.Name));

    public async Task<bool> UpdateAsync(IdentityProvider provider, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_update, Parameters(provider), cancellationToken) == 1;

    public Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default) =>
        database.InWriteTransactionAsync(async (connection, transaction) =>
        {
            SqlParameter[] key = [new("tenant_id", tenantId), new("name", name)];
            await using (var logins = database.CreateCommand(connection, _deleteLogins, key, transaction))
                await logins.ExecuteNonQueryAsync(cancellationToken);
            await using var provider = database.CreateCommand(connection, _delete, key, transaction);
            return await provider.ExecuteNonQueryAsync(cancellationToken) == 1;
        }, cancellationToken);

    private SqlParameter[] Parameters(IdentityProvider provider) =>
    [
        new("tenant_id", provider.TenantId), new("name", provider.Name), new("display_name", provider.DisplayName),
        new("kind", IdentityProviderText.Kind(provider.Kind)), new("preset", provider.Preset), new("issuer", provider.Issuer),
        new("authorization_endpoint", provider.AuthorizationEndpoint), new("token_endpoint", provider.TokenEndpoint),
        new("userinfo_endpoint", provider.UserInfoEndpoint), new("client_id", provider.ClientId),
        new("encrypted_client_secret", provider.EncryptedClientSecret), new("token_endpoint_auth_method", provider.TokenEndpointAuthMethod),
        new("scopes", dialect.List(provider.Scopes)), new("claim_mapping", IdentityProviderText.Mapping(provider.Claims)),
        new("link_policy", IdentityProviderText.Policy(provider.LinkPolicy)), new("show_button", dialect.Boolean(provider.ShowButton)),
        new("store_tokens", dialect.Boolean(provider.StoreTokens)),
        new("created_at", dialect.Time(StoredTime.Truncate(provider.CreatedAt))), new("updated_at", dialect.Time(StoredTime.Truncate(provider.UpdatedAt))),
    ];

    private IdentityProvider Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0), Name = row.GetString(1), DisplayName = row.GetString(2),
        Kind = IdentityProviderText.ReadKind(row.GetString(3)) ?? throw new InvalidDataException($"unknown provider kind '{row.GetString(3)}'"),
        Preset = Text(row, 4), Issuer = Text(row, 5), AuthorizationEndpoint = Text(row, 6), TokenEndpoint = Text(row, 7), UserInfoEndpoint = Text(row, 8),
        ClientId = row.GetString(9), EncryptedClientSecret = row.IsDBNull(10) ? null : row.GetFieldValue<byte[]>(10),
        TokenEndpointAuthMethod = row.GetString(11), Scopes = dialect.ReadList(row, 12), Claims = IdentityProviderText.ReadMapping(row.GetString(13)),
        LinkPolicy = IdentityProviderText.ReadPolicy(row.GetString(14)) ?? throw new InvalidDataException($"unknown link policy '{row.GetString(14)}'"),
        ShowButton = dialect.ReadBoolean(row, 15), StoreTokens = dialect.ReadBoolean(row, 16),
        CreatedAt = dialect.ReadTime(row, 17), UpdatedAt = dialect.ReadTime(row, 18),
    };

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}

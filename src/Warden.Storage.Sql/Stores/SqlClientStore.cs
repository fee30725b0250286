using System.Data.Common;
using Warden.Core.Clients;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlClientStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IClientStore
{
    private const string Columns =
        "tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, " +
        "token_endpoint_auth_method, first_party, created_at, updated_at";

    private readonly string _insert =
        $"INSERT INTO {tables.Clients} ({Columns}) VALUES (@tenant_id, @client_id, @name, @client_type, @redirect_uris, " +
        "@post_logout_redirect_uris, @grant_types, @scopes, @token_endpoint_auth_method, @first_party, @created_at, @updated_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.Clients} WHERE tenant_id = @tenant_id AND client_id = @client_id";
    private readonly string _list = $"SELECT {Columns} FROM {tables.Clients} WHERE tenant_id = @tenant_id ORDER BY client_id";

    private readonly string _update =
        $"UPDATE {tables.Clients} SET name = @name, client_type = @client_type, redirect_uris = @redirect_uris, " +
        "post_logout_redirect_uris = @post_logout_redirect_uris, grant_types = @grant_types, scopes = @scopes, " +
        "token_endpoint_auth_method = @token_endpoint_auth_method, first_party = @first_party, updated_at = @updated_at " +
        "WHERE tenant_id = @tenant_id AND client_id = @client_id";

    private readonly string _delete = $"DELETE FROM {tables.Clients} WHERE tenant_id = @tenant_id AND client_id = @client_id";

    public Task CreateAsync(Client client, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insert, Parameters(client), cancellationToken, new ConflictSubject("client", client.ClientId));

    public Task<Client?> FindAsync(string tenantId, string clientId, CancellationToken cancellationToken = default) =>
        database.QuerySingleAsync(_find, [new("tenant_id", tenantId), new("client_id", clientId)], Map, cancellationToken);

    public async Task<IReadOnlyList<Client>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_list, [new("tenant_id", tenantId)], Map, cancellationToken);

    public async Task<bool> UpdateAsync(Client client, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_update, Parameters(client), cancellationToken) == 1;

    public async Task<bool> DeleteAsync(string tenantId, string clientId, CancellationToken cancellationToken = default) =>
        await database.ExecuteAsync(_delete, [new("tenant_id", tenantId), new("client_id", clientId)], cancellationToken) == 1;

    private SqlParameter[] Parameters(Client client) =>
    [
        new("tenant_id", client.TenantId),
        new("client_id", client.ClientId),
        new("name", client.Name),
        new("client_type", client.Type == ClientType.Public ? "public" : "confidential"),
        new("redirect_uris", dialect.List(client.RedirectUris)),
        new("post_logout_redirect_uris", dialect.List(client.PostLogoutRedirectUris)),
        new("grant_types", dialect.List(client.GrantTypes)),
        new("scopes", dialect.List(client.Scopes)),
        new("token_endpoint_auth_method", client.TokenEndpointAuthMethod),
        new("first_party", dialect.Boolean(client.FirstParty)),
        new("created_at", dialect.Time(StoredTime.Truncate(client.CreatedAt))),
        new("updated_at", dialect.Time(StoredTime.Truncate(client.UpdatedAt))),
    ];

    private Client Map(DbDataReader row) => new()
    {
        TenantId = row.GetString(0),
        ClientId = row.GetString(1),
        Name = row.GetString(2),
        Type = row.GetString(3) == "public" ? ClientType.Public : ClientType.Confidential,
        RedirectUris = dialect.ReadList(row, 4),
        PostLogoutRedirectUris = dialect.ReadList(row, 5),
        GrantTypes = dialect.ReadList(row, 6),
        Scopes = dialect.ReadList(row, 7),
        TokenEndpointAuthMethod = row.GetString(8),
        FirstParty = dialect.ReadBoolean(row, 9),
        CreatedAt = dialect.ReadTime(row, 10),
        UpdatedAt = dialect.ReadTime(row, 11),
    };
}

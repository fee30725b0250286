using System.Data.Common;
using Warden.Core.Clients;
using Warden.Core.Storage;

namespace Warden.Storage.Sql.Stores;

public sealed class SqlClientStore(SqlDatabase database, SqlDialect dialect, TableNames tables) : IClientStore
{
    private const string Columns =
        "tenant_id, client_id, name, client_type, redirect_uris, post_logout_redirect_uris, grant_types, scopes, " +
        "token_endpoint_auth_method, first_party, created_at, updated_at, access_token_format, access_token_lifetime, " +
        "signing_algorithm, resources, jwks, jwks_uri, origin, registration_metadata, introspect_all";

    private const string SecretColumns = "tenant_id, client_id, id, secret_hash, created_at, expires_at";

    private readonly string _insert =
        $"INSERT INTO {tables.Clients} ({Columns}) VALUES (@tenant_id, @client_id, @name, @client_type, @redirect_uris, " +
        "@post_logout_redirect_uris, @grant_types, @scopes, @token_endpoint_auth_method, @first_party, @created_at, @updated_at, " +
        "@access_token_format, @access_token_lifetime, @signing_algorithm, @resources, @jwks, @jwks_uri, @origin, " +
        $"{dialect.Typed("registration_metadata", SqlType.Json)}, @introspect_all)";

    private readonly string _insertSecret =
        $"INSERT INTO {tables.ClientSecrets} ({SecretColumns}) VALUES (@tenant_id, @client_id, @id, @secret_hash, @created_at, @expires_at)";

    private readonly string _listSecrets =
        $"SELECT {SecretColumns} FROM {tables.ClientSecrets} WHERE tenant_id = @tenant_id AND client_id = @client_id ORDER BY created_at DESC, id";

    private readonly string _expireSecrets =
        $"UPDATE {tables.ClientSecrets} SET expires_at = @expires_at WHERE tenant_id = @tenant_id AND client_id = @client_id " +
        "AND id <> @keep_id AND (expires_at IS NULL OR expires_at > @expires_at)";

    private readonly string _find = $"SELECT {Columns} FROM {tables.Clients} WHERE tenant_id = @tenant_id AND client_id = @client_id";
    private readonly string _list = $"SELECT {Columns} FROM {tables.Clients} WHERE tenant_id = @tenant_id ORDER BY client_id";

    private readonly string _update =
        $"UPDATE {tables.Clients} SET name = @name, client_type = @client_type, redirect_uris = @redirect_uris, " +
        "post_logout_redirect_uris = @post_logout_redirect_uris, grant_types = @grant_types, scopes = @scopes, " +
        "token_endpoint_auth_method = @token_endpoint_auth_method, first_party = @first_party, updated_at = @updated_at, " +
        "access_token_format = @access_token_format, access_token_lifetime = @access_token_lifetime, " +
        "signing_algorithm = @signing_algorithm, resources = @resources, jwks = @jwks, jwks_uri = @jwks_uri, origin = @origin, " +
        $"registration_metadata = {dialect.Typed("registration_metadata", SqlType.Json)}, introspect_all = @introspect_all " +
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

    public Task AddSecretAsync(ClientSecret secret, CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_insertSecret,
        [
            new("tenant_id", secret.TenantId), new("client_id", secret.ClientId), new("id", dialect.Uuid(secret.Id)),
            new("secret_hash", secret.Hash), new("created_at", dialect.Time(StoredTime.Truncate(secret.CreatedAt))),
            new("expires_at", dialect.Time(StoredTime.Truncate(secret.ExpiresAt))),
        ], cancellationToken, new ConflictSubject("client secret", secret.Id.ToString()));

    public async Task<IReadOnlyList<ClientSecret>> ListSecretsAsync(string tenantId, string clientId, CancellationToken cancellationToken = default) =>
        await database.QueryAsync(_listSecrets, [new("tenant_id", tenantId), new("client_id", clientId)], MapSecret, cancellationToken);

    public Task<int> ExpireOtherSecretsAsync(string tenantId, string clientId, Guid keepId, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default) =>
        database.ExecuteAsync(_expireSecrets,
        [
            new("tenant_id", tenantId), new("client_id", clientId), new("keep_id", dialect.Uuid(keepId)),
            new("expires_at", dialect.Time(StoredTime.Truncate(expiresAt))),
        ], cancellationToken);

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
        new("access_token_format", client.AccessTokenFormat == AccessTokenFormat.Reference ? "reference" : "jwt"),
        new("access_token_lifetime", client.AccessTokenLifetime is { } lifetime ? (int)lifetime.TotalSeconds : null),
        new("signing_algorithm", client.SigningAlgorithm),
        new("resources", dialect.List(client.Resources)),
        new("jwks", client.Jwks),
        new("jwks_uri", client.JwksUri),
        new("origin", client.Origin),
        new("registration_metadata", client.RegistrationMetadata),
        new("introspect_all", dialect.Boolean(client.IntrospectAll)),
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
        AccessTokenFormat = row.GetString(12) == "reference" ? AccessTokenFormat.Reference : AccessTokenFormat.Jwt,
        AccessTokenLifetime = row.IsDBNull(13) ? null : TimeSpan.FromSeconds(Convert.ToInt32(row.GetValue(13))),
        SigningAlgorithm = row.GetNullableString(14),
        Resources = dialect.ReadList(row, 15),
        Jwks = row.GetNullableString(16),
        JwksUri = row.GetNullableString(17),
        Origin = row.GetString(18),
        RegistrationMetadata = row.GetNullableString(19),
        IntrospectAll = dialect.ReadBoolean(row, 20),
    };

    private ClientSecret MapSecret(DbDataReader row) => new(
        row.GetString(0), row.GetString(1), dialect.ReadUuid(row, 2), row.GetFieldValue<byte[]>(3),
        dialect.ReadTime(row, 4), dialect.ReadNullableTime(row, 5));
}

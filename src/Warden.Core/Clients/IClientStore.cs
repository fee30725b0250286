namespace Warden.Core.Clients;

/// <summary>
/// Registered clients, unique by (tenant, client id). Timestamps round-trip with millisecond precision.
/// </summary>
public interface IClientStore
{
    /// <summary>
    /// Adds a client. Throws <see cref="Storage.DuplicateEntityException"/> when the tenant already has this client id,
    /// <see cref="Storage.MissingReferenceException"/> when the tenant does not exist.
    /// </summary>
    Task CreateAsync(Client client, CancellationToken cancellationToken = default);

    /// <summary>The client, or null when this tenant has no such client (another tenant's client is never returned).</summary>
    Task<Client?> FindAsync(string tenantId, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's clients ordered by client id.</summary>
    Task<IReadOnlyList<Client>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Replaces every field but the keys and <see cref="Client.CreatedAt"/>. False when the client does not exist.</summary>
    Task<bool> UpdateAsync(Client client, CancellationToken cancellationToken = default);

    /// <summary>Removes the client and its secrets. False when it did not exist.</summary>
    Task<bool> DeleteAsync(string tenantId, string clientId, CancellationToken cancellationToken = default);

    /// <summary>Adds a secret. Throws <see cref="Storage.MissingReferenceException"/> when the client does not exist.</summary>
    Task AddSecretAsync(ClientSecret secret, CancellationToken cancellationToken = default);

    /// <summary>The client's secrets, expired ones included, newest first.</summary>
    Task<IReadOnlyList<ClientSecret>> ListSecretsAsync(string tenantId, string clientId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes every secret of the client except <paramref name="keepId"/> expire at <paramref name="expiresAt"/>, or
    /// earlier when it already expires earlier. Returns how many secrets were shortened.
    /// </summary>
    Task<int> ExpireOtherSecretsAsync(string tenantId, string clientId, Guid keepId, DateTimeOffset expiresAt,
        CancellationToken cancellationToken = default);
}

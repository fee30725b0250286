namespace Warden.Core.ApiKeys;

/// <summary>One use of a key to write: the latest time it was used since the last write.</summary>
public readonly record struct ApiKeyUse(string TenantId, string PublicId, DateTimeOffset UsedAt);

/// <summary>
/// API keys of every tenant, found by tenant and public id: a key of one tenant is never found through another. Deleting
/// the owning user or client deletes its keys.
/// </summary>
public interface IApiKeyStore
{
    /// <summary>
    /// Throws <see cref="Storage.DuplicateEntityException"/> for a known public id (unique across tenants) and
    /// <see cref="Storage.MissingReferenceException"/> for an unknown tenant, user or client.
    /// </summary>
    Task CreateAsync(ApiKey key, CancellationToken cancellationToken = default);

    /// <summary>The key in whatever state (revoked or expired included), or null.</summary>
    Task<ApiKey?> FindAsync(string tenantId, string publicId, CancellationToken cancellationToken = default);

    /// <summary>The tenant's keys ordered by creation time, then public id.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets <see cref="ApiKey.RevokedAt"/> to <paramref name="now"/> in one conditional statement: true when the key
    /// existed and was not revoked yet (of concurrent callers exactly one wins); a revoked key keeps its first time.
    /// </summary>
    Task<bool> RevokeAsync(string tenantId, string publicId, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes many uses in one transaction: each key's <see cref="ApiKey.LastUsedAt"/> becomes the later of the stored
    /// time and the given one (a late batch never moves it back). Unknown keys are skipped.
    /// </summary>
    Task RecordUsesAsync(IReadOnlyList<ApiKeyUse> uses, CancellationToken cancellationToken = default);
}

namespace Warden.Core.IdentityProviders;

/// <summary>The upstream providers stored in the database (<c>warden providers add</c>), per tenant and name.</summary>
public interface IIdentityProviderStore
{
    /// <summary>Every provider of the tenant, by name in byte order.</summary>
    Task<IReadOnlyList<IdentityProvider>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    Task<IdentityProvider?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default);

    /// <summary>Throws <see cref="Storage.DuplicateEntityException"/> for a known name, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task CreateAsync(IdentityProvider provider, CancellationToken cancellationToken = default);

    /// <summary>Replaces every field but the creation time; false when no provider has this tenant and name.</summary>
    Task<bool> UpdateAsync(IdentityProvider provider, CancellationToken cancellationToken = default);

    /// <summary>Deletes the provider and, with it, every account linked through it; false when there was none.</summary>
    Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default);
}

namespace Warden.Core.Tenants;

/// <summary>
/// Tenants. Every backend contains the <see cref="Tenant.DefaultId"/> tenant from the moment its schema exists.
/// </summary>
public interface ITenantStore
{
    /// <summary>
    /// Adds a tenant. Throws <see cref="Storage.DuplicateEntityException"/> when the id, or the host of a host-form
    /// tenant, is taken.
    /// </summary>
    Task CreateAsync(Tenant tenant, CancellationToken cancellationToken = default);

    /// <summary>The tenant with this id, or null.</summary>
    Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>All tenants, ordered by id.</summary>
    Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the tenant's name, active flag, addressing, host and settings (its id and creation time stay). False when
    /// it does not exist; <see cref="Storage.DuplicateEntityException"/> when the new host is another tenant's.
    /// </summary>
    Task<bool> UpdateAsync(Tenant tenant, CancellationToken cancellationToken = default);

    /// <summary>Deletes the tenant and everything in it (every table's rows of the tenant). False when it does not exist.</summary>
    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}

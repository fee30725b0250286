namespace Warden.Core.Tenants;

/// <summary>
/// Tenants. Every backend contains the <see cref="Tenant.DefaultId"/> tenant from the moment its schema exists.
/// </summary>
public interface ITenantStore
{
    /// <summary>Adds a tenant. Throws <see cref="Storage.DuplicateEntityException"/> when the id is taken.</summary>
    Task CreateAsync(Tenant tenant, CancellationToken cancellationToken = default);

    /// <summary>The tenant with this id, or null.</summary>
    Task<Tenant?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>All tenants, ordered by id.</summary>
    Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken = default);
}

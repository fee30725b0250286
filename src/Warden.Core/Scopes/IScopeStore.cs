namespace Warden.Core.Scopes;

/// <summary>Scopes, unique by (tenant, name), names compared exactly (scope names are case-sensitive, RFC 6749 §3.3).</summary>
public interface IScopeStore
{
    /// <summary>Throws <see cref="Storage.DuplicateEntityException"/> when the name exists, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task CreateAsync(Scope scope, CancellationToken cancellationToken = default);

    Task<Scope?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default);

    /// <summary>The tenant's scopes ordered by name.</summary>
    Task<IReadOnlyList<Scope>> ListAsync(string tenantId, CancellationToken cancellationToken = default);

    /// <summary>Replaces every field but the keys and <see cref="Scope.CreatedAt"/>; false when it does not exist.</summary>
    Task<bool> UpdateAsync(Scope scope, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string tenantId, string name, CancellationToken cancellationToken = default);
}

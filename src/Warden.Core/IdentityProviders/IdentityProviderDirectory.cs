namespace Warden.Core.IdentityProviders;

/// <summary>
/// The providers people may sign in with: those config.yaml declares (held by every instance that reads the file) and
/// those stored in the database (seen by every instance). A declared name hides a stored one of the same name, which
/// <see cref="IdentityProviderAdministration"/> never lets the CLI create.
/// </summary>
public sealed class IdentityProviderDirectory(IIdentityProviderStore store, IReadOnlyList<IdentityProvider> declared)
{
    public IReadOnlyList<IdentityProvider> Declared => declared;

    /// <summary>Every provider of the tenant, declared ones first, each group by name.</summary>
    public async Task<IReadOnlyList<IdentityProvider>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var fromFile = declared.Where(provider => provider.TenantId == tenantId).OrderBy(provider => provider.Name, StringComparer.Ordinal).ToList();
        var stored = await store.ListAsync(tenantId, cancellationToken);
        return [.. fromFile, .. stored.Where(provider => fromFile.All(file => file.Name != provider.Name))];
    }

    public async Task<IdentityProvider?> FindAsync(string tenantId, string name, CancellationToken cancellationToken = default) =>
        declared.FirstOrDefault(provider => provider.TenantId == tenantId && provider.Name == name)
        ?? await store.FindAsync(tenantId, name, cancellationToken);
}

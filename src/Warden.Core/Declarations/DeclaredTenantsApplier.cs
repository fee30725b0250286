using Warden.Core.Tenants;

namespace Warden.Core.Declarations;

/// <summary>
/// Applies config.yaml's <c>tenants:</c>: creates the declared tenants that are missing and changes the stored ones to
/// match the file (the file is their source of truth; tenants only the database has are left alone), then checks that
/// every tenant a declared scope, client or user names exists. Tenants are read in one query, however many are declared.
/// </summary>
public sealed class DeclaredTenantsApplier(ITenantStore store, TenantAdministration administration)
{
    /// <summary>What was done, one line per tenant created or changed. Throws <see cref="InvalidTenantException"/> naming what is wrong.</summary>
    public async Task<IReadOnlyList<string>> ApplyAsync(DeclaredObjects declared, CancellationToken cancellationToken = default)
    {
        var named = declared.NamedTenants();
        if (declared.Tenants.Count == 0 && named.Count == 0)
            return [];
        var existing = (await store.ListAsync(cancellationToken)).ToDictionary(tenant => tenant.Id, StringComparer.Ordinal);
        var done = new List<string>();
        foreach (var tenant in declared.Tenants)
        {
            var stored = existing.GetValueOrDefault(tenant.Id);
            if (stored is null)
            {
                existing[tenant.Id] = await administration.CreateAsync(tenant, cancellationToken);
                done.Add($"tenants[{tenant.Id}]: created");
            }
            else if (stored != tenant with { CreatedAt = stored.CreatedAt })
            {
                await administration.UpdateAsync(tenant.Id, _ => tenant, cancellationToken);
                done.Add($"tenants[{tenant.Id}]: changed to match the file");
            }
        }
        foreach (var (tenantId, name) in named)
        {
            if (!existing.ContainsKey(tenantId))
                throw new InvalidTenantException($"{name}: there is no tenant '{tenantId}' (declare it under tenants: or create it with `warden tenants create`)");
        }
        return done;
    }
}

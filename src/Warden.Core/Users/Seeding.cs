using Warden.Core.Scopes;
using Warden.Core.Security;
using Warden.Core.Settings;
using Warden.Core.Storage;

namespace Warden.Core.Users;

/// <summary>What `warden seed` did; <see cref="GeneratedPassword"/> is set only when it made up the admin's password.</summary>
public sealed record SeedResult(string AdminUsername, bool AdminCreated, string? GeneratedPassword, IReadOnlyList<string> CreatedScopes,
    IReadOnlyList<string> CreatedSettings);

/// <summary>
/// The initial data of a tenant, idempotently: an administrator account, the OpenID Connect standard scopes and the
/// default system settings. Running it again changes nothing that exists, so it is safe in start-up scripts.
/// </summary>
public sealed class Seeding(IUserStore users, UserAdministration userAdministration, ScopeAdministration scopes, SettingAdministration settings)
{
    public const string AdminUsername = "admin";

    /// <param name="adminPassword">The admin's password (WARDEN_ADMIN_PASSWORD); null generates one, returned once.</param>
    public async Task<SeedResult> SeedAsync(string tenantId, string? adminPassword, CancellationToken cancellationToken = default)
    {
        var createdScopes = await scopes.EnsureStandardScopesAsync(tenantId, cancellationToken);
        var createdSettings = await settings.EnsureDefaultsAsync(tenantId, cancellationToken);
        if (await users.FindByUsernameAsync(tenantId, AdminUsername, cancellationToken) is not null)
            return new SeedResult(AdminUsername, false, null, createdScopes, createdSettings);

        var generated = adminPassword is null ? RandomValues.Secret()[..24] : null;
        try
        {
            await userAdministration.CreateAsync(tenantId, AdminUsername, adminPassword ?? generated, null, UserRole.Admin, cancellationToken);
        }
        catch (DuplicateEntityException)
        {
            return new SeedResult(AdminUsername, false, null, createdScopes, createdSettings);
        }
        return new SeedResult(AdminUsername, true, generated, createdScopes, createdSettings);
    }
}

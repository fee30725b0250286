using Warden.Core.Tenants;

namespace Warden.Core.Users;

/// <summary>The password rule of each tenant: the tenant's own values over the server's <c>passwords</c> settings.</summary>
public sealed class PasswordPolicies(PasswordPolicy server, TenantDirectory tenants)
{
    public PasswordPolicy Server => server;

    public async ValueTask<PasswordPolicy> ForAsync(string tenantId, CancellationToken cancellationToken = default) =>
        (await tenants.SettingsAsync(tenantId, cancellationToken)).PasswordsOver(server);
}

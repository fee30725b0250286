namespace Warden.Core.ApiKeys;

/// <summary>
/// What API keys a tenant allows. <paramref name="AllowedScopes"/> null allows every scope defined in the tenant
/// except the reserved <c>warden:</c> ones; a list allows exactly the scopes it names (reserved ones included, since an
/// operator chose them) that are defined in the tenant. A key lives at most <paramref name="MaxLifetime"/>, and has no
/// expiry only when <paramref name="AllowNoExpiry"/>.
/// </summary>
public sealed record ApiKeyPolicy(IReadOnlyList<string>? AllowedScopes, TimeSpan MaxLifetime, bool AllowNoExpiry)
{
    public static ApiKeyPolicy Default { get; } = new(null, TimeSpan.FromDays(365), AllowNoExpiry: false);

    public bool AllowsScope(string scope) =>
        AllowedScopes?.Contains(scope, StringComparer.Ordinal) ?? !Scopes.ReservedScopes.IsReserved(scope);
}

/// <summary>
/// Where a tenant's API-key policy comes from. The server's implementation is <see cref="TenantApiKeyPolicySource"/> (the
/// <c>api_keys:</c> section of config.yaml, under each tenant's own settings).
/// </summary>
public interface IApiKeyPolicySource
{
    Task<ApiKeyPolicy> GetAsync(string tenantId, CancellationToken cancellationToken = default);
}

/// <summary>The server's policy (the <c>api_keys:</c> section) with each tenant's own <c>api_key_*</c> settings over it.</summary>
public sealed class TenantApiKeyPolicySource(ApiKeyPolicy server, Tenants.TenantDirectory tenants) : IApiKeyPolicySource
{
    /// <summary>The longest lifetime a policy may give a key: ten years.</summary>
    public static readonly TimeSpan MostMaxLifetime = TimeSpan.FromSeconds(315_360_000);

    public async Task<ApiKeyPolicy> GetAsync(string tenantId, CancellationToken cancellationToken = default) =>
        (await tenants.SettingsAsync(tenantId, cancellationToken)).ApiKeysOver(server);
}

/// <summary>One policy for every tenant.</summary>
public sealed class FixedApiKeyPolicySource(ApiKeyPolicy policy) : IApiKeyPolicySource
{
    public Task<ApiKeyPolicy> GetAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult(policy);
}

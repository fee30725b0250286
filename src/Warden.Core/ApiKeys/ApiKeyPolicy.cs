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
/// Where a tenant's API-key policy comes from. The server's implementation is <see cref="FixedApiKeyPolicySource"/> (the
/// <c>api_keys:</c> section of config.yaml for every tenant); a tenant's own settings may take its place.
/// </summary>
public interface IApiKeyPolicySource
{
    Task<ApiKeyPolicy> GetAsync(string tenantId, CancellationToken cancellationToken = default);
}

/// <summary>One policy for every tenant.</summary>
public sealed class FixedApiKeyPolicySource(ApiKeyPolicy policy) : IApiKeyPolicySource
{
    public Task<ApiKeyPolicy> GetAsync(string tenantId, CancellationToken cancellationToken = default) => Task.FromResult(policy);
}

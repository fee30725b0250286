using Warden.Core.Tenants;

namespace Warden.Middleware;

/// <summary>The tenant a request addresses, as <see cref="TenantResolutionMiddleware"/> found it.</summary>
public sealed record RequestTenant(ServedTenant Served);

public static class RequestTenantExtensions
{
    /// <summary>
    /// The tenant this request is for: the one its path (/t/{id}) or host names, else the default tenant. Set for every
    /// request before any endpoint or page runs.
    /// </summary>
    public static ServedTenant Tenant(this HttpContext http) =>
        http.Features.Get<RequestTenant>()?.Served ?? throw new InvalidOperationException("the request has not been matched to a tenant");

    /// <summary>The tenant's id, for stores and the audit trail.</summary>
    public static string TenantId(this HttpContext http) => http.Tenant().Id;
}

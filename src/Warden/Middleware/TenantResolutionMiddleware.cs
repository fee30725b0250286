using Warden.Core.Tenants;

namespace Warden.Middleware;

/// <summary>
/// Matches every request to its tenant before anything else reads it. A path-form tenant's requests start with
/// /t/{id}: that prefix becomes the request's PathBase, so every endpoint, page and link below it works as it does for
/// the default tenant, and links the pages build carry the prefix. A host-form tenant is matched by the Host header.
/// Everything else is the default tenant's, at today's addresses. A tenant that does not exist, is disabled, or is
/// addressed in the form it is not served in answers 404 with nothing that tells the three apart.
/// </summary>
public sealed class TenantResolutionMiddleware(RequestDelegate next, TenantDirectory tenants)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var served = await ResolveAsync(http);
        if (served is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        http.Features.Set(new RequestTenant(served));
        await next(http);
    }

    private async ValueTask<ServedTenant?> ResolveAsync(HttpContext http)
    {
        var host = http.Request.Host;
        // Only a Host other than the issuer's can mean a host-form tenant; a proxy that passes its own Host (not the
        // public one) reaches the default and path-form tenants just the same.
        var hostTenant = host.HasValue && !string.Equals(host.Value, tenants.ServerAuthority, StringComparison.OrdinalIgnoreCase)
            ? await tenants.FindByHostAsync(host.Value, http.RequestAborted)
            : null;
        if (http.Request.Path.StartsWithSegments(TenantPaths.Prefix.TrimEnd('/'), out var afterPrefix))
        {
            var id = FirstSegment(afterPrefix, out var rest);
            var tenant = id is null || hostTenant is not null ? null : await tenants.FindAsync(id, http.RequestAborted);
            if (tenant is not { Tenant: { IsActive: true, IsDefault: false, Addressing: TenantAddressing.Path } })
                return null;
            http.Request.PathBase = http.Request.PathBase.Add(TenantPaths.Prefix + id);
            http.Request.Path = rest;
            return tenant;
        }
        if (hostTenant is not null)
            return hostTenant.Tenant.IsActive ? hostTenant : null;
        return await tenants.FindAsync(Tenant.DefaultId, http.RequestAborted);
    }

    private static string? FirstSegment(PathString path, out PathString rest)
    {
        var value = path.Value ?? "";
        rest = PathString.Empty;
        if (value.Length < 2 || value[0] != '/')
            return null;
        var end = value.IndexOf('/', 1);
        var id = end < 0 ? value[1..] : value[1..end];
        rest = end < 0 ? PathString.Empty : new PathString(value[end..]);
        return id.Length == 0 ? null : id;
    }
}

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
        if (http.Request.PathBase.HasValue)
            http.Response.OnStarting(() =>
            {
                KeepLocalRedirectsInTenant(http);
                return Task.CompletedTask;
            });
        await next(http);
    }

    /// <summary>
    /// The pages redirect to their own addresses as the default tenant's (/login, /authorize?…); below a tenant's path
    /// those are the tenant's, so Location and the Refresh header get the path in front. Absolute addresses (a client's
    /// redirect URI) are left alone.
    /// </summary>
    private static void KeepLocalRedirectsInTenant(HttpContext http)
    {
        var pathBase = http.Request.PathBase.Value!;
        var headers = http.Response.Headers;
        if (headers.Location.ToString() is { Length: > 0 } location && IsLocal(location) && !location.StartsWith(pathBase + "/", StringComparison.Ordinal))
            headers.Location = pathBase + location;
        const string refreshUrl = ";url=";
        if (headers["Refresh"].ToString() is { Length: > 0 } refresh && refresh.IndexOf(refreshUrl, StringComparison.Ordinal) is var at and >= 0
            && IsLocal(refresh[(at + refreshUrl.Length)..]))
            headers["Refresh"] = refresh[..(at + refreshUrl.Length)] + pathBase + refresh[(at + refreshUrl.Length)..];
    }

    private static bool IsLocal(string url) => url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private async ValueTask<ServedTenant?> ResolveAsync(HttpContext http)
    {
        var host = http.Request.Host;
        // Only a Host other than the issuer's can mean a host-form tenant; a proxy that passes its own Host (not the
        // public one) reaches the default and path-form tenants just the same. Health probes are the server's, whatever
        // Host the orchestrator sends, and must answer while the database is down.
        var hostTenant = host.HasValue && !string.Equals(host.Value, tenants.ServerAuthority, StringComparison.OrdinalIgnoreCase)
                         && !http.Request.Path.StartsWithSegments("/health")
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
        return tenants.Default;
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

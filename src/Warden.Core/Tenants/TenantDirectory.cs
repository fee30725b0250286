using System.Collections.Frozen;
using Warden.Core.Protocol;

namespace Warden.Core.Tenants;

/// <summary>
/// Every tenant and its protocol settings (issuer, endpoints, access token lifetime), read in one query and kept in
/// memory for the request path: a request is matched to its tenant by id (path form) or host (host form) without a
/// database read, however many tenants there are. The snapshot is reread once <see cref="OAuthServerOptions.ClientCacheLifetime"/>
/// has passed, and at once (at most every <see cref="MissRereadInterval"/>) when a request names a tenant it does not
/// know, so a tenant created or changed by another process is served within that bound. This instance's own changes
/// (<see cref="Invalidate"/>) are seen at once.
/// </summary>
public sealed class TenantDirectory(ITenantStore store, OAuthServerOptions server, TimeProvider time)
{
    /// <summary>The least time between two rereads caused by an unknown tenant, so that made-up tenant names cost no database reads.</summary>
    public static readonly TimeSpan MissRereadInterval = TimeSpan.FromSeconds(5);

    private sealed record Snapshot(
        DateTimeOffset LoadedAt,
        FrozenDictionary<string, ServedTenant> ById,
        FrozenDictionary<string, ServedTenant> ByHost);

    private readonly SemaphoreSlim _reload = new(1, 1);
    private readonly Uri _serverIssuer = new(server.Issuer);
    private Snapshot? _snapshot;
    private DateTimeOffset _lastMissReread = DateTimeOffset.MinValue;

    /// <summary>The server's own settings: the default tenant's.</summary>
    public OAuthServerOptions Server => server;

    /// <summary>
    /// The default tenant as it is served: by the configuration, so known without reading the database (a request to it,
    /// <c>/health</c> included, works while the database is down).
    /// </summary>
    public ServedTenant Default { get; } = new(new Tenant(Tenant.DefaultId, "Default", DateTimeOffset.UnixEpoch), server);

    /// <summary>The host (and port, when not the scheme's default) of the server's issuer.</summary>
    public string ServerAuthority => _serverIssuer.Authority;

    /// <summary>The tenant with this id, active or not; null when there is none. The default tenant needs no database read.</summary>
    public async ValueTask<ServedTenant?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id == Tenant.DefaultId)
            return Default;
        var snapshot = await CurrentAsync(cancellationToken);
        if (snapshot.ById.TryGetValue(id, out var tenant))
            return tenant;
        snapshot = await RereadOnMissAsync(snapshot, cancellationToken);
        return snapshot.ById.GetValueOrDefault(id);
    }

    /// <summary>The host-form tenant served at <paramref name="host"/> (host[:port], as the Host header gives it), or null.</summary>
    public async ValueTask<ServedTenant?> FindByHostAsync(string host, CancellationToken cancellationToken = default)
    {
        var key = host.ToLowerInvariant();
        var snapshot = await CurrentAsync(cancellationToken);
        if (snapshot.ByHost.TryGetValue(key, out var tenant))
            return tenant;
        if (key == _serverIssuer.Authority.ToLowerInvariant())
            return null;
        snapshot = await RereadOnMissAsync(snapshot, cancellationToken);
        return snapshot.ByHost.GetValueOrDefault(key);
    }

    /// <summary>The protocol settings a tenant is served with: the server's own for the default tenant.</summary>
    public async ValueTask<OAuthServerOptions> ForAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (tenantId == Tenant.DefaultId)
            return server;
        return (await FindAsync(tenantId, cancellationToken))?.Protocol
               ?? throw new InvalidOperationException($"tenant '{tenantId}' does not exist");
    }

    /// <summary>A tenant's own settings; <see cref="TenantSettings.Inherited"/> for the default tenant and one that does not exist.</summary>
    public async ValueTask<TenantSettings> SettingsAsync(string tenantId, CancellationToken cancellationToken = default) =>
        tenantId == Tenant.DefaultId ? TenantSettings.Inherited : (await FindAsync(tenantId, cancellationToken))?.Tenant.Settings ?? TenantSettings.Inherited;

    /// <summary>Forgets the snapshot, after a change made through this instance.</summary>
    public void Invalidate() => _snapshot = null;

    /// <summary>The issuer a tenant is served under, derived from the server's issuer.</summary>
    public string IssuerOf(Tenant tenant)
    {
        if (tenant.IsDefault)
            return server.Issuer;
        if (tenant.Addressing == TenantAddressing.Path)
            return server.Issuer + TenantPaths.Prefix + tenant.Id;
        var host = tenant.Host ?? tenant.Id + "." + _serverIssuer.Authority;
        return $"{_serverIssuer.Scheme}://{host}{_serverIssuer.AbsolutePath.TrimEnd('/')}";
    }

    private async ValueTask<Snapshot> CurrentAsync(CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (snapshot is not null && time.GetUtcNow() - snapshot.LoadedAt < server.ClientCacheLifetime)
            return snapshot;
        return await ReloadAsync(snapshot, cancellationToken);
    }

    private async ValueTask<Snapshot> RereadOnMissAsync(Snapshot snapshot, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lastMissReread < MissRereadInterval)
            return snapshot;
        _lastMissReread = now;
        return await ReloadAsync(snapshot, cancellationToken);
    }

    private async ValueTask<Snapshot> ReloadAsync(Snapshot? seen, CancellationToken cancellationToken)
    {
        await _reload.WaitAsync(cancellationToken);
        try
        {
            // Another request reloaded while this one waited.
            if (_snapshot is { } current && !ReferenceEquals(current, seen))
                return current;
            var loadedAt = time.GetUtcNow();
            var tenants = (await store.ListAsync(cancellationToken)).Select(Serve).ToList();
            var snapshot = new Snapshot(loadedAt,
                tenants.ToFrozenDictionary(tenant => tenant.Tenant.Id, StringComparer.Ordinal),
                tenants.Where(tenant => tenant.Tenant.Addressing == TenantAddressing.Host && !tenant.Tenant.IsDefault)
                    .DistinctBy(HostOf).ToFrozenDictionary(HostOf, StringComparer.Ordinal));
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _reload.Release();
        }
    }

    private static string HostOf(ServedTenant tenant) => new Uri(tenant.Issuer).Authority.ToLowerInvariant();

    private ServedTenant Serve(Tenant tenant) => new(tenant, tenant.IsDefault
        ? server
        : server with { Issuer = IssuerOf(tenant), AccessTokenLifetime = tenant.Settings.AccessTokenLifetime ?? server.AccessTokenLifetime });
}

/// <summary>A tenant with the protocol settings it is served with.</summary>
public sealed record ServedTenant(Tenant Tenant, OAuthServerOptions Protocol)
{
    public string Id => Tenant.Id;
    public string Issuer => Protocol.Issuer;
}

/// <summary>The path form's addresses: every endpoint of tenant T lives below /t/T.</summary>
public static class TenantPaths
{
    public const string Prefix = "/t/";
}

namespace Warden.Core.Tenants;

/// <summary>
/// An isolated namespace of clients, users, keys and tokens, served under an issuer of its own. Every stored row
/// belongs to one.
/// </summary>
public sealed record Tenant(string Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>The tenant every fresh database contains, served at the server's own issuer; single-tenant deployments use only this one.</summary>
    public const string DefaultId = "default";

    /// <summary>A disabled tenant answers 404 on every endpoint and page; its data stays.</summary>
    public bool IsActive { get; init; } = true;

    /// <summary>How the tenant's issuer is formed from the server's (<see cref="TenantIssuers"/>).</summary>
    public TenantAddressing Addressing { get; init; } = TenantAddressing.Path;

    /// <summary>For <see cref="TenantAddressing.Host"/>: the tenant's own host name (with a port if not the default); null is {id}.{the server's host}.</summary>
    public string? Host { get; init; }

    /// <summary>What the tenant sets differently from the server's configuration.</summary>
    public TenantSettings Settings { get; init; } = TenantSettings.Inherited;

    public bool IsDefault => Id == DefaultId;
}

public enum TenantAddressing
{
    /// <summary>Under the server's issuer: {issuer}/t/{id}, every endpoint and well-known document below it.</summary>
    Path,

    /// <summary>At a host of its own: https://{id}.auth.example.com, or the tenant's <see cref="Tenant.Host"/>.</summary>
    Host,
}

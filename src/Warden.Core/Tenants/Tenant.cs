namespace Warden.Core.Tenants;

/// <summary>An isolated namespace of clients, users, keys and tokens. Every stored row belongs to one.</summary>
public sealed record Tenant(string Id, string Name, DateTimeOffset CreatedAt)
{
    /// <summary>The tenant every fresh database contains; single-tenant deployments use only this one.</summary>
    public const string DefaultId = "default";
}

using Warden.Core.Clients;
using Warden.Core.Tenants;
using Warden.Core.Users;

namespace Warden.Core.Declarations;

/// <summary>
/// The clients, scopes and users config.yaml declares, applied at every start by <see cref="DeclaredObjectsApplier"/>.
/// Each object manages only the fields the file names; the others keep their defaults at creation and are left alone.
/// </summary>
public sealed record DeclaredObjects(IReadOnlyList<DeclaredScope> Scopes, IReadOnlyList<DeclaredClient> Clients, IReadOnlyList<DeclaredUser> Users)
{
    public static DeclaredObjects None { get; } = new([], [], []);

    /// <summary>The file that declares them, which every report line starts with.</summary>
    public string Source { get; init; } = "config.yaml";

    /// <summary>The upstream identity providers of <c>identity_providers:</c> (not written to the database; read-only for the CLI).</summary>
    public IReadOnlyList<IdentityProviders.IdentityProviderSpecification> IdentityProviders { get; init; } = [];

    /// <summary>The tenants of <c>tenants:</c>: created at start when missing, and changed to match when they differ.</summary>
    public IReadOnlyList<Tenants.Tenant> Tenants { get; init; } = [];

    public bool IsEmpty => Scopes.Count == 0 && Clients.Count == 0 && Users.Count == 0;

    /// <summary>Every tenant other than the default one that a declared scope, client or user belongs to, with the first object naming it.</summary>
    public IReadOnlyDictionary<string, string> NamedTenants()
    {
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (tenantId, name) in Scopes.Select(scope => (scope.TenantId, Name: DeclaredName.Of("scopes", scope.TenantId, scope.Name)))
                     .Concat(Clients.Select(client => (client.TenantId, Name: DeclaredName.Of("clients", client.TenantId, client.ClientId))))
                     .Concat(Users.Select(user => (user.TenantId, Name: DeclaredName.Of("users", user.TenantId, user.Username)))))
        {
            if (tenantId != Tenant.DefaultId)
                named.TryAdd(tenantId, name);
        }
        return named;
    }
}

/// <summary>A declared client: its specification, the fields the file names (as YAML keys) and its secret.</summary>
/// <param name="Fields">The YAML keys the declaration names (name, grant_types, …): only these are compared with the database.</param>
public sealed record DeclaredClient(string ClientId, ClientSpecification Specification, IReadOnlySet<string> Fields, DeclaredSecret? Secret)
{
    /// <summary>The tenant the client belongs to (the file's <c>tenant:</c> key).</summary>
    public string TenantId { get; init; } = Tenant.DefaultId;
}

/// <summary>A declared scope; a null member is not named by the file.</summary>
public sealed record DeclaredScope(string Name, string? DisplayName, string? Description, IReadOnlyList<string>? Claims, bool? RequiresConsent,
    bool? Registrable = null)
{
    /// <summary>The tenant the scope belongs to (the file's <c>tenant:</c> key).</summary>
    public string TenantId { get; init; } = Tenant.DefaultId;
}

/// <summary>A declared user; a null member is not named by the file. The password hash is used only when the user is created.</summary>
public sealed record DeclaredUser(string Username, string? Email, UserRole? Role, bool? IsActive, string? PasswordHash)
{
    /// <summary>The tenant the user belongs to (the file's <c>tenant:</c> key).</summary>
    public string TenantId { get; init; } = Tenant.DefaultId;
}

/// <summary>
/// A client secret from a declaration: the value read from an environment variable or a file, or the keyed hash Warden
/// stores. A class rather than a record so that no generated ToString can print the value.
/// </summary>
public sealed class DeclaredSecret
{
    private DeclaredSecret(string origin, string? value, byte[]? hash)
    {
        Origin = origin;
        Value = value;
        Hash = hash;
    }

    /// <summary>Where the secret came from, for messages: "secret_env BILLING_SECRET", "secret_file /run/secrets/billing", "secret_hash".</summary>
    public string Origin { get; }

    /// <summary>The plaintext, when it was read from the environment or a file.</summary>
    public string? Value { get; }

    /// <summary>The stored form (HMAC-SHA256 under the master key), when the file gives it as secret_hash.</summary>
    public byte[]? Hash { get; }

    public static DeclaredSecret FromValue(string origin, string value) => new(origin, value, null);

    public static DeclaredSecret FromHash(byte[] hash) => new("secret_hash", null, hash);

    public override string ToString() => Origin;
}

/// <summary>How messages name a declared object: <c>clients[billing]</c>, or <c>clients[acme/billing]</c> in a tenant other than the default.</summary>
public static class DeclaredName
{
    public static string Of(string section, string tenantId, string id) =>
        tenantId == Tenant.DefaultId ? $"{section}[{id}]" : $"{section}[{tenantId}/{id}]";
}

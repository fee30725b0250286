using Warden.Core.Storage;

namespace Warden.Core.Scopes;

/// <summary>A scope setting that breaks a rule; the message says which, in one line.</summary>
public sealed class InvalidScopeException(string message) : Exception(message);

/// <summary>Creating and changing scopes with the rules about their names (RFC 6749 §3.3 NQCHAR) in one place.</summary>
public sealed class ScopeAdministration(IScopeStore store, TimeProvider time)
{
    public async Task<Scope> CreateAsync(string tenantId, string name, string? displayName, string? description,
        IReadOnlyList<string> claims, bool requiresConsent, bool registrable = false, CancellationToken cancellationToken = default)
    {
        RequireName(name);
        var now = time.GetUtcNow();
        var scope = new Scope
        {
            TenantId = tenantId, Name = name, DisplayName = displayName ?? name, Description = description ?? "",
            Claims = claims.Distinct(StringComparer.Ordinal).ToArray(), RequiresConsent = requiresConsent, Registrable = registrable,
            CreatedAt = now, UpdatedAt = now,
        };
        await store.CreateAsync(scope, cancellationToken);
        return scope;
    }

    public async Task<Scope?> UpdateAsync(string tenantId, string name, Func<Scope, Scope> change, CancellationToken cancellationToken = default)
    {
        var existing = await store.FindAsync(tenantId, name, cancellationToken);
        if (existing is null)
            return null;
        var changed = change(existing) with { TenantId = tenantId, Name = name, UpdatedAt = time.GetUtcNow() };
        return await store.UpdateAsync(changed, cancellationToken) ? changed : null;
    }

    /// <summary>Creates the OpenID Connect standard scopes that are missing; existing ones (perhaps edited) are kept.</summary>
    public async Task<IReadOnlyList<string>> EnsureStandardScopesAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var created = new List<string>();
        foreach (var (name, displayName, description, claims, requiresConsent) in Scope.Standard)
        {
            if (await store.FindAsync(tenantId, name, cancellationToken) is not null)
                continue;
            try
            {
                await CreateAsync(tenantId, name, displayName, description, claims, requiresConsent, cancellationToken: cancellationToken);
                created.Add(name);
            }
            catch (DuplicateEntityException)
            {
                // Another seed ran at the same moment and created it.
            }
        }
        return created;
    }

    /// <summary>RFC 6749 §3.3 scope-token characters, 1-200 of them.</summary>
    public static bool IsValidName(string name) =>
        name.Length is > 0 and <= 200 && !name.Any(c => c < 0x21 || c > 0x7E || c is '"' or '\\');

    internal static void RequireName(string name)
    {
        if (!IsValidName(name))
            throw new InvalidScopeException($"scope name '{name}' must be 1-200 printable ASCII characters without space, quote or backslash");
    }
}

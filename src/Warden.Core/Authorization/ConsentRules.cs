using Warden.Core.Caching;
using Warden.Core.Clients;
using Warden.Core.Protocol;
using Warden.Core.Scopes;
using Warden.Core.Users;

namespace Warden.Core.Authorization;

/// <summary>
/// Which requested scopes a user still has to approve for a client, and remembering approvals. First-party clients
/// never ask; scopes marked as not requiring consent (such as openid) never ask; the rest ask once per user and
/// client until the user's consent is revoked. The authorization request reads the stored consent every time; a
/// refresh, which asks whether the grant is still approved on every rotation, reads it through a short cache
/// (<see cref="OAuthServerOptions.ClientCacheLifetime"/>): approvals remembered here invalidate it at once; a consent
/// revoked in the store directly (the CLI, the account page, another instance) ends the grant's refreshes within that
/// bound, at the first rotation that reads it gone.
/// </summary>
public sealed class ConsentRules(ScopeCatalog scopes, IConsentStore consents, OAuthServerOptions options, TimeProvider time)
{
    private readonly ReadThroughCache<(string TenantId, Guid UserId, string ClientId), Consent?> _cached =
        new(options.ClientCacheLifetime, time, 10_000);

    /// <summary>The requested scopes the user has not approved for the client, as stored now.</summary>
    public Task<IReadOnlyList<string>> UnapprovedAsync(Client client, Guid userId, IReadOnlyList<string> requested,
        CancellationToken cancellationToken) =>
        UnapprovedAsync(client, requested, () => consents.FindAsync(client.TenantId, userId, client.ClientId, cancellationToken), cancellationToken);

    /// <summary>Like <see cref="UnapprovedAsync(Client, Guid, IReadOnlyList{string}, CancellationToken)"/>, with the consent read through the cache.</summary>
    public Task<IReadOnlyList<string>> UnapprovedCachedAsync(Client client, Guid userId, IReadOnlyList<string> requested,
        CancellationToken cancellationToken) =>
        UnapprovedAsync(client, requested, () => _cached.GetAsync((client.TenantId, userId, client.ClientId),
            (key, token) => consents.FindAsync(key.TenantId, key.UserId, key.ClientId, token), _ => true, cancellationToken).AsTask(),
            cancellationToken);

    private async Task<IReadOnlyList<string>> UnapprovedAsync(Client client, IReadOnlyList<string> requested, Func<Task<Consent?>> findConsent,
        CancellationToken cancellationToken)
    {
        if (client.FirstParty)
            return [];
        var needing = await NeedingConsentAsync(client.TenantId, requested, cancellationToken);
        if (needing.Count == 0)
            return [];
        var consent = await findConsent();
        return needing.Except(consent?.Scopes ?? [], StringComparer.Ordinal).ToList();
    }

    /// <summary>Adds the approved scopes to what the user allowed this client before.</summary>
    public async Task RememberAsync(Client client, Guid userId, IReadOnlyList<string> approved, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var existing = await consents.FindAsync(client.TenantId, userId, client.ClientId, cancellationToken);
        var merged = (existing?.Scopes ?? []).Union(approved, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await consents.SaveAsync(new Consent(client.TenantId, userId, client.ClientId, merged, existing?.GrantedAt ?? now, now), cancellationToken);
        _cached.Invalidate((client.TenantId, userId, client.ClientId));
    }

    /// <summary>The scopes as the consent page shows them: stored display names and descriptions, the bare name otherwise.</summary>
    public async Task<IReadOnlyList<Scope>> DescribeAsync(string tenantId, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var known = await scopes.GetAsync(tenantId, cancellationToken);
        return requested.Select(name => known.TryGetValue(name, out var scope)
            ? scope
            : new Scope { TenantId = tenantId, Name = name, DisplayName = name, CreatedAt = default, UpdatedAt = default }).ToList();
    }

    private async Task<IReadOnlyList<string>> NeedingConsentAsync(string tenantId, IReadOnlyList<string> requested, CancellationToken cancellationToken)
    {
        var described = await DescribeAsync(tenantId, requested, cancellationToken);
        return described.Where(scope => scope.RequiresConsent).Select(scope => scope.Name).ToList();
    }
}

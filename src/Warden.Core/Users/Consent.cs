namespace Warden.Core.Users;

/// <summary>The scopes a user has allowed a client, remembered so the consent page is not shown again for them.</summary>
public sealed record Consent(string TenantId, Guid UserId, string ClientId, IReadOnlyList<string> Scopes, DateTimeOffset GrantedAt, DateTimeOffset UpdatedAt)
{
    public bool Equals(Consent? other) =>
        other is not null && TenantId == other.TenantId && UserId == other.UserId && ClientId == other.ClientId
        && Scopes.SequenceEqual(other.Scopes) && GrantedAt == other.GrantedAt && UpdatedAt == other.UpdatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, UserId, ClientId);
}

/// <summary>Remembered consents, one per (tenant, user, client).</summary>
public interface IConsentStore
{
    /// <summary>
    /// Creates the consent or replaces its scopes and <see cref="Consent.UpdatedAt"/>, in one statement; an existing
    /// consent keeps its <see cref="Consent.GrantedAt"/>. Merging newly allowed scopes with earlier ones is the
    /// caller's rule. Throws <see cref="Storage.MissingReferenceException"/> for an unknown tenant or user.
    /// </summary>
    Task SaveAsync(Consent consent, CancellationToken cancellationToken = default);

    Task<Consent?> FindAsync(string tenantId, Guid userId, string clientId, CancellationToken cancellationToken = default);

    /// <summary>The user's consents ordered by client id.</summary>
    Task<IReadOnlyList<Consent>> ListForUserAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Forgets the consent; false when there was none.</summary>
    Task<bool> RevokeAsync(string tenantId, Guid userId, string clientId, CancellationToken cancellationToken = default);
}

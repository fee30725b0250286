namespace Warden.Core.Users;

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

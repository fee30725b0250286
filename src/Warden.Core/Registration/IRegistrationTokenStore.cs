namespace Warden.Core.Registration;

/// <summary>Registration tokens, found by the hash of the token.</summary>
public interface IRegistrationTokenStore
{
    /// <summary>
    /// Throws <see cref="Storage.DuplicateEntityException"/> for a known id or hash, <see cref="Storage.MissingReferenceException"/>
    /// for an unknown tenant or (registration access tokens) client. Deleting a client deletes its registration access tokens.
    /// </summary>
    Task CreateAsync(RegistrationToken token, CancellationToken cancellationToken = default);

    /// <summary>The token in whatever state (expired or used up included), or null.</summary>
    Task<RegistrationToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uses the token in one atomic step: true, and <see cref="RegistrationToken.UsedAt"/> set to <paramref name="now"/>,
    /// when it exists, is unexpired at <paramref name="now"/> and, if single use, was not used before. Of concurrent
    /// callers of a single-use token exactly one wins.
    /// </summary>
    Task<bool> TryUseAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The tenant's tokens of one kind ordered by creation time, then id.</summary>
    Task<IReadOnlyList<RegistrationToken>> ListAsync(string tenantId, RegistrationTokenKind kind, CancellationToken cancellationToken = default);

    /// <summary>False when there was no such token.</summary>
    Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default);

    /// <summary>Deletes the client's registration access tokens (before issuing a new one); returns how many.</summary>
    Task<int> DeleteForClientAsync(string tenantId, string clientId, CancellationToken cancellationToken = default);
}

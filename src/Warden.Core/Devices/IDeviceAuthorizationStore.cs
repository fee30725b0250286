namespace Warden.Core.Devices;

/// <summary>Device authorization requests, found by the hash of the device code or, within a tenant, of the user code.</summary>
public interface IDeviceAuthorizationStore
{
    /// <summary>
    /// Throws <see cref="Storage.DuplicateEntityException"/> when the device code hash is known or the tenant already has a
    /// request with this user code hash (the caller then draws another user code), <see cref="Storage.MissingReferenceException"/>
    /// for an unknown tenant or client.
    /// </summary>
    Task CreateAsync(DeviceAuthorization authorization, CancellationToken cancellationToken = default);

    /// <summary>The request in whatever state, or null.</summary>
    Task<DeviceAuthorization?> FindByDeviceCodeAsync(byte[] deviceCodeHash, CancellationToken cancellationToken = default);

    /// <summary>The tenant's request with this user code hash in whatever state, or null.</summary>
    Task<DeviceAuthorization?> FindByUserCodeAsync(string tenantId, byte[] userCodeHash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a person's decision in one atomic step, only while the request is pending and unexpired at
    /// <paramref name="now"/>: status, user, auth time, decision time and, for an approval, the user's security stamp. True when this call decided; of concurrent
    /// callers exactly one wins. Throws <see cref="Storage.MissingReferenceException"/> for an unknown user when it would decide.
    /// </summary>
    Task<bool> DecideAsync(string tenantId, byte[] userCodeHash, bool approved, Guid userId, string securityStamp, DateTimeOffset authTime,
        Sessions.SignInEvidence evidence, DateTimeOffset now,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks an approved, not yet consumed request consumed at <paramref name="now"/> atomically and returns it as it now
    /// is; null when it is unknown, not approved or already consumed. Of concurrent callers exactly one wins. Expiry is
    /// the caller's rule.
    /// </summary>
    Task<DeviceAuthorization?> TryConsumeAsync(byte[] deviceCodeHash, DateTimeOffset now, CancellationToken cancellationToken = default);
}

namespace Warden.Core.Devices;

public enum DeviceAuthorizationStatus
{
    Pending,
    Approved,
    Denied,
}

/// <summary>
/// A device authorization request (RFC 8628 §3.1) as stored: only keyed hashes of the device code and the user code,
/// the client and scopes it asked for, and once a person decided, who and how. Approved requests are redeemed once:
/// <see cref="IDeviceAuthorizationStore.TryConsumeAsync"/> marks them atomically.
/// </summary>
public sealed record DeviceAuthorization
{
    public required string TenantId { get; init; }
    public required byte[] DeviceCodeHash { get; init; }
    public required byte[] UserCodeHash { get; init; }
    public required string ClientId { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public DeviceAuthorizationStatus Status { get; init; } = DeviceAuthorizationStatus.Pending;
    public Guid? UserId { get; init; }
    public DateTimeOffset? AuthTime { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? ConsumedAt { get; init; }

    public bool Equals(DeviceAuthorization? other) =>
        other is not null && TenantId == other.TenantId && DeviceCodeHash.AsSpan().SequenceEqual(other.DeviceCodeHash)
        && UserCodeHash.AsSpan().SequenceEqual(other.UserCodeHash) && ClientId == other.ClientId && Scopes.SequenceEqual(other.Scopes)
        && Status == other.Status && UserId == other.UserId && AuthTime == other.AuthTime && CreatedAt == other.CreatedAt
        && ExpiresAt == other.ExpiresAt && DecidedAt == other.DecidedAt && ConsumedAt == other.ConsumedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, ClientId, CreatedAt);
}

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
    /// <paramref name="now"/>: status, user, auth time and decision time. True when this call decided; of concurrent
    /// callers exactly one wins. Throws <see cref="Storage.MissingReferenceException"/> for an unknown user when it would decide.
    /// </summary>
    Task<bool> DecideAsync(string tenantId, byte[] userCodeHash, bool approved, Guid userId, DateTimeOffset authTime, DateTimeOffset now,
        CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks an approved, not yet consumed request consumed at <paramref name="now"/> atomically and returns it as it now
    /// is; null when it is unknown, not approved or already consumed. Of concurrent callers exactly one wins. Expiry is
    /// the caller's rule.
    /// </summary>
    Task<DeviceAuthorization?> TryConsumeAsync(byte[] deviceCodeHash, DateTimeOffset now, CancellationToken cancellationToken = default);
}

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
    /// <summary>How the approving person signed in; null until approved and for rows older than migration 0017 (a password).</summary>
    public Sessions.SignInEvidence? Evidence { get; init; }
    /// <summary>The approving user's <see cref="Users.User.SecurityStamp"/> at approval; null until approved. A renewed stamp makes it unredeemable.</summary>
    public string? SecurityStamp { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? DecidedAt { get; init; }
    public DateTimeOffset? ConsumedAt { get; init; }

    public bool Equals(DeviceAuthorization? other) =>
        other is not null && TenantId == other.TenantId && DeviceCodeHash.AsSpan().SequenceEqual(other.DeviceCodeHash)
        && UserCodeHash.AsSpan().SequenceEqual(other.UserCodeHash) && ClientId == other.ClientId && Scopes.SequenceEqual(other.Scopes)
        && Status == other.Status && UserId == other.UserId && AuthTime == other.AuthTime && Equals(Evidence, other.Evidence) && SecurityStamp == other.SecurityStamp && CreatedAt == other.CreatedAt
        && ExpiresAt == other.ExpiresAt && DecidedAt == other.DecidedAt && ConsumedAt == other.ConsumedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, ClientId, CreatedAt);
}

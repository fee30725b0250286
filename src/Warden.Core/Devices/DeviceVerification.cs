using System.Globalization;
using Warden.Core.Audit;
using Warden.Core.Authorization;
using Warden.Core.Caching;
using Warden.Core.Clients;
using Warden.Core.Security;
using Warden.Core.Sessions;
using Warden.Core.Users;

namespace Warden.Core.Devices;

/// <summary>A pending device request a person is about to approve or deny, with the client that made it.</summary>
public sealed record PendingDevice(DeviceAuthorization Authorization, Client Client, string UserCode);

public enum DeviceLookupFailure
{
    None,
    UnknownCode,
    TooManyAttempts,
}

/// <summary>
/// The person's side of the device flow (RFC 8628 §3.3): finding a pending request by its user code, and recording
/// the decision. User codes have about 34 bits, so wrong codes are counted per session and per address in the cache
/// store (shared by every instance with Redis), and past a limit no code is looked up at all until the window ends.
/// </summary>
public sealed class DeviceVerification(
    IDeviceAuthorizationStore store,
    ClientDirectory clients,
    ConsentRules consent,
    ICacheStore cache,
    SecretHasher hasher,
    AuditTrail audit,
    TimeProvider time)
{
    public const int MaxWrongCodesPerSession = 5;
    public const int MaxWrongCodesPerAddress = 20;
    public static readonly TimeSpan WrongCodeWindow = TimeSpan.FromMinutes(15);

    /// <param name="sessionId">The browser session's id; only its keyed hash is used as a counter key.</param>
    public async Task<(PendingDevice? Device, DeviceLookupFailure Failure)> FindAsync(string tenantId, string? typed, string sessionId,
        string? ipAddress, CancellationToken cancellationToken)
    {
        var counters = CounterKeys(sessionId, ipAddress);
        if (await CountAsync(counters.Session, cancellationToken) >= MaxWrongCodesPerSession
            || await CountAsync(counters.Address, cancellationToken) >= MaxWrongCodesPerAddress)
            return (null, DeviceLookupFailure.TooManyAttempts);

        var canonical = UserCodes.Normalize(typed);
        var authorization = canonical is null ? null : await store.FindByUserCodeAsync(tenantId, hasher.Hash(canonical), cancellationToken);
        var client = authorization is null ? null : (await clients.FindAsync(tenantId, authorization.ClientId, cancellationToken))?.Client;
        if (authorization is not { Status: DeviceAuthorizationStatus.Pending } || authorization.ExpiresAt <= time.GetUtcNow() || client is null)
        {
            await cache.IncrementAsync(counters.Session, WrongCodeWindow, cancellationToken);
            await cache.IncrementAsync(counters.Address, WrongCodeWindow, cancellationToken);
            return (null, DeviceLookupFailure.UnknownCode);
        }
        return (new PendingDevice(authorization, client, UserCodes.Format(canonical!)), DeviceLookupFailure.None);
    }

    /// <summary>Records the decision; false when the request was decided meanwhile or has expired. Approval is remembered as consent.</summary>
    /// <param name="session">The approving person's sign-in session: its sign-in time and evidence go into the device's grant.</param>
    public async Task<bool> DecideAsync(PendingDevice device, User user, UserSession session, bool approved, string? ipAddress,
        CancellationToken cancellationToken)
    {
        var authorization = device.Authorization;
        if (!await store.DecideAsync(authorization.TenantId, authorization.UserCodeHash, approved, user.Id, user.SecurityStamp, session.AuthTime,
                session.EffectiveEvidence, time.GetUtcNow(),
                cancellationToken))
            return false;
        if (approved)
            await consent.RememberAsync(device.Client, user.Id, authorization.Scopes, cancellationToken);
        audit.Record(authorization.TenantId, approved ? "device_authorization_approved" : "device_authorization_denied",
            approved ? "success" : "failure", authorization.ClientId, user.Id.ToString(), ipAddress,
            new { scope = string.Join(' ', authorization.Scopes) });
        return true;
    }

    private (string Session, string Address) CounterKeys(string sessionId, string? ipAddress) =>
        ("device-guess:session:" + Convert.ToHexString(hasher.Hash(sessionId)), "device-guess:address:" + (ipAddress ?? "unknown"));

    private async Task<long> CountAsync(string key, CancellationToken cancellationToken) =>
        await cache.GetAsync(key, cancellationToken) is { } value && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : 0;
}

using Warden.Core.Caching;
using Warden.Core.Clients;
using Warden.Core.Devices;
using Warden.Core.Errors;
using Warden.Core.Protocol;
using Warden.Core.Security;
using Warden.Core.Tokens;
using Warden.Core.Users;

namespace Warden.Core.Grants;

/// <summary>
/// RFC 8628 §3.4–3.5: the device polls with its device code. While the person has not decided it gets
/// authorization_pending, or slow_down when it polls faster than its interval (which then grows by 5 seconds,
/// remembered in the cache store so every instance applies it); access_denied after a denial; expired_token after
/// expiry; after approval the tokens, exactly once (atomic consume), and invalid_grant to any later poll, or when the
/// approving user's security stamp changed since approval.
/// </summary>
public sealed class DeviceCodeGrant(
    IDeviceAuthorizationStore store,
    IUserStore users,
    UserTokenIssuer tokens,
    ICacheStore cache,
    SecretHasher hasher,
    DeviceFlowOptions options,
    TimeProvider time) : IGrantHandler
{
    private static readonly TimeSpan SlowDownStep = TimeSpan.FromSeconds(5);

    public string GrantType => OAuthNames.GrantTypes.DeviceCode;

    public async Task<TokenResult> HandleAsync(RegisteredClient registered, ProtocolParameters parameters, RequestContext context,
        CancellationToken cancellationToken)
    {
        var client = registered.Client;
        var (authorization, hash, missing) = await PresentedCredentials.FindAsync(parameters, OAuthNames.Parameters.DeviceCode, client, hasher,
            found => store.FindByDeviceCodeAsync(found, cancellationToken), stored => (stored.TenantId, stored.ClientId));
        if (missing is not null)
            return TokenResult.Failed(missing);
        if (authorization is null)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.DeviceCodeInvalid, "unknown device code, or issued to another client"));

        var now = time.GetUtcNow();
        if (authorization.ConsumedAt is not null)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.DeviceCodeInvalid, "already redeemed"));
        if (authorization.ExpiresAt <= now)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.DeviceCodeExpired));
        switch (authorization.Status)
        {
            case DeviceAuthorizationStatus.Denied:
                return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.Denied));
            case DeviceAuthorizationStatus.Pending:
                return TokenResult.Failed(await PacePollingAsync(hash!, authorization.ExpiresAt - now, cancellationToken));
        }

        var consumed = await store.TryConsumeAsync(hash!, now, cancellationToken);
        if (consumed is null)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.DeviceCodeInvalid, "redeemed by a concurrent poll"));
        var user = await users.FindByIdAsync(consumed.TenantId, consumed.UserId!.Value, cancellationToken);
        if (user is not { IsActive: true })
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.DeviceCodeInvalid, "the user is deactivated or deleted"));
        if (user.SecurityStamp != consumed.SecurityStamp)
            return TokenResult.Failed(OAuthError.From(ErrorCatalog.Device.DeviceCodeInvalid,
                "the user's security stamp changed since approval (password changed or reset)"));
        // The device is not the browser that approved it, so its tokens belong to no sign-in session.
        var response = await tokens.IssueAsync(new UserGrant(client, user, consumed.Scopes, consumed.AuthTime!.Value, null, Guid.CreateVersion7(),
            null, GrantType, SessionId: null, consumed.Evidence), context.IpAddress, cancellationToken);
        return new TokenResult(response, null);
    }

    /// <summary>
    /// authorization_pending, or slow_down when the previous poll was less than the device's interval ago. A poll marks
    /// the device as polled for one interval; polling inside that window lengthens the interval and restarts it.
    /// </summary>
    private async Task<OAuthError> PacePollingAsync(byte[] hash, TimeSpan remaining, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(hash);
        var intervalKey = "device-interval:" + key;
        var interval = await cache.GetAsync(intervalKey, cancellationToken) is { } stored && int.TryParse(stored, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : options.PollInterval;
        if (await cache.SetIfAbsentAsync("device-polled:" + key, "1", interval, cancellationToken))
            return OAuthError.From(ErrorCatalog.Device.Pending);

        interval += SlowDownStep;
        await cache.SetAsync(intervalKey, ((int)interval.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture), remaining,
            cancellationToken);
        await cache.SetAsync("device-polled:" + key, "1", interval, cancellationToken);
        return OAuthError.From(ErrorCatalog.Device.SlowDown,
            arguments: [interval.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)]);
    }
}

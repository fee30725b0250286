using System.Globalization;
using System.Text.Json;
using Warden.Core.Caching;
using Warden.Core.Security;
using Warden.Core.Users;

namespace Warden.Core.Sessions;

/// <summary>A signed-in person: who, since when, and the security stamp their account had at sign-in.</summary>
/// <param name="Sid">
/// The session's public identifier (128 random bits, not the cookie's secret): the OpenID Connect <c>sid</c> of the ID
/// tokens issued in it, and the <c>session_id</c> of the codes and refresh tokens it granted. Null for sessions made
/// before it existed.
/// </param>
/// <param name="IdleTimeout">
/// How long the session survives unused, fixed at sign-in; null when there is none (also for sessions made before it existed).
/// </param>
public sealed record UserSession(string TenantId, Guid UserId, string SecurityStamp, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt,
    string? Sid = null, TimeSpan? IdleTimeout = null);

/// <summary>
/// Browser sessions kept in the cache store, so instances sharing Redis share sign-ins. The cookie carries a
/// 256-bit random session id; the cache key is its keyed hash, so a cache dump reveals no usable session.
/// A session ends at its absolute expiry or, with an idle timeout, when it has not been used for that long. When it
/// was last used is a second entry whose lifetime slides with use: rewritten at most once a minute, so a busy session
/// does not write on every request, and separate from the session itself, so a refresh racing a sign-out never brings
/// the ended session back.
/// </summary>
public sealed class SessionStore(ICacheStore cache, SecretHasher hasher, SignInOptions options, TimeProvider time)
{
    /// <summary>How stale the recorded last use may be: the idle timeout is measured to within this much.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    public async Task<string> CreateAsync(string tenantId, Guid userId, string securityStamp, TimeSpan lifetime,
        CancellationToken cancellationToken = default)
    {
        var id = RandomValues.Secret();
        var now = time.GetUtcNow();
        var idle = options.IdleTimeout > TimeSpan.Zero ? options.IdleTimeout : (TimeSpan?)null;
        var session = new UserSession(tenantId, userId, securityStamp, now, now + lifetime, RandomValues.Identifier(), idle);
        var key = Key(id);
        await cache.SetAsync(key, JsonSerializer.Serialize(session), lifetime, cancellationToken);
        if (idle is { } idleTimeout)
            await MarkSeenAsync(key, now, Min(idleTimeout, lifetime), cancellationToken);
        return id;
    }

    /// <summary>The session, or null when unknown, expired, idle for longer than its idle timeout, or malformed.</summary>
    public async Task<UserSession?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id.Length is 0 or > 100)
            return null;
        var key = Key(id);
        var json = await cache.GetAsync(key, cancellationToken);
        if (json is null)
            return null;
        var session = JsonSerializer.Deserialize<UserSession>(json);
        var now = time.GetUtcNow();
        if (session is null || session.ExpiresAt <= now)
            return null;
        if (session.IdleTimeout is not { } idle)
            return session;

        if (await cache.GetAsync(SeenKey(key), cancellationToken) is not { } seenText
            || !long.TryParse(seenText, NumberStyles.None, CultureInfo.InvariantCulture, out var seenMilliseconds))
            return null;
        var seen = DateTimeOffset.FromUnixTimeMilliseconds(seenMilliseconds);
        if (now - seen >= idle)
            return null;
        if (now - seen >= LastSeenResolution)
            await MarkSeenAsync(key, now, Min(idle, session.ExpiresAt - now), cancellationToken);
        return session;
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var key = Key(id);
        await cache.DeleteAsync(key, cancellationToken);
        await cache.DeleteAsync(SeenKey(key), cancellationToken);
    }

    private Task MarkSeenAsync(string key, DateTimeOffset now, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        cache.SetAsync(SeenKey(key), now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), timeToLive, cancellationToken);

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;

    private string Key(string id) => "session:" + Convert.ToHexString(hasher.Hash(id));

    private static string SeenKey(string sessionKey) => sessionKey + ":seen";
}

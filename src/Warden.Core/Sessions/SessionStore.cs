using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
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
/// <param name="UserAgent">The browser's User-Agent at sign-in (shortened), for the account page's list; null when unknown.</param>
/// <param name="Address">The client address at sign-in, for the account page's list; null when unknown.</param>
/// <param name="Evidence">How the person signed in; null for sessions made before it was recorded (password sign-ins).</param>
public sealed record UserSession(string TenantId, Guid UserId, string SecurityStamp, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt,
    string? Sid = null, TimeSpan? IdleTimeout = null, string? UserAgent = null, string? Address = null, SignInEvidence? Evidence = null)
{
    /// <summary>How the person signed in, reading a session from before it was recorded as a password sign-in.</summary>
    [JsonIgnore]
    public SignInEvidence EffectiveEvidence => Evidence ?? SignInEvidence.Password;
}

/// <summary>One of a person's live sessions, as the account page lists it; <paramref name="LastSeen"/> is to within a minute.</summary>
public sealed record ListedSession(UserSession Session, DateTimeOffset LastSeen);

/// <summary>
/// Browser sessions kept in the cache store, so instances sharing Redis share sign-ins. The cookie carries a
/// 256-bit random session id; the cache key is its keyed hash, so a cache dump reveals no usable session.
/// A session ends at its absolute expiry or, with an idle timeout, when it has not been used for that long. When it
/// was last used is a second entry whose lifetime slides with use: rewritten at most once a minute, so a busy session
/// does not write on every request, and separate from the session itself, so a refresh racing a sign-out never brings
/// the ended session back.
/// <para>
/// Each person's sessions are also members of a per-user set in the cache (the hashes, never the cookie's id), so the
/// account page can list them and end one on every instance. The set lives as long as the longest session added to it;
/// members whose session has ended are dropped when the set is read.
/// </para>
/// </summary>
public sealed class SessionStore(ICacheStore cache, SecretHasher hasher, SignInOptions options, TimeProvider time)
{
    /// <summary>How stale the recorded last use may be: the idle timeout is measured to within this much.</summary>
    public static readonly TimeSpan LastSeenResolution = TimeSpan.FromMinutes(1);

    /// <summary>The longest User-Agent kept: enough for every real browser's, and a bound on what a client can make us store.</summary>
    public const int MaxUserAgentLength = 400;

    /// <param name="userAgent">The browser's User-Agent, kept (shortened) for the account page's list of sessions.</param>
    /// <param name="address">The client's address, kept for the same list.</param>
    /// <param name="evidence">How the person signed in: the <c>amr</c> and <c>acr</c> of the ID tokens issued in this session.</param>
    public async Task<string> CreateAsync(string tenantId, Guid userId, string securityStamp, TimeSpan lifetime, string? userAgent, string? address,
        SignInEvidence evidence, CancellationToken cancellationToken = default)
    {
        var id = RandomValues.Secret();
        var now = time.GetUtcNow();
        var idle = options.IdleTimeout > TimeSpan.Zero ? options.IdleTimeout : (TimeSpan?)null;
        var shortAgent = userAgent is { Length: > MaxUserAgentLength } ? userAgent[..MaxUserAgentLength] : userAgent;
        var session = new UserSession(tenantId, userId, securityStamp, now, now + lifetime, RandomValues.Identifier(), idle,
            string.IsNullOrWhiteSpace(shortAgent) ? null : shortAgent, address, evidence);
        var hash = Hash(id);
        var key = Key(hash);
        await cache.SetAsync(key, JsonSerializer.Serialize(session), lifetime, cancellationToken);
        await MarkSeenAsync(key, now, Min(idle ?? lifetime, lifetime), cancellationToken);
        await cache.AddToSetAsync(IndexKey(tenantId, userId), hash, lifetime, cancellationToken);
        return id;
    }

    /// <summary>The session, or null when unknown, expired, idle for longer than its idle timeout, or malformed.</summary>
    public async Task<UserSession?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id.Length is 0 or > 100)
            return null;
        return (await ReadAsync(Key(Hash(id)), markSeen: true, cancellationToken))?.Session;
    }

    /// <summary>Ends the session whose cookie carries <paramref name="id"/>.</summary>
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        var hash = Hash(id);
        var key = Key(hash);
        var session = await cache.GetAsync(key, cancellationToken) is { } json ? Parse(json) : null;
        await DeleteEntriesAsync(key, cancellationToken);
        if (session is not null)
            await cache.RemoveFromSetAsync(IndexKey(session.TenantId, session.UserId), hash, cancellationToken);
    }

    /// <summary>
    /// The user's live sessions bound to the account's current security stamp, most recently seen first. Sessions that
    /// ended (or belong to an older stamp, and so can no longer be used) are removed on the way.
    /// </summary>
    public async Task<IReadOnlyList<ListedSession>> ListAsync(User user, CancellationToken cancellationToken = default) =>
        [.. (await ReadIndexAsync(user, cancellationToken)).Select(entry => entry.Listed).OrderByDescending(listed => listed.LastSeen)];

    /// <summary>Ends the user's session whose public identifier is <paramref name="sid"/>, on every instance; false when the user has none such.</summary>
    public async Task<bool> EndAsync(User user, string sid, CancellationToken cancellationToken = default)
    {
        var ended = false;
        foreach (var (hash, listed) in await ReadIndexAsync(user, cancellationToken))
        {
            if (listed.Session.Sid != sid)
                continue;
            await EndIndexedAsync(user, hash, cancellationToken);
            ended = true;
        }
        return ended;
    }

    /// <summary>Ends every session of the user except the one whose public identifier is <paramref name="keptSid"/>; returns how many it ended.</summary>
    public async Task<int> EndOthersAsync(User user, string? keptSid, CancellationToken cancellationToken = default)
    {
        var ended = 0;
        foreach (var (hash, listed) in await ReadIndexAsync(user, cancellationToken))
        {
            if (keptSid is not null && listed.Session.Sid == keptSid)
                continue;
            await EndIndexedAsync(user, hash, cancellationToken);
            ended++;
        }
        return ended;
    }

    /// <summary>The indexed sessions still usable, after removing the others from the index and the cache.</summary>
    private async Task<List<(string Hash, ListedSession Listed)>> ReadIndexAsync(User user, CancellationToken cancellationToken)
    {
        var live = new List<(string, ListedSession)>();
        foreach (var hash in await cache.SetMembersAsync(IndexKey(user.TenantId, user.Id), cancellationToken))
        {
            var listed = await ReadAsync(Key(hash), markSeen: false, cancellationToken);
            if (listed is not null && listed.Session.UserId == user.Id && listed.Session.SecurityStamp == user.SecurityStamp)
                live.Add((hash, listed));
            else
                await EndIndexedAsync(user, hash, cancellationToken);
        }
        return live;
    }

    private async Task EndIndexedAsync(User user, string hash, CancellationToken cancellationToken)
    {
        await DeleteEntriesAsync(Key(hash), cancellationToken);
        await cache.RemoveFromSetAsync(IndexKey(user.TenantId, user.Id), hash, cancellationToken);
    }

    /// <summary>The session at <paramref name="key"/> while it is usable, with when it was last used (its sign-in when unrecorded).</summary>
    private async Task<ListedSession?> ReadAsync(string key, bool markSeen, CancellationToken cancellationToken)
    {
        if (await cache.GetAsync(key, cancellationToken) is not { } json || Parse(json) is not { } session)
            return null;
        var now = time.GetUtcNow();
        if (session.ExpiresAt <= now)
            return null;
        DateTimeOffset? seen = await cache.GetAsync(SeenKey(key), cancellationToken) is { } seenText
                               && long.TryParse(seenText, NumberStyles.None, CultureInfo.InvariantCulture, out var seenMilliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(seenMilliseconds)
            : null;
        if (session.IdleTimeout is { } idle && (seen is null || now - seen >= idle))
            return null;
        if (markSeen && (seen is null || now - seen >= LastSeenResolution))
            await MarkSeenAsync(key, now, Min(session.IdleTimeout ?? session.ExpiresAt - now, session.ExpiresAt - now), cancellationToken);
        return new ListedSession(session, seen ?? session.AuthTime);
    }

    private static UserSession? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<UserSession>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private async Task DeleteEntriesAsync(string key, CancellationToken cancellationToken)
    {
        await cache.DeleteAsync(key, cancellationToken);
        await cache.DeleteAsync(SeenKey(key), cancellationToken);
    }

    private Task MarkSeenAsync(string key, DateTimeOffset now, TimeSpan timeToLive, CancellationToken cancellationToken) =>
        cache.SetAsync(SeenKey(key), now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), timeToLive, cancellationToken);

    private static TimeSpan Min(TimeSpan first, TimeSpan second) => first < second ? first : second;

    private string Hash(string id) => Convert.ToHexString(hasher.Hash(id));

    private static string Key(string hash) => "session:" + hash;

    private static string SeenKey(string sessionKey) => sessionKey + ":seen";

    private static string IndexKey(string tenantId, Guid userId) => $"sessions-of:{tenantId}:{userId:N}";
}

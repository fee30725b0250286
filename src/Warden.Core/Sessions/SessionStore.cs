using System.Text.Json;
using Warden.Core.Caching;
using Warden.Core.Security;

namespace Warden.Core.Sessions;

/// <summary>A signed-in person: who, since when, and the security stamp their account had at sign-in.</summary>
/// <param name="Sid">
/// The session's public identifier (128 random bits, not the cookie's secret): the OpenID Connect <c>sid</c> of the ID
/// tokens issued in it, and the <c>session_id</c> of the codes and refresh tokens it granted. Null for sessions made
/// before it existed.
/// </param>
public sealed record UserSession(string TenantId, Guid UserId, string SecurityStamp, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt,
    string? Sid = null);

/// <summary>
/// Browser sessions kept in the cache store, so instances sharing Redis share sign-ins. The cookie carries a
/// 256-bit random session id; the cache key is its keyed hash, so a cache dump reveals no usable session.
/// </summary>
public sealed class SessionStore(ICacheStore cache, SecretHasher hasher, TimeProvider time)
{
    public async Task<string> CreateAsync(string tenantId, Guid userId, string securityStamp, TimeSpan lifetime,
        CancellationToken cancellationToken = default)
    {
        var id = RandomValues.Secret();
        var now = time.GetUtcNow();
        var session = new UserSession(tenantId, userId, securityStamp, now, now + lifetime, RandomValues.Identifier());
        await cache.SetAsync(Key(id), JsonSerializer.Serialize(session), lifetime, cancellationToken);
        return id;
    }

    /// <summary>The session, or null when unknown, expired or malformed.</summary>
    public async Task<UserSession?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (id.Length is 0 or > 100)
            return null;
        var json = await cache.GetAsync(Key(id), cancellationToken);
        if (json is null)
            return null;
        var session = JsonSerializer.Deserialize<UserSession>(json);
        return session is not null && session.ExpiresAt > time.GetUtcNow() ? session : null;
    }

    public Task DeleteAsync(string id, CancellationToken cancellationToken = default) => cache.DeleteAsync(Key(id), cancellationToken);

    private string Key(string id) => "session:" + Convert.ToHexString(hasher.Hash(id));
}

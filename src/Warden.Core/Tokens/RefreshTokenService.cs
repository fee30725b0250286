using System.Collections.Concurrent;
using Warden.Core.Authorization;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>A rotation's result: what the store did and, when a successor was written, its value for the client.</summary>
public sealed record RefreshRotation(RefreshRotationOutcome Outcome, string? Successor);

/// <summary>
/// The one owner of refresh tokens: finds them, writes a family's first token, rotates (consume and successor in one
/// store transaction, with the reuse grace window) and revokes families. Grants, the revocation endpoint and
/// <see cref="GrantRevocation"/> go through it; nothing else touches <see cref="IRefreshTokenStore"/>.
/// <para>
/// It remembers the tokens this instance wrote, as written, until they are presented (at most
/// <see cref="WrittenCapacity"/>; beyond that it starts afresh), so that the usual rotation, where a client presents
/// the token this instance gave it last, needs no read before the rotation's transaction. That is safe because what
/// the rotation takes from the presented token (its client, family, user, scopes, sign-in and expiry) never changes
/// once written, and everything that does change (consumed, revoked, the family's revocation, the user's state) the
/// store decides from what is stored, in the transaction that consumes.
/// </para>
/// </summary>
/// <param name="authorization">The server's lifetimes, under each tenant's own (<see cref="Tenants.TenantSettings.AuthorizationOver"/>).</param>
public sealed class RefreshTokenService(IRefreshTokenStore store, SecretHasher hasher, AuthorizationOptions authorization, Tenants.TenantDirectory tenants,
    TimeProvider time)
{
    /// <summary>How many of the tokens this instance wrote it remembers for their rotation.</summary>
    public const int WrittenCapacity = 4096;

    private readonly ConcurrentDictionary<string, RefreshToken> _written = new(StringComparer.Ordinal);

    /// <summary>The token the presented value hashes to, in its stored state, or null.</summary>
    public Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken) => store.FindAsync(hash, cancellationToken);

    /// <summary>
    /// The token to rotate: as this instance wrote it when it did and it has not expired (its consumption and
    /// revocation are then unknown here, and decided by <see cref="RotateAsync"/>), otherwise in its stored state.
    /// An expired token is always read, so that presenting a consumed one still counts as reuse.
    /// </summary>
    public async Task<RefreshToken?> FindForRotationAsync(byte[] hash, CancellationToken cancellationToken) =>
        _written.TryRemove(Convert.ToHexString(hash), out var written) && written.ExpiresAt > time.GetUtcNow()
            ? written
            : await store.FindAsync(hash, cancellationToken);

    /// <summary>Writes the first token of the grant's family and returns its value.</summary>
    public async Task<string> IssueFirstAsync(UserGrant grant, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (value, token) = NewToken(await LifetimesAsync(grant.Client.TenantId, cancellationToken), new RefreshToken
        {
            TenantId = grant.Client.TenantId, Hash = [], Id = Guid.Empty, FamilyId = grant.FamilyId, ClientId = grant.Client.ClientId,
            UserId = grant.User.Id, Scopes = grant.Scopes, AuthTime = grant.AuthTime, SessionId = grant.SessionId, Evidence = grant.Evidence,
            SecurityStamp = grant.User.SecurityStamp, CreatedAt = now, ExpiresAt = now,
        }, parentId: null, now);
        await store.CreateAsync(token, cancellationToken);
        Remember(token);
        return value;
    }

    /// <summary>
    /// Rotates <paramref name="presented"/> into a successor with <paramref name="scopes"/> (the same or narrower) and
    /// returns the outcome; on <see cref="RefreshRotationOutcome.Reused"/> the store has already revoked the family.
    /// </summary>
    public async Task<RefreshRotation> RotateAsync(RefreshToken presented, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (value, successor) = NewToken(await LifetimesAsync(presented.TenantId, cancellationToken), presented with { Scopes = scopes }, presented.Id, now);
        var outcome = await store.RotateAsync(presented, successor, now, authorization.RefreshTokenReuseGrace, cancellationToken);
        if (outcome is not (RefreshRotationOutcome.Rotated or RefreshRotationOutcome.Retried))
            return new RefreshRotation(outcome, null);
        Remember(successor);
        return new RefreshRotation(outcome, value);
    }

    /// <summary>Revokes the family; its record is kept as long as any token of it could still be presented.</summary>
    public async Task<int> RevokeFamilyAsync(string tenantId, string clientId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        await store.RevokeFamilyAsync(tenantId, clientId, familyId, now, now + (await LifetimesAsync(tenantId, cancellationToken)).RefreshTokenLifetime,
            cancellationToken);

    /// <summary>
    /// Ends every refresh token family of the user now, or only those of <paramref name="clientId"/> when given (the
    /// person revoked that application). Returns how many families it ended.
    /// </summary>
    public Task<int> RevokeUserFamiliesAsync(string tenantId, Guid userId, string? clientId, CancellationToken cancellationToken) =>
        store.RevokeUserFamiliesAsync(tenantId, userId, clientId, time.GetUtcNow(), cancellationToken);

    private async ValueTask<AuthorizationOptions> LifetimesAsync(string tenantId, CancellationToken cancellationToken) =>
        (await tenants.SettingsAsync(tenantId, cancellationToken)).AuthorizationOver(authorization);

    private void Remember(RefreshToken token)
    {
        if (_written.Count >= WrittenCapacity)
            _written.Clear();
        _written[Convert.ToHexString(token.Hash)] = token;
    }

    /// <summary>A fresh value and the row for it: idle lifetime from now, never past the family's absolute lifetime counted from the sign-in.</summary>
    private (string Value, RefreshToken Token) NewToken(AuthorizationOptions lifetimes, RefreshToken grant, Guid? parentId, DateTimeOffset now)
    {
        var value = RandomValues.Secret();
        var idleEnd = now + lifetimes.RefreshTokenIdleLifetime;
        var absoluteEnd = grant.AuthTime + lifetimes.RefreshTokenLifetime;
        return (value, grant with
        {
            Hash = hasher.Hash(value), Id = Guid.CreateVersion7(), ParentId = parentId, CreatedAt = now,
            ExpiresAt = idleEnd < absoluteEnd ? idleEnd : absoluteEnd, ConsumedAt = null, RevokedAt = null,
        });
    }
}

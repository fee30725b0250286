using Warden.Core.Authorization;
using Warden.Core.Security;

namespace Warden.Core.Tokens;

/// <summary>A rotation's result: what the store did and, when a successor was written, its value for the client.</summary>
public sealed record RefreshRotation(RefreshRotationOutcome Outcome, string? Successor);

/// <summary>
/// The one owner of refresh tokens: finds them, writes a family's first token, rotates (consume and successor in one
/// store transaction, with the reuse grace window) and revokes families. Grants, the revocation endpoint and
/// <see cref="GrantRevocation"/> go through it; nothing else touches <see cref="IRefreshTokenStore"/>.
/// </summary>
public sealed class RefreshTokenService(IRefreshTokenStore store, SecretHasher hasher, AuthorizationOptions authorization, TimeProvider time)
{
    /// <summary>The token the presented value hashes to, in whatever state, or null.</summary>
    public Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken) => store.FindAsync(hash, cancellationToken);

    /// <summary>Writes the first token of the grant's family and returns its value.</summary>
    public async Task<string> IssueFirstAsync(UserGrant grant, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (value, token) = NewToken(new RefreshToken
        {
            TenantId = grant.Client.TenantId, Hash = [], Id = Guid.Empty, FamilyId = grant.FamilyId, ClientId = grant.Client.ClientId,
            UserId = grant.User.Id, Scopes = grant.Scopes, AuthTime = grant.AuthTime, SessionId = grant.SessionId, Evidence = grant.Evidence,
            SecurityStamp = grant.User.SecurityStamp, CreatedAt = now, ExpiresAt = now,
        }, parentId: null, now);
        await store.CreateAsync(token, cancellationToken);
        return value;
    }

    /// <summary>
    /// Rotates <paramref name="presented"/> into a successor with <paramref name="scopes"/> (the same or narrower) and
    /// returns the outcome; on <see cref="RefreshRotationOutcome.Reused"/> the store has already revoked the family.
    /// </summary>
    public async Task<RefreshRotation> RotateAsync(RefreshToken presented, IReadOnlyList<string> scopes, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var (value, successor) = NewToken(presented with { Scopes = scopes }, presented.Id, now);
        var outcome = await store.RotateAsync(presented, successor, now, authorization.RefreshTokenReuseGrace, cancellationToken);
        return new RefreshRotation(outcome, outcome is RefreshRotationOutcome.Rotated or RefreshRotationOutcome.Retried ? value : null);
    }

    /// <summary>Revokes the family; its record is kept as long as any token of it could still be presented.</summary>
    public Task<int> RevokeFamilyAsync(string tenantId, string clientId, Guid familyId, DateTimeOffset now, CancellationToken cancellationToken) =>
        store.RevokeFamilyAsync(tenantId, clientId, familyId, now, now + authorization.RefreshTokenLifetime, cancellationToken);

    /// <summary>
    /// Ends every refresh token family of the user now, or only those of <paramref name="clientId"/> when given (the
    /// person revoked that application). Returns how many families it ended.
    /// </summary>
    public Task<int> RevokeUserFamiliesAsync(string tenantId, Guid userId, string? clientId, CancellationToken cancellationToken) =>
        store.RevokeUserFamiliesAsync(tenantId, userId, clientId, time.GetUtcNow(), cancellationToken);

    /// <summary>A fresh value and the row for it: idle lifetime from now, never past the family's absolute lifetime counted from the sign-in.</summary>
    private (string Value, RefreshToken Token) NewToken(RefreshToken grant, Guid? parentId, DateTimeOffset now)
    {
        var value = RandomValues.Secret();
        var idleEnd = now + authorization.RefreshTokenIdleLifetime;
        var absoluteEnd = grant.AuthTime + authorization.RefreshTokenLifetime;
        return (value, grant with
        {
            Hash = hasher.Hash(value), Id = Guid.CreateVersion7(), ParentId = parentId, CreatedAt = now,
            ExpiresAt = idleEnd < absoluteEnd ? idleEnd : absoluteEnd, ConsumedAt = null, RevokedAt = null,
        });
    }
}

using Warden.Core.Storage;
using Warden.Core.Tokens;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryRefreshTokenStore(MemoryState state) : IRefreshTokenStore
{
    public Task CreateAsync(RefreshToken token, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(token.TenantId);
            var key = Convert.ToHexString(token.Hash);
            if (state.RefreshTokens.ContainsKey(key) || state.RefreshTokens.Values.Any(existing => existing.Id == token.Id))
                throw new DuplicateEntityException("refresh token", token.Id.ToString());
            Write(token);
        }
        return Task.CompletedTask;
    }

    public Task<RefreshToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.RefreshTokens.GetValueOrDefault(Convert.ToHexString(hash)));
    }

    public Task<RefreshRotationOutcome> RotateAsync(RefreshToken presented, RefreshToken successor, DateTimeOffset now, TimeSpan reuseGrace,
        CancellationToken cancellationToken = default)
    {
        var key = Convert.ToHexString(presented.Hash);
        now = StoredTime.Truncate(now);
        lock (state.Sync)
        {
            if (!state.RefreshTokens.TryGetValue(key, out var current))
                return Task.FromResult(RefreshRotationOutcome.NotFound);
            if (current.RevokedAt is not null
                || state.RefreshTokenFamilies.GetValueOrDefault((current.TenantId, current.FamilyId)) is { RevokedAt: not null })
                return Task.FromResult(RefreshRotationOutcome.Revoked);
            if (state.RefreshTokens.ContainsKey(Convert.ToHexString(successor.Hash)))
                throw new DuplicateEntityException("refresh token", successor.Id.ToString());
            KeepFamilyUntil(current.TenantId, current.FamilyId, current.ClientId, successor.ExpiresAt);
            if (state.Users.GetValueOrDefault(current.UserId) is not { IsActive: true } user || user.TenantId != current.TenantId
                || user.SecurityStamp != current.SecurityStamp)
            {
                RevokeFamily(current.TenantId, current.FamilyId, now);
                return Task.FromResult(RefreshRotationOutcome.UserChanged);
            }

            var outcome = RefreshRotationOutcome.Rotated;
            if (current.ConsumedAt is { } consumedAt)
            {
                var children = state.RefreshTokens
                    .Where(pair => pair.Value.TenantId == current.TenantId && pair.Value.ParentId == current.Id).ToList();
                if (reuseGrace <= TimeSpan.Zero || consumedAt < now - reuseGrace || children.Any(pair => pair.Value.ConsumedAt is not null))
                {
                    RevokeFamily(current.TenantId, current.FamilyId, now);
                    return Task.FromResult(RefreshRotationOutcome.Reused);
                }
                foreach (var (childKey, child) in children.Where(pair => pair.Value.RevokedAt is null))
                    state.RefreshTokens[childKey] = child with { RevokedAt = now };
                outcome = RefreshRotationOutcome.Retried;
            }
            else
            {
                state.RefreshTokens[key] = current with { ConsumedAt = now };
            }
            Write(successor);
            return Task.FromResult(outcome);
        }
    }

    public Task<int> RevokeFamilyAsync(string tenantId, string clientId, Guid familyId, DateTimeOffset now, DateTimeOffset keepUntil,
        CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(tenantId);
            KeepFamilyUntil(tenantId, familyId, clientId, keepUntil);
            return Task.FromResult(RevokeFamily(tenantId, familyId, StoredTime.Truncate(now)));
        }
    }

    /// <summary>
    /// As the SQL stores do: revokes the user's recorded families that are still live, and every token of the user
    /// (so a family that was never recorded, not rotated yet, is ended by its tokens); counts the families ended either way.
    /// </summary>
    public Task<int> RevokeUserFamiliesAsync(string tenantId, Guid userId, string? clientId, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        now = StoredTime.Truncate(now);
        lock (state.Sync)
        {
            var tokens = state.RefreshTokens
                .Where(pair => pair.Value.TenantId == tenantId && pair.Value.UserId == userId && (clientId is null || pair.Value.ClientId == clientId))
                .ToList();
            var recorded = tokens.Select(pair => pair.Value.FamilyId).Distinct()
                .Where(familyId => state.RefreshTokenFamilies.TryGetValue((tenantId, familyId), out var family) && family.RevokedAt is null)
                .ToList();
            foreach (var familyId in recorded)
                RevokeFamily(tenantId, familyId, now);
            var ended = new HashSet<Guid>(recorded);
            foreach (var (key, token) in tokens.Where(pair => pair.Value.RevokedAt is null && state.RefreshTokens[pair.Key].RevokedAt is null))
            {
                state.RefreshTokens[key] = token with { RevokedAt = now };
                ended.Add(token.FamilyId);
            }
            return Task.FromResult(ended.Count);
        }
    }

    /// <summary>Call while holding the lock: records the family when new (at its first rotation or revocation), and keeps it at least until <paramref name="expiresAt"/>.</summary>
    private void KeepFamilyUntil(string tenantId, Guid familyId, string clientId, DateTimeOffset expiresAt)
    {
        expiresAt = StoredTime.Truncate(expiresAt);
        state.RefreshTokenFamilies[(tenantId, familyId)] = state.RefreshTokenFamilies.TryGetValue((tenantId, familyId), out var family)
            ? family with { ExpiresAt = family.ExpiresAt > expiresAt ? family.ExpiresAt : expiresAt }
            : new RefreshTokenFamily(clientId, expiresAt, null);
    }

    /// <summary>Call while holding the lock, for a recorded family.</summary>
    private int RevokeFamily(string tenantId, Guid familyId, DateTimeOffset now)
    {
        var family = state.RefreshTokenFamilies[(tenantId, familyId)];
        if (family.RevokedAt is null)
            state.RefreshTokenFamilies[(tenantId, familyId)] = family with { RevokedAt = now };
        var tokens = state.RefreshTokens
            .Where(pair => pair.Value.TenantId == tenantId && pair.Value.FamilyId == familyId && pair.Value.RevokedAt is null)
            .ToList();
        foreach (var (key, token) in tokens)
            state.RefreshTokens[key] = token with { RevokedAt = now };
        return tokens.Count;
    }

    private void Write(RefreshToken token) =>
        state.RefreshTokens[Convert.ToHexString(token.Hash)] = token with
        {
            Hash = token.Hash.ToArray(), Scopes = token.Scopes.ToArray(), AuthTime = StoredTime.Truncate(token.AuthTime),
            CreatedAt = StoredTime.Truncate(token.CreatedAt), ExpiresAt = StoredTime.Truncate(token.ExpiresAt),
            ConsumedAt = StoredTime.Truncate(token.ConsumedAt), RevokedAt = StoredTime.Truncate(token.RevokedAt),
        };
}

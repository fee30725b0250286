using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryEmailTokenStore(MemoryState state) : IEmailTokenStore
{
    public Task CreateAsync(EmailToken token, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexString(token.Hash);
        lock (state.Sync)
        {
            state.RequireTenant(token.TenantId);
            if (!state.Users.ContainsKey(token.UserId))
                throw new MissingReferenceException($"user '{token.UserId}' does not exist");
            if (state.EmailTokens.ContainsKey(token.Id) || state.EmailTokenHashes.ContainsKey(hash))
                throw new DuplicateEntityException("email token", token.Id.ToString());
            state.EmailTokens[token.Id] = token with
            {
                Hash = token.Hash.ToArray(), CreatedAt = StoredTime.Truncate(token.CreatedAt), ExpiresAt = StoredTime.Truncate(token.ExpiresAt),
                UsedAt = StoredTime.Truncate(token.UsedAt),
            };
            state.EmailTokenHashes[hash] = token.Id;
        }
        return Task.CompletedTask;
    }

    public Task<EmailToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(IdOf(hash) is { } id ? state.EmailTokens[id] : null);
    }

    public Task<EmailToken?> TryUseAsync(byte[] hash, EmailTokenPurpose purpose, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var truncatedNow = StoredTime.Truncate(now);
        lock (state.Sync)
        {
            if (IdOf(hash) is not { } id)
                return Task.FromResult<EmailToken?>(null);
            var token = state.EmailTokens[id];
            if (token.Purpose != purpose || token.UsedAt is not null || token.ExpiresAt <= truncatedNow)
                return Task.FromResult<EmailToken?>(null);
            var used = token with { UsedAt = truncatedNow };
            state.EmailTokens[id] = used;
            return Task.FromResult<EmailToken?>(used);
        }
    }

    public Task<int> UseAllAsync(string tenantId, Guid userId, EmailTokenPurpose purpose, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        var truncatedNow = StoredTime.Truncate(now);
        lock (state.Sync)
        {
            var unused = state.EmailTokens.Values
                .Where(token => token.TenantId == tenantId && token.UserId == userId && token.Purpose == purpose && token.UsedAt is null)
                .ToList();
            foreach (var token in unused)
                state.EmailTokens[token.Id] = token with { UsedAt = truncatedNow };
            return Task.FromResult(unused.Count);
        }
    }

    /// <summary>Call while holding the lock.</summary>
    private Guid? IdOf(byte[] hash) => state.EmailTokenHashes.TryGetValue(Convert.ToHexString(hash), out var id) ? id : null;
}

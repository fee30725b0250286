using Warden.Core.Registration;
using Warden.Core.Storage;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryRegistrationTokenStore(MemoryState state) : IRegistrationTokenStore
{
    public Task CreateAsync(RegistrationToken token, CancellationToken cancellationToken = default)
    {
        var hash = Convert.ToHexString(token.Hash);
        lock (state.Sync)
        {
            state.RequireTenant(token.TenantId);
            if (token.ClientId is { } clientId && !state.Clients.ContainsKey((token.TenantId, clientId)))
                throw new MissingReferenceException($"client '{clientId}' does not exist");
            if (state.RegistrationTokens.ContainsKey(token.Id) || state.RegistrationTokenHashes.ContainsKey(hash))
                throw new DuplicateEntityException("registration token", token.Id.ToString());
            state.RegistrationTokens[token.Id] = token with
            {
                Hash = token.Hash.ToArray(), ExpiresAt = StoredTime.Truncate(token.ExpiresAt), CreatedAt = StoredTime.Truncate(token.CreatedAt),
                UsedAt = StoredTime.Truncate(token.UsedAt),
            };
            state.RegistrationTokenHashes[hash] = token.Id;
        }
        return Task.CompletedTask;
    }

    public Task<RegistrationToken?> FindAsync(byte[] hash, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(IdOf(hash) is { } id ? state.RegistrationTokens[id] : null);
    }

    public Task<bool> TryUseAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var truncatedNow = StoredTime.Truncate(now);
        lock (state.Sync)
        {
            if (IdOf(hash) is not { } id)
                return Task.FromResult(false);
            var token = state.RegistrationTokens[id];
            if (token.ExpiresAt <= truncatedNow || (token.SingleUse && token.UsedAt is not null))
                return Task.FromResult(false);
            state.RegistrationTokens[id] = token with { UsedAt = truncatedNow };
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<RegistrationToken>> ListAsync(string tenantId, RegistrationTokenKind kind, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<RegistrationToken>>(state.RegistrationTokens.Values
                .Where(token => token.TenantId == tenantId && token.Kind == kind)
                .OrderBy(token => token.CreatedAt)
                .ThenBy(token => token.Id.ToString("D"), StringComparer.Ordinal)
                .ToList());
        }
    }

    public Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.RemoveRegistrationTokens(token => token.TenantId == tenantId && token.Id == id) == 1);
    }

    public Task<int> DeleteForClientAsync(string tenantId, string clientId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult(state.RemoveRegistrationTokens(token =>
                token.TenantId == tenantId && token.ClientId == clientId && token.Kind == RegistrationTokenKind.RegistrationAccess));
        }
    }

    /// <summary>Call while holding the lock.</summary>
    private Guid? IdOf(byte[] hash) =>
        state.RegistrationTokenHashes.TryGetValue(Convert.ToHexString(hash), out var id) ? id : null;
}

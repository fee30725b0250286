using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryConsentStore(MemoryState state) : IConsentStore
{
    public Task SaveAsync(Consent consent, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Users.TryGetValue(consent.UserId, out var user) || user.TenantId != consent.TenantId)
                throw new MissingReferenceException($"user {consent.UserId} does not exist");
            if (!state.Clients.ContainsKey((consent.TenantId, consent.ClientId)))
                throw new MissingReferenceException($"client '{consent.ClientId}' does not exist");
            var key = (consent.TenantId, consent.UserId, consent.ClientId);
            var grantedAt = state.Consents.TryGetValue(key, out var existing) ? existing.GrantedAt : StoredTime.Truncate(consent.GrantedAt);
            state.Consents[key] = consent with
            {
                Scopes = consent.Scopes.ToArray(), GrantedAt = grantedAt, UpdatedAt = StoredTime.Truncate(consent.UpdatedAt),
            };
        }
        return Task.CompletedTask;
    }

    public Task<Consent?> FindAsync(string tenantId, Guid userId, string clientId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Consents.GetValueOrDefault((tenantId, userId, clientId)));
    }

    public Task<IReadOnlyList<Consent>> ListForUserAsync(string tenantId, Guid userId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<Consent>>(state.Consents.Values
                .Where(consent => consent.TenantId == tenantId && consent.UserId == userId)
                .OrderBy(consent => consent.ClientId, StringComparer.Ordinal).ToList());
        }
    }

    public Task<bool> RevokeAsync(string tenantId, Guid userId, string clientId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Consents.Remove((tenantId, userId, clientId)));
    }
}

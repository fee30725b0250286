using Warden.Core.Storage;
using Warden.Core.Users;

namespace Warden.Storage.Memory.Stores;

internal sealed class MemoryUserStore(MemoryState state) : IUserStore
{
    public Task CreateAsync(User user, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            state.RequireTenant(user.TenantId);
            if (state.Users.ContainsKey(user.Id))
                throw new DuplicateEntityException("user", user.Id.ToString());
            RequireUnique(user);
            state.Users[user.Id] = Normalize(user);
        }
        return Task.CompletedTask;
    }

    public Task CreateManyAsync(IReadOnlyList<User> users, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            // Every user is checked against the stored ones and those before it; only then is anything added.
            var added = new List<User>(users.Count);
            try
            {
                foreach (var user in users)
                {
                    state.RequireTenant(user.TenantId);
                    if (state.Users.ContainsKey(user.Id))
                        throw new DuplicateEntityException("user", user.Id.ToString());
                    RequireUnique(user);
                    state.Users[user.Id] = Normalize(user);
                    added.Add(user);
                }
            }
            catch
            {
                foreach (var user in added)
                    state.Users.Remove(user.Id);
                throw;
            }
        }
        return Task.CompletedTask;
    }

    public Task<User?> FindByIdAsync(string tenantId, Guid id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(state.Users.TryGetValue(id, out var user) && user.TenantId == tenantId ? user : null);
    }

    public Task<User?> FindByUsernameAsync(string tenantId, string username, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(Of(tenantId).FirstOrDefault(user => SameText(user.Username, username)));
    }

    public Task<User?> FindByEmailAsync(string tenantId, string email, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
            return Task.FromResult(Of(tenantId).FirstOrDefault(user => user.Email is not null && SameText(user.Email, email)));
    }

    public Task<IReadOnlyList<User>> ListAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            return Task.FromResult<IReadOnlyList<User>>(Of(tenantId)
                .OrderBy(user => AsciiLower(user.Username), StringComparer.Ordinal)
                .ThenBy(user => user.Id.ToString("D"), StringComparer.Ordinal)
                .ToList());
        }
    }

    public Task<bool> UpdateAsync(User user, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Users.TryGetValue(user.Id, out var existing) || existing.TenantId != user.TenantId)
                return Task.FromResult(false);
            RequireUnique(user);
            state.Users[user.Id] = Normalize(user) with { CreatedAt = existing.CreatedAt };
            return Task.FromResult(true);
        }
    }

    public Task<FailedSignInCount?> RecordFailedSignInAsync(string tenantId, Guid id, int maxFailures, DateTimeOffset lockUntil, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Users.TryGetValue(id, out var user) || user.TenantId != tenantId || user.LockedUntil > now)
                return Task.FromResult<FailedSignInCount?>(null);
            var failures = user.FailedLoginCount + 1;
            var locks = maxFailures > 0 && failures >= maxFailures;
            var updated = Normalize(user with
            {
                FailedLoginCount = locks ? 0 : failures,
                LockedUntil = locks ? lockUntil : user.LockedUntil,
                UpdatedAt = now,
            });
            state.Users[id] = updated;
            return Task.FromResult<FailedSignInCount?>(new FailedSignInCount(updated.FailedLoginCount, locks ? updated.LockedUntil : null));
        }
    }

    public Task<bool> ClearFailedSignInsAsync(string tenantId, Guid id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Users.TryGetValue(id, out var user) || user.TenantId != tenantId || user.LockedUntil > now
                || (user.FailedLoginCount == 0 && user.LockedUntil is null))
                return Task.FromResult(false);
            state.Users[id] = Normalize(user with { FailedLoginCount = 0, LockedUntil = null, UpdatedAt = now });
            return Task.FromResult(true);
        }
    }

    public Task<bool> DeleteAsync(string tenantId, Guid id, CancellationToken cancellationToken = default)
    {
        lock (state.Sync)
        {
            if (!state.Users.TryGetValue(id, out var user) || user.TenantId != tenantId)
                return Task.FromResult(false);
            state.Users.Remove(id);
            state.RemoveDeviceAuthorizations(authorization => authorization.UserId == id);
            state.RemoveEmailTokens(token => token.UserId == id);
            foreach (var passkey in state.Passkeys.Values.Where(passkey => passkey.UserId == id).ToList())
                state.Passkeys.Remove(passkey.Id);
            foreach (var login in state.ExternalLogins.Values.Where(login => login.UserId == id).ToList())
                state.ExternalLogins.Remove(login.Id);
            foreach (var key in state.ApiKeys.Values.Where(key => key.UserId == id).ToList())
                state.ApiKeys.Remove(key.PublicId);
            return Task.FromResult(true);
        }
    }

    /// <summary>The unique indexes of the SQL backends: username, and email when set, per tenant ignoring case.</summary>
    private void RequireUnique(User user)
    {
        var others = Of(user.TenantId).Where(other => other.Id != user.Id).ToList();
        if (others.Any(other => SameText(other.Username, user.Username)))
            throw new DuplicateEntityException("user", user.Username);
        if (user.Email is not null && others.Any(other => other.Email is not null && SameText(other.Email, user.Email)))
            throw new DuplicateEntityException("user", user.Username);
    }

    private IEnumerable<User> Of(string tenantId) => state.Users.Values.Where(user => user.TenantId == tenantId);

    /// <summary>Case-insensitive for ASCII letters only, as SQL lower() is without ICU.</summary>
    private static bool SameText(string left, string right) => string.Equals(AsciiLower(left), AsciiLower(right), StringComparison.Ordinal);

    private static string AsciiLower(string text) => string.Create(text.Length, text, (chars, source) =>
    {
        for (var i = 0; i < source.Length; i++)
            chars[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
    });

    private static User Normalize(User user) => user with
    {
        LockedUntil = StoredTime.Truncate(user.LockedUntil),
        CreatedAt = StoredTime.Truncate(user.CreatedAt),
        UpdatedAt = StoredTime.Truncate(user.UpdatedAt),
    };
}

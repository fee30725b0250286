using Warden.Core.Caching;
using Warden.Core.Protocol;

namespace Warden.Core.Users;

/// <summary>
/// Users for the token endpoint's hot path, read through a short cache (<see cref="OAuthServerOptions.ClientCacheLifetime"/>,
/// like clients and scopes). The code and refresh grants need the account only for the claims they release: whether
/// the user is still active with the grant's security stamp is checked by the very statement that consumes the code or
/// rotates the token, so a deactivation or password change made on any instance counts at once; the profile claims
/// (username, email, metadata) of a token may lag a change made on another instance by at most the cache lifetime.
/// </summary>
public sealed class UserDirectory(IUserStore store, OAuthServerOptions options, TimeProvider time)
{
    private readonly ReadThroughCache<(string TenantId, Guid Id), User?> _users = new(options.ClientCacheLifetime, time, 10_000);

    /// <summary>
    /// The user the store has just confirmed active with <paramref name="securityStamp"/>: the cached copy when it agrees,
    /// otherwise the stored one; null when the stored one is gone, inactive or has another stamp by now.
    /// </summary>
    public async ValueTask<User?> FindCurrentAsync(string tenantId, Guid id, string securityStamp, CancellationToken cancellationToken)
    {
        bool IsCurrent(User? user) => user is { IsActive: true } && user.SecurityStamp == securityStamp;
        var user = await _users.GetAsync((tenantId, id), (key, token) => store.FindByIdAsync(key.TenantId, key.Id, token), IsCurrent,
            cancellationToken);
        return IsCurrent(user) ? user : null;
    }
}

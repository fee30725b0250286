using Warden.Core.Tenants;
using Warden.Core.Caching;
using Warden.Core.Protocol;
using Warden.Core.Security;

namespace Warden.Core.Users;

/// <summary>
/// The links that sign-up and password reset send: a random secret in the URL, only its keyed hash in
/// <see cref="IEmailTokenStore"/>; and the request limits both share (per client address per minute and per email
/// address per hour, counted in the cache store as <see cref="SignInService"/> counts attempts).
/// </summary>
public sealed class EmailLinks(IEmailTokenStore tokens, SecretHasher hasher, ICacheStore cache, SignUpOptions options,
    TenantDirectory tenants, TimeProvider time)
{
    public const string VerifyPath = "/signup/verify";
    public const string ResetPath = "/password/reset";

    private static readonly TimeSpan AddressWindow = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan EmailWindow = TimeSpan.FromHours(1);

    public SignUpOptions Options => options;

    /// <summary>Creates a link for the user and the address, stored as a hash; returns the absolute URL to mail.</summary>
    public async Task<string> CreateAsync(User user, string email, EmailTokenPurpose purpose, CancellationToken cancellationToken)
    {
        var secret = RandomValues.Secret();
        var now = time.GetUtcNow();
        await tokens.CreateAsync(new EmailToken
        {
            Id = Guid.CreateVersion7(), TenantId = user.TenantId, UserId = user.Id, Purpose = purpose, Hash = hasher.Hash(secret), Email = email,
            CreatedAt = now, ExpiresAt = now + (purpose == EmailTokenPurpose.Verify ? options.VerifyLinkLifetime : options.ResetLinkLifetime),
        }, cancellationToken);
        return $"{(await tenants.ForAsync(user.TenantId, cancellationToken)).Issuer}{(purpose == EmailTokenPurpose.Verify ? VerifyPath : ResetPath)}?token={Uri.EscapeDataString(secret)}";
    }

    /// <summary>The unused, unexpired token of this purpose behind a link's secret, without using it; else null.</summary>
    public async Task<EmailToken?> FindUsableAsync(string? secret, EmailTokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (secret is null || hasher.HashPresented(secret) is not { } hash)
            return null;
        var token = await tokens.FindAsync(hash, cancellationToken);
        return token is { UsedAt: null } && token.Purpose == purpose && token.ExpiresAt > time.GetUtcNow() ? token : null;
    }

    /// <summary>Uses the link once (of concurrent uses one wins); null when unknown, used, expired or of another purpose.</summary>
    public async Task<EmailToken?> TryUseAsync(string? secret, EmailTokenPurpose purpose, CancellationToken cancellationToken) =>
        secret is not null && hasher.HashPresented(secret) is { } hash
            ? await tokens.TryUseAsync(hash, purpose, time.GetUtcNow(), cancellationToken)
            : null;

    /// <summary>Ends the user's other links of this purpose (after one was used).</summary>
    public Task EndOthersAsync(string tenantId, Guid userId, EmailTokenPurpose purpose, CancellationToken cancellationToken) =>
        tokens.UseAllAsync(tenantId, userId, purpose, time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Counts one request from the client address and for the email address; true when either is over its limit. An
    /// address is counted by its keyed hash, whether or not an account has it, so the limit tells nothing either.
    /// </summary>
    public async Task<bool> OverLimitAsync(string tenantId, string? ipAddress, string email, CancellationToken cancellationToken)
    {
        if (options.PerAddressPerMinute > 0
            && await cache.IncrementAsync($"rate:email-links:{tenantId}:{ipAddress ?? "unknown"}", AddressWindow, cancellationToken)
            > options.PerAddressPerMinute)
            return true;
        var emailKey = Convert.ToHexString(hasher.Hash("email:" + email.ToLowerInvariant()));
        return options.PerEmailPerHour > 0
               && await cache.IncrementAsync($"rate:email-links-address:{tenantId}:{emailKey}", EmailWindow, cancellationToken)
               > options.PerEmailPerHour;
    }
}

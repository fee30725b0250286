using Warden.Core.Security;

namespace Warden.Core.Registration;

/// <summary>A request for an initial access token that breaks a rule; the message says which, in one line.</summary>
public sealed class InvalidRegistrationTokenException(string message) : Exception(message);

/// <summary>Initial access tokens for dynamic registration (RFC 7591 §3), created by operators; the value is shown once.</summary>
public sealed class InitialAccessTokens(IRegistrationTokenStore store, SecretHasher hasher, TimeProvider time)
{
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(365);

    public async Task<(RegistrationToken Token, string Value)> CreateAsync(string tenantId, bool singleUse, TimeSpan? lifetime,
        CancellationToken cancellationToken = default)
    {
        if (lifetime is { } requested && (requested <= TimeSpan.Zero || requested > MaxLifetime))
            throw new InvalidRegistrationTokenException($"the lifetime must be between 1 second and {MaxLifetime.TotalDays:0} days");
        var value = RandomValues.Secret();
        var now = time.GetUtcNow();
        var token = new RegistrationToken
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            Hash = hasher.Hash(value),
            Kind = RegistrationTokenKind.InitialAccess,
            SingleUse = singleUse,
            ExpiresAt = lifetime is { } span ? Storage.StoredTime.Truncate(now + span) : null,
            CreatedAt = Storage.StoredTime.Truncate(now),
        };
        await store.CreateAsync(token, cancellationToken);
        return (token, value);
    }

    public Task<IReadOnlyList<RegistrationToken>> ListAsync(string tenantId, CancellationToken cancellationToken = default) =>
        store.ListAsync(tenantId, RegistrationTokenKind.InitialAccess, cancellationToken);

    public Task<bool> RevokeAsync(string tenantId, Guid id, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(tenantId, id, cancellationToken);
}

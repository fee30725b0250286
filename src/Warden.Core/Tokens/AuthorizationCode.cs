namespace Warden.Core.Tokens;

/// <summary>
/// An authorization code (RFC 6749 §4.1) as stored: only the keyed hash of the code, the request it answers and,
/// once redeemed, when. Single use: <see cref="IAuthorizationCodeStore.TryConsumeAsync"/> marks it atomically.
/// </summary>
public sealed record AuthorizationCode
{
    public required string TenantId { get; init; }
    public required byte[] Hash { get; init; }
    public required string ClientId { get; init; }
    public required Guid UserId { get; init; }
    public required string RedirectUri { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public string? Nonce { get; init; }
    public string? CodeChallenge { get; init; }
    public string? CodeChallengeMethod { get; init; }
    public string? SessionId { get; init; }
    public required DateTimeOffset AuthTime { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ConsumedAt { get; init; }

    public bool Equals(AuthorizationCode? other) =>
        other is not null && TenantId == other.TenantId && Hash.AsSpan().SequenceEqual(other.Hash) && ClientId == other.ClientId
        && UserId == other.UserId && RedirectUri == other.RedirectUri && Scopes.SequenceEqual(other.Scopes) && Nonce == other.Nonce
        && CodeChallenge == other.CodeChallenge && CodeChallengeMethod == other.CodeChallengeMethod && SessionId == other.SessionId
        && AuthTime == other.AuthTime && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt && ConsumedAt == other.ConsumedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, ClientId, UserId);
}

/// <summary>Authorization codes, found by the hash of the code.</summary>
public interface IAuthorizationCodeStore
{
    /// <summary>Throws <see cref="Storage.DuplicateEntityException"/> for a known hash, <see cref="Storage.MissingReferenceException"/> for an unknown tenant.</summary>
    Task CreateAsync(AuthorizationCode code, CancellationToken cancellationToken = default);

    /// <summary>The code in whatever state (consumed and expired included), or null.</summary>
    Task<AuthorizationCode?> FindAsync(byte[] hash, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the code consumed at <paramref name="now"/> in one atomic step and returns it as it now is, only when this
    /// call consumed it: null when it is unknown or was already consumed. Of concurrent callers exactly one wins.
    /// Expiry is the caller's rule to check.
    /// </summary>
    Task<AuthorizationCode?> TryConsumeAsync(byte[] hash, DateTimeOffset now, CancellationToken cancellationToken = default);
}

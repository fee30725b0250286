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
    /// <summary>Whether the authorization request named <see cref="RedirectUri"/>; then the token request must repeat it (RFC 6749 §4.1.3).</summary>
    public bool RedirectUriInRequest { get; init; }
    public IReadOnlyList<string> Scopes { get; init; } = [];
    public string? Nonce { get; init; }
    public string? CodeChallenge { get; init; }
    public string? CodeChallengeMethod { get; init; }
    /// <summary>The public identifier (<c>sid</c>) of the sign-in session that granted it; null for device grants and older rows.</summary>
    public string? SessionId { get; init; }
    /// <summary>The user's <see cref="Users.User.SecurityStamp"/> when the code was issued; a renewed stamp makes it unredeemable.</summary>
    public required string SecurityStamp { get; init; }
    public required DateTimeOffset AuthTime { get; init; }
    /// <summary>How the person signed in to the session that made the grant; null for rows older than migration 0017 (a password).</summary>
    public Sessions.SignInEvidence? Evidence { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ConsumedAt { get; init; }

    public bool Equals(AuthorizationCode? other) =>
        other is not null && TenantId == other.TenantId && Hash.AsSpan().SequenceEqual(other.Hash) && ClientId == other.ClientId
        && UserId == other.UserId && RedirectUri == other.RedirectUri && RedirectUriInRequest == other.RedirectUriInRequest && Scopes.SequenceEqual(other.Scopes) && Nonce == other.Nonce
        && CodeChallenge == other.CodeChallenge && CodeChallengeMethod == other.CodeChallengeMethod && SessionId == other.SessionId && SecurityStamp == other.SecurityStamp
        && AuthTime == other.AuthTime && Equals(Evidence, other.Evidence) && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt && ConsumedAt == other.ConsumedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, ClientId, UserId);
}

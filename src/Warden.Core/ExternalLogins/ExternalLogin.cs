namespace Warden.Core.ExternalLogins;

/// <summary>
/// An upstream account linked to a local user: the provider's name and the subject it gave, the email as the provider
/// gave it and whether it said it was verified. A provider and subject are linked to at most one user.
/// </summary>
public sealed record ExternalLogin
{
    public required Guid Id { get; init; }
    public required string TenantId { get; init; }
    public required string Provider { get; init; }

    /// <summary>The upstream's stable identifier of the account (the ID token's <c>sub</c>, or the mapped userinfo member).</summary>
    public required string Subject { get; init; }
    public required Guid UserId { get; init; }
    public string? Email { get; init; }
    public bool EmailVerified { get; init; }
    public required DateTimeOffset LinkedAt { get; init; }
    public required DateTimeOffset LastUsedAt { get; init; }

    /// <summary>The upstream's tokens (JSON) encrypted with <see cref="Security.KeyProtector"/>, only when the provider's <c>store_tokens</c> asks.</summary>
    public byte[]? EncryptedTokens { get; init; }

    public bool Equals(ExternalLogin? other) =>
        other is not null && Id == other.Id && TenantId == other.TenantId && Provider == other.Provider && Subject == other.Subject
        && UserId == other.UserId && Email == other.Email && EmailVerified == other.EmailVerified && LinkedAt == other.LinkedAt
        && LastUsedAt == other.LastUsedAt && (EncryptedTokens ?? []).AsSpan().SequenceEqual(other.EncryptedTokens ?? []);

    public override int GetHashCode() => Id.GetHashCode();
}

namespace Warden.Core.Users;

/// <summary>What an emailed link lets its holder do.</summary>
public enum EmailTokenPurpose
{
    /// <summary>Proves that the person controls the address a new account gave (<c>/signup/verify</c>).</summary>
    Verify,

    /// <summary>Sets a new password for the account that owns the address (<c>/password/reset</c>).</summary>
    Reset,
}

/// <summary>
/// A link sent by email, as stored: only the keyed hash of its secret. Single use and short-lived; it belongs to one
/// user and the address it was sent to, so a link sent before the account's email changed proves nothing about the new one.
/// </summary>
public sealed record EmailToken
{
    public required Guid Id { get; init; }
    public required string TenantId { get; init; }
    public required Guid UserId { get; init; }
    public required EmailTokenPurpose Purpose { get; init; }
    public required byte[] Hash { get; init; }

    /// <summary>The address the link was sent to.</summary>
    public required string Email { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; init; }

    public bool Equals(EmailToken? other) =>
        other is not null && Id == other.Id && TenantId == other.TenantId && UserId == other.UserId && Purpose == other.Purpose
        && Hash.AsSpan().SequenceEqual(other.Hash) && Email == other.Email && CreatedAt == other.CreatedAt && ExpiresAt == other.ExpiresAt
        && UsedAt == other.UsedAt;

    public override int GetHashCode() => Id.GetHashCode();
}

namespace Warden.Core.Users;

public enum UserRole
{
    Regular,
    Admin,
}

/// <summary>
/// A person who signs in. Usernames are unique per tenant ignoring case; an email, when set, is unique per tenant
/// ignoring case too. The password exists only as an Argon2id hash in PHC string form.
/// </summary>
public sealed record User
{
    public required Guid Id { get; init; }
    public required string TenantId { get; init; }
    public required string Username { get; init; }
    public string? Email { get; init; }
    public bool EmailVerified { get; init; }

    /// <summary>
    /// Set for an account created by self-service sign-up until its owner follows the emailed link: such an account
    /// cannot sign in before (accounts an operator creates are trusted without it).
    /// </summary>
    public bool EmailVerificationRequired { get; init; }
    public string? PasswordHash { get; init; }
    public UserRole Role { get; init; } = UserRole.Regular;
    public bool IsActive { get; init; } = true;
    public string? ProfilePictureUrl { get; init; }

    /// <summary>A JSON object of the operator's own attributes.</summary>
    public string Metadata { get; init; } = "{}";

    /// <summary>Changes whenever credentials change, so that sessions and tokens bound to the old value can be ended.</summary>
    public required string SecurityStamp { get; init; }

    public int FailedLoginCount { get; init; }
    public DateTimeOffset? LockedUntil { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}

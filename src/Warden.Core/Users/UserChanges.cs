namespace Warden.Core.Users;

/// <summary>A field of <see cref="UserChanges"/> that is either set (to <see cref="Value"/>, which may be null) or left as it is (default).</summary>
public readonly record struct FieldChange<T>(T Value)
{
    public bool IsSet { get; } = true;

    public static implicit operator FieldChange<T>(T value) => new(value);
}

/// <summary>
/// The fields of a user to create or change: what is not given (null, or an unset <see cref="FieldChange{T}"/>) keeps
/// its value, or its default for a new user. <see cref="UserAdministration"/> checks every field against its rule.
/// </summary>
public sealed record UserChanges
{
    /// <summary>Required for a new user.</summary>
    public string? Username { get; init; }

    /// <summary>Null removes the address. A new address is unverified unless <see cref="EmailVerified"/> says otherwise.</summary>
    public FieldChange<string?> Email { get; init; }

    public bool? EmailVerified { get; init; }

    /// <summary>The plaintext password, hashed here; null removes the password (the user then cannot sign in with one).</summary>
    public FieldChange<string?> Password { get; init; }

    /// <summary>False disables the user (and ends their sessions and refresh tokens); either way a lockout ends.</summary>
    public bool? Active { get; init; }

    /// <summary>The operator's attributes as a JSON object, replacing the stored ones.</summary>
    public string? Metadata { get; init; }

    /// <summary>The OpenID Connect <c>name</c> claim, kept as the <c>name</c> member of the metadata; null removes it.</summary>
    public FieldChange<string?> Name { get; init; }

    /// <summary>An http or https URL, or null.</summary>
    public FieldChange<string?> ProfilePictureUrl { get; init; }

    public UserRole? Role { get; init; }
}

namespace Warden.Core.Scopes;

/// <summary>
/// A scope clients may request: what the consent page shows (display name, description), the user claims it releases
/// (OpenID Connect Core §5.4), whether the user must consent to it, and whether a client that registers itself may ask
/// for it.
/// </summary>
public sealed record Scope
{
    public required string TenantId { get; init; }
    public required string Name { get; init; }
    public required string DisplayName { get; init; }
    public string Description { get; init; } = "";
    public IReadOnlyList<string> Claims { get; init; } = [];
    public bool RequiresConsent { get; init; } = true;

    /// <summary>
    /// A client registering itself (RFC 7591) may list this scope, besides the ones <c>registration.allowed_scopes</c>
    /// names; false for scopes only an operator may give a client.
    /// </summary>
    public bool Registrable { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    public bool Equals(Scope? other) =>
        other is not null && TenantId == other.TenantId && Name == other.Name && DisplayName == other.DisplayName
        && Description == other.Description && Claims.SequenceEqual(other.Claims) && RequiresConsent == other.RequiresConsent
        && Registrable == other.Registrable && CreatedAt == other.CreatedAt && UpdatedAt == other.UpdatedAt;

    public override int GetHashCode() => HashCode.Combine(TenantId, Name);

    /// <summary>The OpenID Connect standard scopes and the claims each releases.</summary>
    public static IReadOnlyList<(string Name, string DisplayName, string Description, string[] Claims, bool RequiresConsent)> Standard { get; } =
    [
        (Protocol.OAuthNames.Scopes.OpenId, "Sign you in", "Confirm who you are to the application.", ["sub"], false),
        ("profile", "Your profile", "Your name, username, picture and other basic profile details.",
            ["name", "family_name", "given_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website",
             "gender", "birthdate", "zoneinfo", "locale", "updated_at"], true),
        ("email", "Your email address", "Your email address and whether it has been verified.", ["email", "email_verified"], true),
        ("address", "Your postal address", "Your postal address.", ["address"], true),
        ("phone", "Your phone number", "Your phone number and whether it has been verified.", ["phone_number", "phone_number_verified"], true),
        (Protocol.OAuthNames.Scopes.OfflineAccess, "Stay connected", "Let the application keep access while you are away, until you revoke it.", [], true),
    ];
}

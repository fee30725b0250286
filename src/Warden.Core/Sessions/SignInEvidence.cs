namespace Warden.Core.Sessions;

/// <summary>
/// The authentication method reference values of RFC 8176 (§2) that Warden writes into an ID token's <c>amr</c>.
/// </summary>
public static class AuthenticationMethods
{
    public const string Password = "pwd";
    public const string HardwareKey = "hwk";
    public const string SoftwareKey = "swk";
    public const string UserPresence = "user";
    public const string Pin = "pin";
    public const string Federated = "fed";
    public const string MultiFactor = "mfa";
    public const string OneTimePassword = "otp";
}

/// <summary>
/// How a person proved who they are when a session began: the <c>amr</c> values of the ID tokens issued in it and,
/// when one applies, the <c>acr</c> (an upstream provider's, or a level Warden asserts). Authorization codes, device
/// authorizations and refresh tokens carry it from the session into every token of the grant.
/// </summary>
/// <param name="Methods">RFC 8176 values (<see cref="AuthenticationMethods"/>), in the order they were used.</param>
/// <param name="Acr">The authentication context class reference, or null for none.</param>
public sealed record SignInEvidence(IReadOnlyList<string> Methods, string? Acr = null)
{
    /// <summary>A password sign-in; also what sessions, codes and tokens made before evidence was recorded stand for.</summary>
    public static SignInEvidence Password { get; } = new([AuthenticationMethods.Password]);

    /// <summary>The methods as stored: space-separated (RFC 8176 values contain no spaces).</summary>
    public string StoredMethods => string.Join(' ', Methods);

    /// <summary>The evidence stored as <paramref name="methods"/> (space-separated) and <paramref name="acr"/>; null when none was stored.</summary>
    public static SignInEvidence? FromStored(string? methods, string? acr) =>
        methods is null ? null : new SignInEvidence(methods.Split(' ', StringSplitOptions.RemoveEmptyEntries), acr);

    public bool Equals(SignInEvidence? other) => other is not null && Methods.SequenceEqual(other.Methods) && Acr == other.Acr;

    public override int GetHashCode() => HashCode.Combine(Methods.Count, Acr);
}

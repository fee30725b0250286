namespace Warden.Core.Users;

/// <summary>Who may create an account on the sign-up page (signup.policy).</summary>
public enum SignUpPolicy
{
    /// <summary>Nobody: only operators create accounts (the default).</summary>
    Disabled,

    /// <summary>Anyone with an email address.</summary>
    Open,

    /// <summary>Anyone with an address in one of <see cref="SignUpOptions.AllowedDomains"/>.</summary>
    Domains,
}

/// <summary>Self-service sign-up and password reset by email (the signup and email sections, and their limits).</summary>
/// <param name="AllowedDomains">Lowercase domains for <see cref="SignUpPolicy.Domains"/>; an address matches its exact domain.</param>
/// <param name="VerifyLinkLifetime">How long a sign-up verification link works.</param>
/// <param name="ResetLinkLifetime">How long a password reset link works.</param>
/// <param name="PerAddressPerMinute">Sign-up, resend and reset requests per minute from one client address; 0 turns it off.</param>
/// <param name="PerEmailPerHour">Links sent to one email address per hour; 0 turns it off.</param>
public sealed record SignUpOptions(SignUpPolicy Policy, IReadOnlyList<string> AllowedDomains, TimeSpan VerifyLinkLifetime,
    TimeSpan ResetLinkLifetime, int PerAddressPerMinute, int PerEmailPerHour)
{
    public static SignUpOptions Default { get; } = new(SignUpPolicy.Disabled, [], TimeSpan.FromHours(24), TimeSpan.FromMinutes(30), 10, 5);

    /// <summary>Whether the address may sign up under the policy.</summary>
    public bool Allows(string email) => Policy switch
    {
        SignUpPolicy.Open => true,
        SignUpPolicy.Domains => email.LastIndexOf('@') is var at and > 0
                                && AllowedDomains.Contains(email[(at + 1)..].ToLowerInvariant(), StringComparer.Ordinal),
        _ => false,
    };
}

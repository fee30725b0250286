using Warden.Core.Audit;
using Warden.Core.Storage;

namespace Warden.Core.Users;

/// <summary>What a person typed on the sign-up page; <see cref="Username"/> empty means "my email is my username".</summary>
public sealed record SignUpRequest(string? Username, string? Email, string? Name, string? Password, string? PasswordConfirmation);

public enum SignUpStatus
{
    /// <summary>"Check your email": the answer whether the address was new or already had an account.</summary>
    CheckEmail,

    /// <summary>The policy allows no sign-up, or no SMTP server is configured.</summary>
    Unavailable,

    /// <summary>The address's domain is not one the policy allows.</summary>
    DomainNotAllowed,

    /// <summary>Too many requests from the client address or for the email address.</summary>
    TooManyRequests,

    /// <summary>A field breaks a rule: <see cref="SignUpResult.Field"/> and <see cref="SignUpResult.Problem"/> say which.</summary>
    Invalid,
}

/// <summary>The answer; for <see cref="SignUpStatus.Invalid"/> the field (username, email, name, password, password_confirmation) and the rule.</summary>
public sealed record SignUpResult(SignUpStatus Status, string? Field = null, SignUpProblem Problem = SignUpProblem.None);

/// <summary>Which rule a sign-up field broke; the page words it in the person's language.</summary>
public enum SignUpProblem
{
    None,
    Required,
    InvalidEmail,
    InvalidUsername,
    UsernameTaken,
    InvalidName,
    /// <summary>The password breaks the tenant's <see cref="PasswordPolicy"/>.</summary>
    PasswordRule,
    PasswordsDiffer,
}

/// <summary>
/// Self-service sign-up with email verification. The account is created unverified and cannot sign in until its owner
/// follows the link mailed to the address (<see cref="User.EmailVerificationRequired"/>). The answer never tells
/// whether the address already has an account: its owner gets a mail saying someone tried, and the page says "check
/// your email" either way. A username someone chose explicitly is the exception: a taken one must be refused, as on
/// any site, and usernames are public anyway (they are the <c>preferred_username</c> claim).
/// </summary>
public sealed class SignUpService(IUserStore users, UserAdministration administration, EmailLinks links, IEmailSender email,
    AuditTrail audit, Tenants.TenantDirectory tenants)
{
    public SignUpOptions Options => links.Options;

    /// <summary>
    /// Whether the tenant's pages offer the form: a policy other than disabled (the tenant's own, else sign_up.policy)
    /// and an SMTP server to send the link.
    /// </summary>
    public bool IsEnabled(Tenants.Tenant tenant) => OptionsOf(tenant).Policy != SignUpPolicy.Disabled && email.IsConfigured;

    private SignUpOptions OptionsOf(Tenants.Tenant tenant) =>
        tenant.Settings.SignUp is { } policy ? links.Options with { Policy = policy } : links.Options;

    private async ValueTask<SignUpOptions?> EnabledOptionsAsync(string tenantId, CancellationToken cancellationToken) =>
        await tenants.FindAsync(tenantId, cancellationToken) is { } served && IsEnabled(served.Tenant) ? OptionsOf(served.Tenant) : null;

    /// <param name="passkeyUserId">
    /// For a sign-up with a passkey instead of a password: the id the new account gets (the passkey's user handle); the
    /// request's password is then not asked for. Whether the account was created the answer does not say, as always.
    /// </param>
    public async Task<SignUpResult> SignUpAsync(string tenantId, SignUpRequest request, string language, string? ipAddress,
        CancellationToken cancellationToken = default, Guid? passkeyUserId = null)
    {
        if (await EnabledOptionsAsync(tenantId, cancellationToken) is not { } options)
            return new SignUpResult(SignUpStatus.Unavailable);
        if (Check(request, passkeyUserId is null ? await administration.PasswordPolicyAsync(tenantId, cancellationToken) : null) is { } invalid)
            return invalid;
        var address = request.Email!.Trim();
        if (!options.Allows(address))
        {
            audit.Record(tenantId, "signup", "failure", null, null, ipAddress, new { reason = "domain_not_allowed" });
            return new SignUpResult(SignUpStatus.DomainNotAllowed, "email");
        }
        var explicitUsername = !string.IsNullOrWhiteSpace(request.Username);
        var username = explicitUsername ? request.Username!.Trim() : address;
        if (!explicitUsername && !UserAdministration.IsValidUsername(username))
            return new SignUpResult(SignUpStatus.Invalid, "username", SignUpProblem.InvalidUsername);
        // Limited before any lookup, so that neither usernames nor addresses can be probed faster than the limits allow.
        if (await links.OverLimitAsync(tenantId, ipAddress, address, cancellationToken))
            return new SignUpResult(SignUpStatus.TooManyRequests);
        if (explicitUsername && await users.FindByUsernameAsync(tenantId, username, cancellationToken) is not null)
            return new SignUpResult(SignUpStatus.Invalid, "username", SignUpProblem.UsernameTaken);

        if (await users.FindByEmailAsync(tenantId, address, cancellationToken) is { } owner)
        {
            email.Send(new AccountEmail(AccountEmailKind.AddressAlreadyRegistered, tenantId, owner.Id, owner.Email!, NameOf(owner), null, language));
            audit.Record(tenantId, "signup", "failure", null, owner.Id.ToString(), ipAddress, new { reason = "email_registered" });
            return new SignUpResult(SignUpStatus.CheckEmail);
        }

        User created;
        try
        {
            created = await administration.CreateSignedUpAsync(tenantId, username, passkeyUserId is null ? request.Password! : null, address,
                request.Name!.Trim(), cancellationToken, passkeyUserId);
        }
        catch (DuplicateEntityException)
        {
            // The email's username (no explicit one) belongs to another account, or a parallel sign-up won: the same answer.
            audit.Record(tenantId, "signup", "failure", null, null, ipAddress, new { reason = "duplicate" });
            return new SignUpResult(SignUpStatus.CheckEmail);
        }
        var link = await links.CreateAsync(created, address, EmailTokenPurpose.Verify, cancellationToken);
        email.Send(new AccountEmail(AccountEmailKind.VerifyAddress, tenantId, created.Id, address, request.Name!.Trim(), link, language));
        audit.Record(tenantId, "signup", "success", null, created.Id.ToString(), ipAddress,
            new { username_is_email = !explicitUsername, passkey = passkeyUserId is not null });
        return new SignUpResult(SignUpStatus.CheckEmail);
    }

    /// <summary>
    /// A new verification link for an account that has not verified yet; "check your email" whatever the address
    /// (an unknown or already verified one gets nothing).
    /// </summary>
    public async Task<SignUpResult> ResendAsync(string tenantId, string? address, string language, string? ipAddress,
        CancellationToken cancellationToken = default)
    {
        if (await EnabledOptionsAsync(tenantId, cancellationToken) is null)
            return new SignUpResult(SignUpStatus.Unavailable);
        address = address?.Trim();
        if (string.IsNullOrEmpty(address))
            return new SignUpResult(SignUpStatus.Invalid, "email", SignUpProblem.Required);
        if (!IsEmail(address))
            return new SignUpResult(SignUpStatus.Invalid, "email", SignUpProblem.InvalidEmail);
        if (await links.OverLimitAsync(tenantId, ipAddress, address, cancellationToken))
            return new SignUpResult(SignUpStatus.TooManyRequests);
        if (await users.FindByEmailAsync(tenantId, address, cancellationToken) is { EmailVerificationRequired: true } user)
        {
            var link = await links.CreateAsync(user, user.Email!, EmailTokenPurpose.Verify, cancellationToken);
            email.Send(new AccountEmail(AccountEmailKind.VerifyAddress, tenantId, user.Id, user.Email!, NameOf(user), link, language));
            audit.Record(tenantId, "signup_link_resent", "success", null, user.Id.ToString(), ipAddress, null);
        }
        return new SignUpResult(SignUpStatus.CheckEmail);
    }

    /// <summary>Whether a verification link can still be used (the page shows its button, or the "ask for a new link" page).</summary>
    public async Task<bool> IsLinkUsableAsync(string tenantId, string? secret, CancellationToken cancellationToken = default) =>
        await links.FindUsableAsync(secret, EmailTokenPurpose.Verify, cancellationToken) is { } token && token.TenantId == tenantId;

    /// <summary>
    /// Follows a verification link: once, before it expires, and only while the account still has the address the link
    /// went to. The verified user, or null (the page then offers a new link).
    /// </summary>
    public async Task<User?> VerifyAsync(string tenantId, string? secret, string? ipAddress, CancellationToken cancellationToken = default)
    {
        var token = await links.TryUseAsync(secret, EmailTokenPurpose.Verify, cancellationToken);
        if (token is null || token.TenantId != tenantId)
        {
            audit.Record(tenantId, "email_verified", "failure", null, null, ipAddress, new { reason = "invalid_or_expired_link" });
            return null;
        }
        var user = await users.FindByIdAsync(tenantId, token.UserId, cancellationToken);
        if (user?.Email is null || !string.Equals(user.Email, token.Email, StringComparison.OrdinalIgnoreCase))
        {
            audit.Record(tenantId, "email_verified", "failure", null, token.UserId.ToString(), ipAddress, new { reason = "email_changed" });
            return null;
        }
        var verified = await administration.MarkEmailVerifiedAsync(tenantId, user.Id, cancellationToken);
        await links.EndOthersAsync(tenantId, user.Id, EmailTokenPurpose.Verify, cancellationToken);
        audit.Record(tenantId, "email_verified", "success", null, user.Id.ToString(), ipAddress, null);
        return verified;
    }

    /// <summary>The field rules of a sign-up, before anything is looked up.</summary>
    /// <param name="passwords">The tenant's password rule; null for a sign-up with a passkey, which has no password.</param>
    public static SignUpResult? Check(SignUpRequest request, PasswordPolicy? passwords)
    {
        if (string.IsNullOrWhiteSpace(request.Email))
            return new SignUpResult(SignUpStatus.Invalid, "email", SignUpProblem.Required);
        if (!IsEmail(request.Email.Trim()))
            return new SignUpResult(SignUpStatus.Invalid, "email", SignUpProblem.InvalidEmail);
        if (!string.IsNullOrWhiteSpace(request.Username) && !UserAdministration.IsValidUsername(request.Username.Trim()))
            return new SignUpResult(SignUpStatus.Invalid, "username", SignUpProblem.InvalidUsername);
        if (string.IsNullOrWhiteSpace(request.Name))
            return new SignUpResult(SignUpStatus.Invalid, "name", SignUpProblem.Required);
        if (!Accepts(() => UserAdministration.RequireName(request.Name)))
            return new SignUpResult(SignUpStatus.Invalid, "name", SignUpProblem.InvalidName);
        return passwords is null ? null : PasswordProblem(request.Password, request.PasswordConfirmation, passwords);
    }

    /// <summary>The tenant's password rule and the confirmation, shared with the reset page.</summary>
    public static SignUpResult? PasswordProblem(string? password, string? confirmation, PasswordPolicy passwords)
    {
        if (!passwords.Accepts(password))
            return new SignUpResult(SignUpStatus.Invalid, "password", SignUpProblem.PasswordRule);
        if (password != confirmation)
            return new SignUpResult(SignUpStatus.Invalid, "password_confirmation", SignUpProblem.PasswordsDiffer);
        return null;
    }

    internal static bool IsEmail(string address) => Accepts(() => UserAdministration.RequireEmail(address));

    private static bool Accepts(Action rule)
    {
        try
        {
            rule();
            return true;
        }
        catch (InvalidUserException)
        {
            return false;
        }
    }

    internal static string? NameOf(User user)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(user.Metadata)?["name"]?.GetValue<string>();
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}

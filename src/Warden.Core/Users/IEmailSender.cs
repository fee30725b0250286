namespace Warden.Core.Users;

/// <summary>The mails of sign-up and password reset.</summary>
public enum AccountEmailKind
{
    /// <summary>A new account's link to verify its address.</summary>
    VerifyAddress,

    /// <summary>To the owner of an address someone tried to sign up with again: no link, a pointer to sign-in and reset.</summary>
    AddressAlreadyRegistered,

    /// <summary>A link to set a new password.</summary>
    ResetPassword,
}

/// <summary>One mail to send: what kind, to whom, in which language, with which link (the secret is only in the link).</summary>
/// <param name="Language">The language of the page the person used, so the mail speaks it too.</param>
public sealed record AccountEmail(AccountEmailKind Kind, string TenantId, Guid UserId, string To, string? Name, string? Link, string Language)
{
    /// <summary>Leaves the link out: records are logged and audited, links never.</summary>
    public override string ToString() => $"{Kind} to user {UserId}";
}

/// <summary>
/// Sends account mails. <see cref="Send"/> only queues the mail, so a page answers at once and an answer takes the
/// same time whether or not a mail went out; the implementation logs and audits every mail that could not be sent.
/// </summary>
public interface IEmailSender
{
    /// <summary>False when no SMTP server is configured: sign-up and password reset are then not offered.</summary>
    bool IsConfigured { get; }

    /// <summary>Queues the mail; never throws for a delivery problem (that is logged and audited as <c>email_failed</c>).</summary>
    void Send(AccountEmail email);
}

namespace Warden.Email;

/// <summary>How the connection to the SMTP server is protected (email.smtp_tls).</summary>
public enum SmtpTls
{
    /// <summary>Plain text: only for a relay on the same host or a trusted network.</summary>
    None,

    /// <summary>Plain connection upgraded with STARTTLS, which the server must offer (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    Tls,
}

/// <summary>The email section: the SMTP server and the sender. <see cref="Host"/> null means no mail is sent.</summary>
/// <param name="Password">The SMTP password; <see cref="ToString"/> never shows it.</param>
/// <param name="FromName">The display name of the sender, if <c>email.from</c> gave one.</param>
public sealed record SmtpOptions(string? Host, int Port, SmtpTls Tls, string? Username, string? Password, string? FromAddress, string? FromName)
{
    public static SmtpOptions None { get; } = new(null, 587, SmtpTls.StartTls, null, null, null, null);

    public bool IsConfigured => Host is not null;

    /// <summary>How long connecting, authenticating and sending may take before the mail counts as failed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public override string ToString() =>
        $"SmtpOptions {{ Host = {Host}, Port = {Port}, Tls = {Tls}, Username = {Username}, Password = {(Password is null ? "" : "***")}, From = {FromAddress} }}";
}

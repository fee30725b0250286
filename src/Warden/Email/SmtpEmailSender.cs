using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Warden.Email;

/// <summary>Sends one finished message through the configured SMTP server with MailKit: connect, authenticate if configured, send.</summary>
public sealed class SmtpEmailSender(SmtpOptions options)
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var host = options.Host ?? throw new InvalidOperationException("email.smtp_host is not configured");
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        var security = options.Tls switch
        {
            SmtpTls.Tls => SecureSocketOptions.SslOnConnect,
            SmtpTls.StartTls => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.None,
        };
        await client.ConnectAsync(host, options.Port, security, cancellationToken);
        if (options.Username is not null)
            await client.AuthenticateAsync(options.Username, options.Password ?? "", cancellationToken);
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

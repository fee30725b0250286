using System.Threading.Channels;
using Warden.Core.Audit;
using Warden.Core.Users;

namespace Warden.Email;

/// <summary>
/// <see cref="IEmailSender"/> for the server: mails wait in a bounded in-process queue and <see cref="EmailOutboxWorker"/>
/// sends them one after another, so a page never waits for the SMTP server and answers in the same time whether or not
/// a mail was queued. Every mail that could not be sent (server unreachable, refused, queue full) is logged and
/// audited as <c>email_failed</c>, never with its link; every one sent is audited as <c>email_sent</c>. A mail still
/// queued when the server stops is lost, and the person asks for a new link.
/// </summary>
public sealed class EmailOutbox(SmtpOptions options, AuditTrail audit, ILogger<EmailOutbox> logger) : IEmailSender
{
    public const int Capacity = 1_000;

    private readonly Channel<AccountEmail> _queue = Channel.CreateBounded<AccountEmail>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public bool IsConfigured => options.IsConfigured;

    internal ChannelReader<AccountEmail> Queue => _queue.Reader;

    public void Send(AccountEmail email)
    {
        if (!options.IsConfigured)
            Failed(email, "no SMTP server is configured (email.smtp_host)");
        else if (!_queue.Writer.TryWrite(email))
            Failed(email, $"the mail queue is full ({Capacity} mails waiting)");
    }

    internal void Sent(AccountEmail email) =>
        audit.Record(email.TenantId, "email_sent", "success", null, email.UserId.ToString(), null, new { kind = KindName(email.Kind) });

    internal void Failed(AccountEmail email, string reason)
    {
        logger.LogError("Could not send the {Kind} mail to user {UserId}: {Reason}", KindName(email.Kind), email.UserId, reason);
        audit.Record(email.TenantId, "email_failed", "failure", null, email.UserId.ToString(), null, new { kind = KindName(email.Kind), reason });
    }

    internal static string KindName(AccountEmailKind kind) => kind switch
    {
        AccountEmailKind.VerifyAddress => "verify_address",
        AccountEmailKind.AddressAlreadyRegistered => "address_already_registered",
        _ => "reset_password",
    };
}

/// <summary>Sends the queued mails of <see cref="EmailOutbox"/> for the lifetime of the server.</summary>
public sealed class EmailOutboxWorker(EmailOutbox outbox, AccountEmailComposer composer, SmtpEmailSender smtp) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var email in outbox.Queue.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await SendAsync(email, stoppingToken);
                    outbox.Sent(email);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    outbox.Failed(email, exception.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is not sent (each page told the person to ask again if no mail arrives).
        }
    }

    /// <summary>
    /// Composes and sends one mail. Out of line, so that the loop above, which runs from start to stop, names no MimeKit
    /// type: MimeKit and MailKit are not loaded at start, but with the first mail or the first page (MVC looks through
    /// every type of warden.dll); bench/README.md, "Footprint, fourth pass".
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private async Task SendAsync(AccountEmail email, CancellationToken cancellationToken) =>
        await smtp.SendAsync(await composer.ComposeAsync(email, cancellationToken), cancellationToken);
}

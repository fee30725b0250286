using System.Buffers;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;
using Warden.Testing;

namespace Warden.Tests.SelfService;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free loopback port in the test process: every message Warden
/// sends arrives here, parsed with MimeKit, for the test to read and follow its link.
/// </summary>
public sealed partial class TestSmtpServer : IAsyncDisposable
{
    /// <summary>How long a test waits for a mail Warden queued: sending is in the background, so arrival is an event.</summary>
    public static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(20);

    private readonly Channel<MimeMessage> _received = Channel.CreateUnbounded<MimeMessage>();
    private readonly CancellationTokenSource _stop = new();
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly List<MimeMessage> _all = [];

    private TestSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(_stop.Token);
    }

    public int Port { get; }

    public static TestSmtpServer Start() => new(FreePort.Next());

    /// <summary>The next message to <paramref name="address"/> (messages to others are kept for <see cref="All"/>).</summary>
    public async Task<MimeMessage> NextAsync(string address)
    {
        using var timeout = new CancellationTokenSource(ArrivalTimeout);
        try
        {
            while (true)
            {
                var message = await _received.Reader.ReadAsync(timeout.Token);
                if (message.To.Mailboxes.Any(mailbox => string.Equals(mailbox.Address, address, StringComparison.OrdinalIgnoreCase)))
                    return message;
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no mail to {address} arrived within {ArrivalTimeout.TotalSeconds:0} s");
        }
    }

    /// <summary>Every message received so far.</summary>
    public IReadOnlyList<MimeMessage> All
    {
        get
        {
            lock (_all)
                return _all.ToList();
        }
    }

    /// <summary>The path and query of the link to <paramref name="path"/> in the message's text part.</summary>
    public static string LinkIn(MimeMessage message, string path)
    {
        var match = Regex.Match(message.TextBody ?? "", @"https?://[^/\s]+(" + Regex.Escape(path) + @"\?token=[A-Za-z0-9_\-%]+)");
        if (!match.Success)
            throw new InvalidOperationException($"no {path} link in the message: {message.TextBody}");
        return match.Groups[1].Value;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }
        _stop.Dispose();
    }

    private sealed class Store(TestSmtpServer owner) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer,
            CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            lock (owner._all)
                owner._all.Add(message);
            await owner._received.Writer.WriteAsync(message, cancellationToken);
            return SmtpResponse.Ok;
        }
    }
}

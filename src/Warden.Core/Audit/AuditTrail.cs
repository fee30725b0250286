using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Warden.Core.Audit;

/// <summary>
/// Records audit events without a database write on the request path: events queue in memory and
/// <see cref="RunAsync"/> writes them in the background, at most <see cref="BatchDelay"/> after they happened, in one
/// transaction per batch. Events still queued when the process is killed are lost; a batch the database refuses is
/// logged and dropped; if the queue fills up (the database is down for long), new events are dropped with a warning
/// rather than blocking requests. Shutdown drains the queue.
/// </summary>
public sealed class AuditTrail(IAuditLogStore store, TimeProvider time, ILogger<AuditTrail> logger)
{
    private const int Capacity = 100_000;
    private const int BatchSize = 500;

    /// <summary>How long the writer lets events gather before a write, so that busy periods give large, cheap batches.</summary>
    private static readonly TimeSpan BatchDelay = TimeSpan.FromMilliseconds(100);

    private readonly Channel<AuditEvent> _queue = Channel.CreateBounded<AuditEvent>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private long _dropped;

    /// <param name="details">A small object serialised as JSON; never a secret.</param>
    public void Record(string tenantId, string eventType, string outcome, string? clientId, string? userId, string? ipAddress,
        object? details = null)
    {
        var auditEvent = new AuditEvent(Guid.CreateVersion7(), tenantId, time.GetUtcNow(), eventType, outcome, clientId, userId, ipAddress,
            details is null ? "{}" : JsonSerializer.Serialize(details));
        if (!_queue.Writer.TryWrite(auditEvent) && Interlocked.Increment(ref _dropped) % 1000 == 1)
            logger.LogWarning("Audit queue full: events are being dropped ({Dropped} so far)", Interlocked.Read(ref _dropped));
    }

    /// <summary>Writes queued events until cancelled, then drains what is left.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AuditEvent>(BatchSize);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                if (_queue.Reader.Count < BatchSize)
                    await Task.Delay(BatchDelay, time, stoppingToken);
                await FlushAsync(batch, CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await FlushAsync(batch, CancellationToken.None);
    }

    /// <summary>Writes everything queued so far (tests and shutdown).</summary>
    public Task FlushAsync() => FlushAsync(new List<AuditEvent>(BatchSize), CancellationToken.None);

    private async Task FlushAsync(List<AuditEvent> batch, CancellationToken cancellationToken)
    {
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && _queue.Reader.TryRead(out var next))
                batch.Add(next);
            if (batch.Count == 0)
                return;
            try
            {
                await store.AppendManyAsync(batch, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not write {Count} audit events: {Reason}", batch.Count, exception.Message);
                return;
            }
        }
    }
}

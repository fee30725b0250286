using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Warden.Core.Audit;

/// <summary>
/// Records audit events without a database write on the request path: events queue in memory and
/// <see cref="RunAsync"/> writes them in the background, at most <see cref="BatchDelay"/> after they happened, in one
/// transaction per batch. Events still queued when the process is killed are lost; a batch the database refuses is
/// logged and dropped; if the queue fills up (the database is down for long), new events are dropped with a warning
/// rather than blocking requests. Shutdown drains the queue.
/// Frequent events (<see cref="RecordFrequent"/>, such as token issuance to machine clients) that are identical but
/// for the token they concern are summarised within one write: one row with a count and the time span instead of
/// thousands, so that auditing costs no database row per token at high rates.
/// </summary>
public sealed class AuditTrail(IAuditLogStore store, TimeProvider time, ILogger<AuditTrail> logger)
{
    private const int Capacity = 100_000;
    private const int BatchSize = 500;

    /// <summary>How long the writer lets events gather before a write, so that busy periods give large, cheap batches.</summary>
    private static readonly TimeSpan BatchDelay = TimeSpan.FromMilliseconds(100);

    /// <summary>A queued event; <paramref name="Jti"/> is set on frequent events, the one detail that may differ between summarised events.</summary>
    private sealed record Pending(AuditEvent Event, string? Jti);

    private readonly Channel<Pending> _queue = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private readonly SemaphoreSlim _writing = new(1, 1);
    private long _dropped;

    /// <param name="details">A small object serialised as JSON; never a secret.</param>
    public void Record(string tenantId, string eventType, string outcome, string? clientId, string? userId, string? ipAddress,
        object? details = null) =>
        Enqueue(new Pending(NewEvent(tenantId, eventType, outcome, clientId, userId, ipAddress, details), null));

    /// <summary>
    /// Records an event that may occur thousands of times a second; identical ones (same tenant, type, outcome, client,
    /// user, address and details) written together become one row with "count", "first_at" and "last_at", and a lone
    /// one carries <paramref name="jti"/>.
    /// </summary>
    public void RecordFrequent(string tenantId, string eventType, string outcome, string? clientId, string? userId, string? ipAddress,
        object details, string jti) =>
        Enqueue(new Pending(NewEvent(tenantId, eventType, outcome, clientId, userId, ipAddress, details), jti));

    private AuditEvent NewEvent(string tenantId, string eventType, string outcome, string? clientId, string? userId, string? ipAddress,
        object? details) =>
        new(Guid.CreateVersion7(), tenantId, time.GetUtcNow(), eventType, outcome, clientId, userId, ipAddress,
            details is null ? "{}" : JsonSerializer.Serialize(details));

    private void Enqueue(Pending pending)
    {
        if (!_queue.Writer.TryWrite(pending) && Interlocked.Increment(ref _dropped) % 1000 == 1)
            logger.LogWarning("Audit queue full: events are being dropped ({Dropped} so far)", Interlocked.Read(ref _dropped));
    }

    /// <summary>Writes queued events until cancelled, then drains what is left.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Pending>(BatchSize);
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
    public Task FlushAsync() => FlushAsync(new List<Pending>(BatchSize), CancellationToken.None);

    /// <summary>Writes until the queue is empty; one writer at a time, so a caller returns only after every event queued before it is stored.</summary>
    private async Task FlushAsync(List<Pending> batch, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            await DrainAsync(batch, cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    private async Task DrainAsync(List<Pending> batch, CancellationToken cancellationToken)
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
                await store.AppendManyAsync(Summarise(batch), cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Could not write {Count} audit events: {Reason}", batch.Count, exception.Message);
                return;
            }
        }
    }

    private static List<AuditEvent> Summarise(List<Pending> batch)
    {
        var rows = batch.Where(pending => pending.Jti is null).Select(pending => pending.Event).ToList();
        var frequent = batch.Where(pending => pending.Jti is not null).GroupBy(pending => pending.Event with { Id = Guid.Empty, OccurredAt = default });
        foreach (var group in frequent)
        {
            var first = group.First();
            var details = JsonNode.Parse(first.Event.Details)!.AsObject();
            var count = group.Count();
            if (count == 1)
            {
                details["jti"] = first.Jti;
                rows.Add(first.Event with { Details = details.ToJsonString() });
                continue;
            }
            details["count"] = count;
            details["first_at"] = group.Min(pending => pending.Event.OccurredAt);
            details["last_at"] = group.Max(pending => pending.Event.OccurredAt);
            rows.Add(first.Event with { Details = details.ToJsonString() });
        }
        return rows;
    }
}

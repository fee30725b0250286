using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Warden.Core.ApiKeys;

/// <summary>
/// Records when API keys are used without a database write per use: each use only updates an in-memory entry per key
/// (the latest time wins), and <see cref="RunAsync"/> writes the entries gathered every <see cref="FlushInterval"/> in
/// one batch (<see cref="IApiKeyStore.RecordUsesAsync"/>), so a key used a thousand times a second costs one row update
/// per interval. Shutdown writes what is left; uses gathered when the process is killed are lost, which is acceptable
/// for a last-used time. A batch the database refuses is kept for the next attempt.
/// </summary>
public sealed class ApiKeyUseRecorder(IApiKeyStore store, TimeProvider time, ILogger<ApiKeyUseRecorder> logger)
{
    /// <summary>How often gathered uses are written.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<(string TenantId, string PublicId), DateTimeOffset> _pending = new();
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>The number of keys with uses not yet written.</summary>
    public int PendingCount => _pending.Count;

    public void Record(string tenantId, string publicId, DateTimeOffset usedAt) =>
        _pending.AddOrUpdate((tenantId, publicId), usedAt, (_, earlier) => usedAt > earlier ? usedAt : earlier);

    /// <summary>Writes gathered uses every <see cref="FlushInterval"/> until cancelled, then once more.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(FlushInterval, time, stoppingToken);
                await FlushAsync(CancellationToken.None);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        await FlushAsync(CancellationToken.None);
    }

    /// <summary>Writes every use gathered so far in one batch; one writer at a time.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _writing.WaitAsync(cancellationToken);
        try
        {
            var batch = new List<ApiKeyUse>();
            foreach (var key in _pending.Keys)
            {
                if (_pending.TryRemove(key, out var usedAt))
                    batch.Add(new ApiKeyUse(key.TenantId, key.PublicId, usedAt));
            }
            if (batch.Count == 0)
                return;
            try
            {
                await store.RecordUsesAsync(batch, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                foreach (var use in batch)
                    Record(use.TenantId, use.PublicId, use.UsedAt);
                logger.LogWarning("Could not write the last use of {Count} API keys (kept for the next attempt): {Reason}", batch.Count,
                    exception.Message);
            }
        }
        finally
        {
            _writing.Release();
        }
    }
}

using Warden.Configuration;
using Warden.Core.Cleanup;

namespace Warden.Operations.Cleanup;

/// <summary>
/// Runs an expired-data cleanup pass every database.cleanup_interval (0 turns it off). Several instances sharing a
/// database take turns through the cleanup lease; a pass that fails (storage unreachable) is logged and retried at the
/// next interval.
/// </summary>
public sealed class CleanupService(ExpiredDataCleaner cleaner, WardenOptions options, TimeProvider time, ILogger<CleanupService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = options.Database.CleanupInterval;
        if (interval <= TimeSpan.Zero)
        {
            logger.LogInformation("Expired-data cleanup is off (database.cleanup_interval is 0)");
            return;
        }
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                var report = await cleaner.RunOnceAsync(stoppingToken);
                if (report is { Total: > 0 })
                {
                    logger.LogInformation("Cleanup deleted {Total} expired rows in {Milliseconds} ms ({Details})", report.Total,
                        (long)report.Duration.TotalMilliseconds,
                        string.Join(", ", report.Deleted.Where(pair => pair.Value > 0).Select(pair => $"{pair.Key}: {pair.Value}")));
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning("Cleanup pass failed, retrying in {Interval} s: {Reason}", interval.TotalSeconds, exception.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

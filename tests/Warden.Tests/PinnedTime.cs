using Microsoft.Extensions.Time.Testing;

namespace Warden.Tests;

/// <summary>Clocks for tests that need time to pass: they advance a fake clock instead of waiting.</summary>
public static class PinnedTime
{
    /// <summary>
    /// A fake clock at the current second (whole, so tokens' second-precision issue times equal it exactly). It starts
    /// at the real time because the test's own client libraries check token lifetimes against the system clock.
    /// </summary>
    public static FakeTimeProvider StartingNow()
    {
        var now = DateTimeOffset.UtcNow;
        return new FakeTimeProvider(now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)));
    }
}

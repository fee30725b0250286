namespace Warden.Core.Security;

/// <param name="MaxConcurrent">Password hashes computed at once; each Argon2id hash holds its memory cost while it runs.</param>
/// <param name="QueueLength">Sign-ins that may wait for a free slot; beyond that they are refused at once.</param>
public sealed record PasswordHashLimits(int MaxConcurrent, int QueueLength)
{
    /// <summary>One hash per processor (more only share the cores and hold more memory), and a queue twice that long.</summary>
    public static PasswordHashLimits Default { get; } = new(Environment.ProcessorCount, 2 * Environment.ProcessorCount);
}

/// <summary>
/// Bounds the password hashing that people without an account can start (every sign-in costs one Argon2id hash, also
/// for unknown usernames): at most <see cref="PasswordHashLimits.MaxConcurrent"/> run, at most
/// <see cref="PasswordHashLimits.QueueLength"/> wait, and the rest are refused, so a flood of sign-in attempts costs a
/// bounded amount of memory and answers "busy" instead of exhausting the process.
/// </summary>
public sealed class PasswordHashLimiter(PasswordHashLimits limits)
{
    private readonly SemaphoreSlim _slots = new(limits.MaxConcurrent, limits.MaxConcurrent);
    private int _admitted;

    public PasswordHashLimits Limits => limits;

    /// <summary>
    /// A slot to hash in, released by disposing it; null at once when every slot is taken and the queue is full.
    /// Waiting ends with <see cref="OperationCanceledException"/> when the caller gives up.
    /// </summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _admitted) > limits.MaxConcurrent + limits.QueueLength)
        {
            Interlocked.Decrement(ref _admitted);
            return null;
        }
        try
        {
            await _slots.WaitAsync(cancellationToken);
        }
        catch
        {
            Interlocked.Decrement(ref _admitted);
            throw;
        }
        return new Slot(this);
    }

    private sealed class Slot(PasswordHashLimiter limiter) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
                return;
            limiter._slots.Release();
            Interlocked.Decrement(ref limiter._admitted);
        }
    }
}

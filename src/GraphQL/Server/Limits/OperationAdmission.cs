using System.Threading.RateLimiting;

namespace Platform.GraphQL.Server.Limits;

/// <summary>
/// Bounds how many HTTP operations run at once and how many wait, oldest first. Past capacity, a server that starts
/// every request makes all of them slow (each holds a database connection and competes for the CPU) until clients
/// time out and their cancelled work is wasted; waiting in this queue costs nothing, and past the queue a request is
/// refused at once with <see cref="LimitCodes.ServerBusy"/> so the client can back off.
/// </summary>
public sealed class OperationAdmission
{
    private readonly ConcurrencyLimiter? _limiter;

    /// <summary>Admits at most <paramref name="maxConcurrent"/> operations (none when null) and queues <paramref name="maxQueued"/> more.</summary>
    public OperationAdmission(int? maxConcurrent, int maxQueued)
    {
        if (maxConcurrent is { } permits)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(permits, 1, nameof(maxConcurrent));
            ArgumentOutOfRangeException.ThrowIfNegative(maxQueued);
            _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = maxQueued,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        }
    }

    /// <summary>
    /// Waits for a turn; the lease is null when the queue is full. Throws when <paramref name="ct"/> ends the wait
    /// (the client left).
    /// </summary>
    public async ValueTask<IDisposable?> EnterAsync(CancellationToken ct)
    {
        if (_limiter is null)
        {
            return NoLimit.Instance;
        }

        var lease = await _limiter.AcquireAsync(1, ct).ConfigureAwait(false);
        if (lease.IsAcquired)
        {
            return lease;
        }

        lease.Dispose();
        return null;
    }

    private sealed class NoLimit : IDisposable
    {
        public static readonly NoLimit Instance = new();

        public void Dispose()
        {
        }
    }
}

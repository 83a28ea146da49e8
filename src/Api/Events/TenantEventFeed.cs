using System.Threading.Channels;

namespace Platform.Api.Events;

/// <summary>
/// The live events of one tenant in this process: a pump reads the outbox after the last dispatched sequence whenever
/// it is signalled and hands each event, in order, to the tenant's subscribers. Signals coalesce, so a burst of
/// notifications costs one read.
/// </summary>
internal sealed class TenantEventFeed
{
    private readonly Guid _tenantId;
    private readonly OutboxReader _reader;
    private readonly ILogger _log;
    private readonly Channel<bool> _signals = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly Lock _gate = new();
    private readonly List<OutboxSubscription> _subscribers = [];
    private long _last;

    public TenantEventFeed(Guid tenantId, long last, OutboxReader reader, ILogger log, CancellationToken stopping)
    {
        _tenantId = tenantId;
        _last = last;
        _reader = reader;
        _log = log;
        _ = Task.Run(() => PumpAsync(stopping), CancellationToken.None);
    }

    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Asks the pump to read what was committed since the last dispatch.</summary>
    public void Signal() => _signals.Writer.TryWrite(true);

    /// <summary>Registers a subscriber atomically with respect to dispatch: its watermark is exactly what it will not receive live.</summary>
    public OutboxSubscription Subscribe()
    {
        lock (_gate)
        {
            var subscription = new OutboxSubscription(_tenantId, _last, Unsubscribe);
            _subscribers.Add(subscription);
            return subscription;
        }
    }

    private void Unsubscribe(OutboxSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscription);
        }
    }

    private async Task PumpAsync(CancellationToken stopping)
    {
        try
        {
            await foreach (var _ in _signals.Reader.ReadAllAsync(stopping))
            {
                try
                {
                    await DispatchCommittedAsync(stopping);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // The database is away: the listener signals again once it is back, and nothing is marked dispatched.
                    _log.LogWarning(exception, "Reading the outbox of tenant {TenantId} failed; retrying on the next signal", _tenantId);
                }
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task DispatchCommittedAsync(CancellationToken ct)
    {
        while (true)
        {
            var page = await _reader.PageAsync(_tenantId, Volatile.Read(ref _last), long.MaxValue, ct);
            lock (_gate)
            {
                foreach (var e in page)
                {
                    foreach (var subscriber in _subscribers)
                    {
                        subscriber.Offer(e);
                    }

                    _last = e.Sequence;
                }
            }

            if (page.Count < OutboxReader.PageSize)
            {
                return;
            }
        }
    }
}

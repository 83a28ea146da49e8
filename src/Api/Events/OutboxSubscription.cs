using System.Threading.Channels;
using Platform.GraphQL.Execution;

namespace Platform.Api.Events;

/// <summary>
/// One subscriber's live queue of a tenant's events. <see cref="Watermark"/> is the last sequence that was already
/// dispatched when it registered: every later event arrives through <see cref="Events"/>, every earlier one must be
/// replayed from the outbox. A subscriber that falls too far behind is ended with SUBSCRIPTION_LAGGED and resumes
/// with its last cursor, so nothing is silently dropped.
/// </summary>
public sealed class OutboxSubscription : IDisposable
{
    /// <summary>Events a subscriber may have waiting before it is considered lagging.</summary>
    public const int Capacity = 10_000;

    private readonly Channel<OutboxEvent> _events = Channel.CreateBounded<OutboxEvent>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Action<OutboxSubscription> _unregister;
    private int _disposed;

    internal OutboxSubscription(Guid tenantId, long watermark, Action<OutboxSubscription> unregister)
    {
        TenantId = tenantId;
        Watermark = watermark;
        _unregister = unregister;
    }

    /// <summary>The tenant whose events arrive here.</summary>
    public Guid TenantId { get; }

    /// <summary>The last sequence dispatched before this subscriber registered.</summary>
    public long Watermark { get; }

    /// <summary>Events after <see cref="Watermark"/>, in sequence order.</summary>
    public ChannelReader<OutboxEvent> Events => _events.Reader;

    /// <summary>Hands an event over; ends the subscription as lagging when its queue is full.</summary>
    internal void Offer(OutboxEvent e)
    {
        if (!_events.Writer.TryWrite(e))
        {
            _events.Writer.TryComplete(new GraphQLException(
                "The subscriber fell behind and was ended; subscribe again with the last cursor received as `after`.", "SUBSCRIPTION_LAGGED"));
        }
    }

    /// <summary>Unregisters; further events are no longer queued.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _events.Writer.TryComplete();
            _unregister(this);
        }
    }
}

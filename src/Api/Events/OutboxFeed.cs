using System.Collections.Concurrent;

namespace Platform.Api.Events;

/// <summary>
/// This process's fan-out of committed outbox events to its own subscribers, one feed per tenant with subscribers
/// (architecture.md, Subscriptions). Woken by <see cref="OutboxListener"/>; PostgreSQL is the only shared component,
/// so every API instance delivers events caused through any other.
/// </summary>
public sealed class OutboxFeed(OutboxReader reader, ILogger<OutboxFeed> log, IHostApplicationLifetime lifetime)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<TenantEventFeed>>> _feeds = new();

    /// <summary>Registers a live subscriber of the tenant's events; dispose it to leave.</summary>
    public async Task<OutboxSubscription> SubscribeAsync(Guid tenantId, CancellationToken ct)
    {
        var lazy = _feeds.GetOrAdd(tenantId, id => new Lazy<Task<TenantEventFeed>>(() => CreateAsync(id)));
        try
        {
            var feed = await lazy.Value.WaitAsync(ct);
            return feed.Subscribe();
        }
        catch (Exception) when (lazy.Value.IsFaulted || lazy.Value.IsCanceled)
        {
            // A feed that could not start (database away) is tried again by the next subscriber.
            _feeds.TryRemove(new KeyValuePair<Guid, Lazy<Task<TenantEventFeed>>>(tenantId, lazy));
            throw;
        }
    }

    /// <summary>Subscribers of the tenant in this process (for metrics and tests).</summary>
    public int SubscriberCount(Guid tenantId) =>
        _feeds.TryGetValue(tenantId, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully ? lazy.Value.Result.SubscriberCount : 0;

    /// <summary>Subscribers of each tenant with a running feed in this process (for metrics).</summary>
    public IEnumerable<(Guid TenantId, int Count)> SubscriberCounts() =>
        _feeds.Where(p => p.Value.IsValueCreated && p.Value.Value.IsCompletedSuccessfully).Select(p => (p.Key, p.Value.Value.Result.SubscriberCount));

    /// <summary>A notification said the tenant committed an event.</summary>
    public void Signal(Guid tenantId)
    {
        if (_feeds.TryGetValue(tenantId, out var lazy) && lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
        {
            lazy.Value.Result.Signal();
        }
    }

    /// <summary>Every feed reads what it may have missed (after a reconnect, and as a periodic safety net).</summary>
    public void SignalAll()
    {
        foreach (var lazy in _feeds.Values)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
            {
                lazy.Value.Result.Signal();
            }
        }
    }

    private async Task<TenantEventFeed> CreateAsync(Guid tenantId)
    {
        var latest = await reader.LatestAsync(tenantId, lifetime.ApplicationStopping);
        var feed = new TenantEventFeed(tenantId, latest, reader, log, lifetime.ApplicationStopping);
        // An event committed while the feed started may have been notified before it existed.
        feed.Signal();
        return feed;
    }
}

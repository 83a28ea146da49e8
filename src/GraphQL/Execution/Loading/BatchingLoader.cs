using Platform.GraphQL.Execution.Scheduling;

namespace Platform.GraphQL.Execution.Loading;

/// <summary>
/// Batching and per-request caching shared by <see cref="DataLoader{TKey,TValue}"/> and
/// <see cref="GroupDataLoader{TKey,TValue}"/>: keys asked for while resolvers run are collected and fetched
/// together when the executor has nothing else to do.
/// </summary>
public abstract class BatchingLoader<TKey, TResult> : DataLoaderBase, IBatchSource
    where TKey : notnull
{
    private readonly object _sync = new();
    private readonly Dictionary<TKey, Entry> _entries;
    private readonly List<TKey> _pendingKeys = [];
    private readonly int _maxBatchSize;

    /// <summary>Initialises the loader; <paramref name="maxBatchSize"/> of 0 means unlimited.</summary>
    protected BatchingLoader(int maxBatchSize, IEqualityComparer<TKey>? comparer)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxBatchSize);
        _maxBatchSize = maxBatchSize;
        _entries = new Dictionary<TKey, Entry>(comparer);
    }

    /// <summary>Number of times the batch function has been called (for diagnostics and tests).</summary>
    public int BatchCount { get; private set; }

    bool IBatchSource.HasPendingKeys
    {
        get
        {
            lock (_sync)
            {
                return _pendingKeys.Count != 0;
            }
        }
    }

    /// <summary>
    /// Returns the value for <paramref name="key"/>: from the request cache, or from the next batch. Await it
    /// directly in the resolver; holding the task across other awaits defeats the one-resolver-at-a-time rule.
    /// </summary>
    public Task<TResult> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var registry = Registry ?? throw new InvalidOperationException(
            "Obtain DataLoaders through IResolveFieldContext.Loaders so the executor can dispatch them.");
        Waiter waiter;
        var becamePending = false;
        lock (_sync)
        {
            if (_entries.TryGetValue(key, out var entry))
            {
                if (entry.Task is not null)
                {
                    return entry.Task;
                }
            }
            else
            {
                entry = new Entry();
                _entries.Add(key, entry);
                _pendingKeys.Add(key);
                becamePending = _pendingKeys.Count == 1;
            }

            waiter = new Waiter(registry.Scheduler.RegisterLoaderWait(), entry);
            entry.Waiters.Add(waiter);
        }

        if (becamePending)
        {
            registry.MarkPending(this);
        }

        return waiter.Task;
    }

    /// <summary>Fetches the values of <paramref name="keys"/>; returns a lookup from key to result.</summary>
    protected abstract Task<Func<TKey, TResult>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    LoaderBatch? IBatchSource.TakeBatch()
    {
        lock (_sync)
        {
            if (_pendingKeys.Count == 0)
            {
                return null;
            }

            var take = _maxBatchSize == 0 ? _pendingKeys.Count : Math.Min(_maxBatchSize, _pendingKeys.Count);
            var keys = _pendingKeys.GetRange(0, take);
            _pendingKeys.RemoveRange(0, take);
            var entries = new Entry[take];
            for (var i = 0; i < take; i++)
            {
                entries[i] = _entries[keys[i]];
                entries[i].InFlight = true;
            }

            BatchCount++;
            return new Batch(this, keys, entries);
        }
    }

    private sealed class Entry
    {
        public List<Waiter> Waiters { get; } = [];

        public Task<TResult>? Task { get; set; }

        public bool InFlight { get; set; }
    }

    private sealed class Waiter : LoadWaiter
    {
        private readonly TaskCompletionSource<TResult> _completion = new();
        private readonly Entry _entry;

        public Waiter(ResolverTurn? turn, Entry entry)
            : base(turn) => _entry = entry;

        public Task<TResult> Task => _completion.Task;

        public override void Complete()
        {
            var outcome = _entry.Task!;
            if (outcome.IsCompletedSuccessfully)
            {
                _completion.TrySetResult(outcome.Result);
            }
            else if (outcome.IsCanceled)
            {
                _completion.TrySetCanceled();
            }
            else
            {
                _completion.TrySetException(outcome.Exception!.InnerExceptions);
            }
        }
    }

    private sealed class Batch(BatchingLoader<TKey, TResult> loader, List<TKey> keys, Entry[] entries) : LoaderBatch
    {
        public override object LoaderKey => loader.RegistryKey ?? loader;

        public override async Task RunAsync(CancellationToken cancellationToken)
        {
            Func<TKey, TResult>? lookup = null;
            Exception? failure = null;
            try
            {
                lookup = await loader.FetchAsync(keys, cancellationToken);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            lock (loader._sync)
            {
                for (var i = 0; i < entries.Length; i++)
                {
                    var entry = entries[i];
                    entry.InFlight = false;
                    if (failure is not null)
                    {
                        entry.Task = failure is OperationCanceledException oce
                            ? System.Threading.Tasks.Task.FromCanceled<TResult>(oce.CancellationToken.IsCancellationRequested ? oce.CancellationToken : new CancellationToken(true))
                            : System.Threading.Tasks.Task.FromException<TResult>(failure);
                    }
                    else
                    {
                        try
                        {
                            entry.Task = System.Threading.Tasks.Task.FromResult(lookup!(keys[i]));
                        }
                        catch (Exception ex)
                        {
                            entry.Task = System.Threading.Tasks.Task.FromException<TResult>(ex);
                        }
                    }

                    Waiters.AddRange(entry.Waiters);
                    entry.Waiters.Clear();
                }
            }
        }
    }
}

using Platform.GraphQL.Execution.Scheduling;

namespace Platform.GraphQL.Execution.Loading;

/// <summary>
/// The DataLoaders of one request, keyed by whatever identifies a loader (a name or a static key object).
/// A loader lives as long as the request, so its cache never shows one caller's data to another request.
/// </summary>
public sealed class DataLoaderRegistry
{
    private readonly object _sync = new();
    private readonly Dictionary<object, object> _loaders = [];
    private readonly Queue<IBatchSource> _pending = new();

    internal DataLoaderRegistry(ExecutionScheduler scheduler) => Scheduler = scheduler;

    internal ExecutionScheduler Scheduler { get; }

    /// <summary>True when some loader has keys waiting for dispatch.</summary>
    internal bool HasPending
    {
        get
        {
            lock (_sync)
            {
                return _pending.Count != 0;
            }
        }
    }

    /// <summary>Returns the request's loader for <paramref name="key"/>, creating it with <paramref name="create"/> on first use.</summary>
    public TLoader GetOrAdd<TLoader>(object key, Func<TLoader> create)
        where TLoader : DataLoaderBase
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        lock (_sync)
        {
            if (_loaders.TryGetValue(key, out var existing))
            {
                return existing as TLoader
                    ?? throw new InvalidOperationException($"The loader registered under '{key}' is a {existing.GetType().Name}, not a {typeof(TLoader).Name}.");
            }
        }

        // Created outside the lock: the factory is host code.
        var loader = create();
        lock (_sync)
        {
            if (_loaders.TryGetValue(key, out var raced))
            {
                return (TLoader)raced;
            }

            loader.Attach(this, key);
            _loaders.Add(key, loader);
            return loader;
        }
    }

    internal void MarkPending(IBatchSource source)
    {
        lock (_sync)
        {
            _pending.Enqueue(source);
        }
    }

    internal LoaderBatch? TakeNextBatch()
    {
        lock (_sync)
        {
            while (_pending.TryPeek(out var source))
            {
                var batch = source.TakeBatch();
                if (!source.HasPendingKeys)
                {
                    _pending.Dequeue();
                }

                if (batch is not null)
                {
                    return batch;
                }
            }

            return null;
        }
    }
}

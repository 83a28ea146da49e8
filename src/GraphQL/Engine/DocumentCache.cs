using System.Collections.Concurrent;

namespace Platform.GraphQL.Engine;

/// <summary>
/// A bounded, thread-safe cache of prepared documents keyed by their text, so a repeated query is parsed and
/// validated once. Eviction is CLOCK (second chance): lookups only set a flag, so hits never take a lock.
/// </summary>
public sealed class DocumentCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _clock = new();
    private readonly object _evictionLock = new();
    private long _hits;
    private long _misses;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    public DocumentCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
    }

    /// <summary>The most documents kept.</summary>
    public int Capacity { get; }

    /// <summary>Documents currently cached.</summary>
    public int Count => _entries.Count;

    /// <summary>Lookups answered from the cache.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>Lookups that missed.</summary>
    public long Misses => Interlocked.Read(ref _misses);

    /// <summary>Finds a prepared document by its exact text.</summary>
    public bool TryGet(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PreparedDocument? document)
    {
        if (_entries.TryGetValue(text, out var entry))
        {
            entry.Referenced = true;
            Interlocked.Increment(ref _hits);
            document = entry.Document;
            return true;
        }

        Interlocked.Increment(ref _misses);
        document = null;
        return false;
    }

    /// <summary>Adds a document; evicts documents not used since the clock hand last passed when over capacity.</summary>
    public void Add(string text, PreparedDocument document)
    {
        if (!_entries.TryAdd(text, new Entry(document)))
        {
            return;
        }

        _clock.Enqueue(text);
        if (_entries.Count > Capacity)
        {
            Evict();
        }
    }

    private void Evict()
    {
        lock (_evictionLock)
        {
            // Each pass clears a flag or removes an entry, so this ends within two turns of the clock.
            while (_entries.Count > Capacity && _clock.TryDequeue(out var key))
            {
                if (!_entries.TryGetValue(key, out var entry))
                {
                    continue;
                }

                if (entry.Referenced)
                {
                    entry.Referenced = false;
                    _clock.Enqueue(key);
                }
                else
                {
                    _entries.TryRemove(key, out _);
                }
            }
        }
    }

    private sealed class Entry(PreparedDocument document)
    {
        public PreparedDocument Document { get; } = document;

        public volatile bool Referenced;
    }
}

namespace Platform.GraphQL.Execution.Loading;

/// <summary>Loads one value per key in batches (e.g. customers by id); a missing key yields <c>default</c>.</summary>
public sealed class DataLoader<TKey, TValue> : BatchingLoader<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;

    /// <summary>Creates a loader whose batch function returns a value per found key.</summary>
    public DataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? comparer = null)
        : base(maxBatchSize, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    /// <summary>Creates a loader whose batch function returns values in the order of the keys, one per key.</summary>
    public static DataLoader<TKey, TValue> FromList(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyList<TValue>>> fetch,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        return new DataLoader<TKey, TValue>(
            async (keys, ct) =>
            {
                var values = await fetch(keys, ct).ConfigureAwait(false);
                if (values.Count != keys.Count)
                {
                    throw new InvalidOperationException($"The batch function returned {values.Count} values for {keys.Count} keys.");
                }

                var map = new Dictionary<TKey, TValue>(keys.Count, comparer);
                for (var i = 0; i < keys.Count; i++)
                {
                    map[keys[i]] = values[i];
                }

                return map;
            },
            maxBatchSize,
            comparer);
    }

    /// <inheritdoc />
    protected override async Task<Func<TKey, TValue?>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken);
        return key => found.TryGetValue(key, out var value) ? value : default;
    }
}

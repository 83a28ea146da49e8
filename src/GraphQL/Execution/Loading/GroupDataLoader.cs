namespace Platform.GraphQL.Execution.Loading;

/// <summary>Loads many values per key in batches (e.g. the policies of each customer); a missing key yields an empty list.</summary>
public sealed class GroupDataLoader<TKey, TValue> : BatchingLoader<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> _fetch;

    /// <summary>Creates a loader whose batch function groups the found values by key (e.g. with <c>ToLookup</c>).</summary>
    public GroupDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
        int maxBatchSize = 0,
        IEqualityComparer<TKey>? comparer = null)
        : base(maxBatchSize, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        _fetch = fetch;
    }

    /// <inheritdoc />
    protected override async Task<Func<TKey, IReadOnlyList<TValue>>> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await _fetch(keys, cancellationToken);
        return key => found.Contains(key) ? found[key].ToArray() : [];
    }
}

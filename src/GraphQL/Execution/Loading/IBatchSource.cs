namespace Platform.GraphQL.Execution.Loading;

/// <summary>A loader as the registry sees it: something with keys waiting to be fetched.</summary>
internal interface IBatchSource
{
    /// <summary>Takes up to one batch worth of pending keys; null when none are pending.</summary>
    LoaderBatch? TakeBatch();

    /// <summary>True while keys wait to be fetched.</summary>
    bool HasPendingKeys { get; }
}

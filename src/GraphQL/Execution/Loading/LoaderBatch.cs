namespace Platform.GraphQL.Execution.Loading;

/// <summary>A set of keys of one loader fetched by one call of its batch function.</summary>
internal abstract class LoaderBatch
{
    /// <summary>Everybody waiting for a key of this batch, filled in by <see cref="RunAsync"/>.</summary>
    public List<LoadWaiter> Waiters { get; } = [];

    /// <summary>The registry key of the loader the batch belongs to (reported to the host's batch hook).</summary>
    public abstract object LoaderKey { get; }

    /// <summary>Runs the batch function and records each key's outcome; never throws.</summary>
    public abstract Task RunAsync(CancellationToken cancellationToken);
}

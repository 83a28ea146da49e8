namespace Platform.GraphQL.Execution;

/// <summary>
/// The outcome of <see cref="Executor.SubscribeAsync"/>: a response stream (spec 6.2.3), or a single result when the
/// request failed before a stream existed or the operation was a query or mutation.
/// </summary>
public sealed class SubscriptionResult
{
    internal SubscriptionResult(ExecutionResult single) => Single = single;

    internal SubscriptionResult(IAsyncEnumerable<ExecutionResult> stream) => Stream = stream;

    /// <summary>The single result (request error, or the result of a non-subscription operation); null when streaming.</summary>
    public ExecutionResult? Single { get; }

    /// <summary>One execution result per source event; cancel its enumeration to unsubscribe.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; }
}

using Microsoft.Extensions.Logging;

namespace Platform.GraphQL.Execution;

/// <summary>Host hooks of the executor, fixed for its lifetime.</summary>
public sealed class ExecutionOptions
{
    /// <summary>Resolver wrappers, outermost first (e.g. authorization, then masking).</summary>
    public IReadOnlyList<FieldMiddleware> FieldMiddleware { get; init; } = [];

    /// <summary>Receives each masked exception (log it; optionally add a correlation id to the client error).</summary>
    public Action<UnexpectedError>? OnUnexpectedError { get; init; }

    /// <summary>When set, masked exceptions are logged here as errors (in addition to <see cref="OnUnexpectedError"/>).</summary>
    public ILogger? Logger { get; init; }

    /// <summary>
    /// Called with the registry key of a loader and the request's services each time that loader's batch function runs
    /// (for metrics); it runs on the request's flow, so it must be quick and must not throw.
    /// </summary>
    public Action<object, IServiceProvider>? OnDataLoaderBatch { get; init; }
}

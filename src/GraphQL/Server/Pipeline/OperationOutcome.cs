using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Server;

/// <summary>What running one request gave: a single result, or a response stream for a subscription.</summary>
public sealed class OperationOutcome
{
    /// <summary>The single result; null when <see cref="Stream"/> is set.</summary>
    public ExecutionResult? Result { get; init; }

    /// <summary>The subscription's response stream.</summary>
    public IAsyncEnumerable<ExecutionResult>? Stream { get; init; }

    /// <summary>The operation selected, when one was.</summary>
    public OperationDefinitionNode? Operation { get; init; }

    /// <summary>The request was refused because its method cannot run this operation (mutation over GET): answer 405.</summary>
    public bool MethodNotAllowed { get; init; }
}

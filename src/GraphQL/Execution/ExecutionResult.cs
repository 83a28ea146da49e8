using Platform.GraphQL.Execution.Results;

namespace Platform.GraphQL.Execution;

/// <summary>
/// The response to one request (spec 7.1): an execution result with <c>data</c> (possibly null) and any errors,
/// or a request error result (<see cref="HasData"/> false, no <c>data</c> entry at all).
/// </summary>
public sealed class ExecutionResult
{
    /// <summary>The root result map, or null when execution nulled it or never ran.</summary>
    public ResultMap? Data { get; init; }

    /// <summary>False for a request error result (parse, validation, variable or operation errors): no <c>data</c> entry.</summary>
    public bool HasData { get; init; }

    /// <summary>The errors raised, or null when there were none (never an empty list).</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; init; }

    /// <summary>Implementation-specific response extensions; the host may add entries.</summary>
    public IDictionary<string, object?>? Extensions { get; set; }

    /// <summary>The operation that was executed, when one was selected (for the host's logs).</summary>
    public Language.Ast.OperationDefinitionNode? Operation { get; init; }

    /// <summary>Builds a request error result.</summary>
    public static ExecutionResult RequestError(IReadOnlyList<GraphQLError> errors, Language.Ast.OperationDefinitionNode? operation = null) =>
        new() { Errors = errors, HasData = false, Operation = operation };

    /// <summary>Builds a request error result from one error.</summary>
    public static ExecutionResult RequestError(GraphQLError error, Language.Ast.OperationDefinitionNode? operation = null) =>
        RequestError([error], operation);
}

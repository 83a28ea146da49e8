using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Execution;

/// <summary>What <see cref="Executor"/> needs to run one validated document (spec 6 "request").</summary>
public sealed class ExecutionArgs
{
    /// <summary>The parsed and validated document.</summary>
    public required DocumentNode Document { get; init; }

    /// <summary>The operation to run; may be null when the document has exactly one.</summary>
    public string? OperationName { get; init; }

    /// <summary>
    /// Raw variable values: JSON-like .NET values (string, bool, numbers, dictionaries, lists) or
    /// <see cref="System.Text.Json.JsonElement"/>s at any depth. See <see cref="VariableValues.FromJson"/>.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The initial value the root fields see as their source.</summary>
    public object? RootValue { get; init; }

    /// <summary>Scoped services of the request.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Per-request host state exposed to resolvers.</summary>
    public IDictionary<string, object?>? Items { get; init; }

    /// <summary>Cancels resolvers, loaders and the executor itself.</summary>
    public CancellationToken CancellationToken { get; init; }
}

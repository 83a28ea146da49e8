using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Engine;

/// <summary>One GraphQL request as a transport hands it to <see cref="GraphQLEngine"/>.</summary>
public sealed class ExecutionRequest
{
    /// <summary>The document text; may be null when <see cref="Document"/> is given (persisted documents).</summary>
    public string? Query { get; init; }

    /// <summary>An already parsed and validated document; skips the cache, parser and validator.</summary>
    public DocumentNode? Document { get; init; }

    /// <summary>The operation to run when the document has several.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variables: JSON-like values or <see cref="System.Text.Json.JsonElement"/>s (see <c>VariableValues.FromJson</c>).</summary>
    public IReadOnlyDictionary<string, object?>? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> entry, passed through for hosts and hooks.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>The root value of the operation.</summary>
    public object? RootValue { get; init; }

    /// <summary>Scoped services of the request.</summary>
    public IServiceProvider? Services { get; init; }

    /// <summary>Host state shown to resolvers as <c>IResolveFieldContext.Items</c>.</summary>
    public IDictionary<string, object?>? Items { get; init; }

    /// <summary>Cancels the execution (client gone, timeout).</summary>
    public CancellationToken CancellationToken { get; init; }
}

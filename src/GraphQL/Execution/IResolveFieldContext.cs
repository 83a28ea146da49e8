using Platform.GraphQL.Execution.Loading;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// What a resolver knows about the field it is resolving. Valid until the resolver's task completes: the executor
/// reuses the instance for the next field when a resolver finishes synchronously, so do not keep it afterwards.
/// </summary>
public interface IResolveFieldContext
{
    /// <summary>The parent object (the value its parent field resolved to); null for root fields unless a root value was given.</summary>
    object? Source { get; }

    /// <summary>Coerced argument values (spec 6.4.1), defaults applied.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The field's name in the schema (not its alias).</summary>
    string FieldName { get; }

    /// <summary>Response path to this field: names (string) and list indices (int).</summary>
    IReadOnlyList<object> Path { get; }

    /// <summary>Scoped services of the request (host dependency injection scope).</summary>
    IServiceProvider RequestServices { get; }

    /// <summary>Per-request state the host puts there (caller identity, tenant, loaders).</summary>
    IDictionary<string, object?> Items { get; }

    /// <summary>Cancelled when the client goes away or the execution timeout passes.</summary>
    CancellationToken CancellationToken { get; }

    /// <summary>The schema being executed.</summary>
    Schema Schema { get; }

    /// <summary>The object type whose field is resolved (the runtime type, never an interface).</summary>
    ObjectType ParentType { get; }

    /// <summary>The field's definition, with its applied directives.</summary>
    FieldDefinition FieldDefinition { get; }

    /// <summary>The field's name in the response (its alias, or its name).</summary>
    string ResponseKey { get; }

    /// <summary>Every selection of the document merged into this field (usually one).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    /// <summary>The operation being executed.</summary>
    OperationDefinitionNode Operation { get; }

    /// <summary>Coerced variable values of the operation.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's DataLoaders (batched, cached for the request).</summary>
    DataLoaderRegistry Loaders { get; }
}

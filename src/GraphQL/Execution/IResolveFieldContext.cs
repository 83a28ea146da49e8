namespace Platform.GraphQL.Execution;

/// <summary>What a resolver knows about the field it is resolving.</summary>
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
}

using System.Collections.Concurrent;
using Platform.Api.Data;

namespace Platform.Api.Relay;

/// <summary>Loads the nodes of one type by tenant-local id, applying the caller's row scoping (a hidden row is absent).</summary>
public delegate Task<IReadOnlyDictionary<Guid, object>> NodeBatchLoader(
    OperationWork work, OperationCaller caller, IReadOnlyList<Guid> ids, CancellationToken ct);

/// <summary>
/// The registry behind <c>node(id:)</c> / <c>nodes(ids:)</c>: each area registers its <c>Node</c> types (in its
/// <c>Bind</c>) with a batch loader and the CLR type of the values it returns, used to resolve the Node interface.
/// </summary>
public static class NodeTypes
{
    private static readonly ConcurrentDictionary<string, NodeBatchLoader> Loaders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<Type, string> Names = new();

    /// <summary>Registers a node type (idempotent: a schema may be built several times per process).</summary>
    public static void Register<T>(string typeName, NodeBatchLoader loader)
        where T : class
    {
        Loaders[typeName] = loader;
        Names[typeof(T)] = typeName;
    }

    /// <summary>The loader of a registered type.</summary>
    public static bool TryGetLoader(string typeName, out NodeBatchLoader loader) => Loaders.TryGetValue(typeName, out loader!);

    /// <summary>The GraphQL type name of a node value, or null when its CLR type is not registered.</summary>
    public static string? NameOf(object value) => Names.TryGetValue(value.GetType(), out var name) ? name : null;

    /// <summary>The registered type names.</summary>
    public static IReadOnlyCollection<string> TypeNames => [.. Loaders.Keys];
}

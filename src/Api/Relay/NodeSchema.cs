using Platform.Api.Data;
using Platform.Api.Schema;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Loading;
using Platform.GraphQL.Types;

namespace Platform.Api.Relay;

/// <summary>Binds <c>Query.node</c>, <c>Query.nodes</c> and the <c>Node</c> interface's type resolution.</summary>
public static class NodeSchema
{
    /// <summary>Most ids one <c>nodes</c> call accepts.</summary>
    public const int MaxIds = 100;

    /// <summary>Binds the node fields.</summary>
    public static SchemaBuilder Bind(SchemaBuilder builder) => builder
        .ResolveType("Node", NodeTypes.NameOf)
        .Bind("Query", "node", async context =>
        {
            var id = context.GetArgument<string>("id");
            if (!GlobalId.TryDecode(id, out var type, out var local))
            {
                throw new GraphQLException($"\"{id}\" is not a valid global id.", GlobalId.InvalidId);
            }

            if (!NodeTypes.TryGetLoader(type, out var batch) || !MayRead(context, type))
            {
                return null;
            }

            var work = context.Work();
            var caller = context.Caller();
            var loader = context.GetDataLoader(("node", type), () => new DataLoader<Guid, object>((ids, ct) => batch(work, caller, ids, ct)));
            return await loader.LoadAsync(local);
        })
        .Bind("Query", "nodes", async context =>
        {
            var ids = context.GetArgument<IEnumerable<object?>>("ids")?.Select(i => i?.ToString()).ToArray() ?? [];
            if (ids.Length > MaxIds)
            {
                throw new GraphQLException($"At most {MaxIds} ids per call; {ids.Length} were given.", "BAD_USER_INPUT");
            }

            var decoded = new (string Type, Guid Id)?[ids.Length];
            for (var i = 0; i < ids.Length; i++)
            {
                if (!GlobalId.TryDecode(ids[i], out var type, out var local))
                {
                    throw new GraphQLException($"\"{ids[i]}\" is not a valid global id.", GlobalId.InvalidId);
                }

                decoded[i] = (type, local);
            }

            var found = new Dictionary<(string, Guid), object>();
            foreach (var group in decoded.Select(d => d!.Value).GroupBy(d => d.Type))
            {
                if (NodeTypes.TryGetLoader(group.Key, out var batch) && MayRead(context, group.Key))
                {
                    var rows = await batch(context.Work(), context.Caller(), [.. group.Select(g => g.Id).Distinct()], context.CancellationToken);
                    foreach (var (key, value) in rows)
                    {
                        found[(group.Key, key)] = value;
                    }
                }
            }

            return decoded.Select(d => found.GetValueOrDefault(d!.Value)).ToArray();
        });

    // A node of a type the caller may not see is absent rather than an error: ids must not reveal existence.
    private static bool MayRead(IResolveFieldContext context, string typeName) =>
        context.Schema.GetType(typeName) is ObjectType type && AuthorizeDirective.AllowsType(type, [.. context.Caller().Roles]);
}

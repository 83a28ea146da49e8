using Platform.GraphQL.Types;

namespace Platform.Api.Relay;

/// <summary>Binds the fields shared by every <c>XConnection</c> / <c>XEdge</c> type and <c>PageInfo</c>.</summary>
public static class ConnectionSchema
{
    /// <summary>Binds <c>edges</c>, <c>nodes</c>, <c>pageInfo</c>, <c>totalCount</c> of the connection and <c>cursor</c>, <c>node</c> of its edge.</summary>
    public static SchemaBuilder BindConnection(this SchemaBuilder builder, string connectionType, string edgeType) => builder
        .Bind(connectionType, "edges", c => ValueTask.FromResult<object?>(((IConnection)c.Source!).Edges))
        .Bind(connectionType, "nodes", c => ValueTask.FromResult<object?>(((IConnection)c.Source!).Nodes))
        .Bind(connectionType, "pageInfo", c => ValueTask.FromResult<object?>(((IConnection)c.Source!).PageInfo))
        .Bind(connectionType, "totalCount", async c => (object?)await ((IConnection)c.Source!).CountAsync(c.CancellationToken))
        .Bind(edgeType, "cursor", c => ValueTask.FromResult<object?>(((IEdge)c.Source!).Cursor))
        .Bind(edgeType, "node", c => ValueTask.FromResult<object?>(((IEdge)c.Source!).Node));

    /// <summary>Binds <c>PageInfo</c>.</summary>
    public static SchemaBuilder BindPageInfo(this SchemaBuilder builder) => builder
        .Bind("PageInfo", "hasNextPage", c => ValueTask.FromResult<object?>(((PageInfo)c.Source!).HasNextPage))
        .Bind("PageInfo", "hasPreviousPage", c => ValueTask.FromResult<object?>(((PageInfo)c.Source!).HasPreviousPage))
        .Bind("PageInfo", "startCursor", c => ValueTask.FromResult<object?>(((PageInfo)c.Source!).StartCursor))
        .Bind("PageInfo", "endCursor", c => ValueTask.FromResult<object?>(((PageInfo)c.Source!).EndCursor));
}

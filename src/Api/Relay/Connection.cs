namespace Platform.Api.Relay;

/// <summary>What the shared connection resolvers read; implemented by <see cref="Connection{T}"/>.</summary>
public interface IConnection
{
    /// <summary>The page's edges.</summary>
    IReadOnlyList<IEdge> Edges { get; }

    /// <summary>The page's nodes, in edge order.</summary>
    IReadOnlyList<object> Nodes { get; }

    /// <summary>Paging state.</summary>
    PageInfo PageInfo { get; }

    /// <summary>Counts every item matching the filter; only run when <c>totalCount</c> is selected.</summary>
    Task<int> CountAsync(CancellationToken ct);
}

/// <summary>One edge of a connection.</summary>
public interface IEdge
{
    /// <summary>The opaque cursor of the node.</summary>
    string Cursor { get; }

    /// <summary>The node.</summary>
    object Node { get; }
}

/// <summary>A Relay page: edges with cursors, page info and a lazily counted total.</summary>
public sealed class Connection<T>(IReadOnlyList<Edge<T>> edges, PageInfo pageInfo, Func<CancellationToken, Task<int>> count) : IConnection
    where T : class
{
    /// <summary>The page's edges, typed.</summary>
    public IReadOnlyList<Edge<T>> TypedEdges => edges;

    /// <inheritdoc />
    public IReadOnlyList<IEdge> Edges => edges;

    /// <inheritdoc />
    public IReadOnlyList<object> Nodes => [.. edges.Select(e => (object)e.Node)];

    /// <inheritdoc />
    public PageInfo PageInfo => pageInfo;

    /// <inheritdoc />
    public Task<int> CountAsync(CancellationToken ct) => count(ct);

    /// <summary>An empty page (for callers whose scope excludes every row).</summary>
    public static Connection<T> Empty { get; } = new([], new PageInfo(false, false, null, null), _ => Task.FromResult(0));
}

/// <summary>An edge of a <see cref="Connection{T}"/>.</summary>
public sealed record Edge<T>(string Cursor, T Node) : IEdge
    where T : class
{
    object IEdge.Node => Node;
}

/// <summary>Relay page info.</summary>
public sealed record PageInfo(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

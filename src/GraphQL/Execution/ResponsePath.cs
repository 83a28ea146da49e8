namespace Platform.GraphQL.Execution;

/// <summary>An immutable, shared-prefix response path (spec 7.1.1.4): each node adds a name or a list index to its parent.</summary>
internal sealed class ResponsePath
{
    private ResponsePath(ResponsePath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
        Depth = parent is null ? 1 : parent.Depth + 1;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The response key, or null when this node is a list index.</summary>
    public string? Name { get; }

    public int Index { get; }

    public int Depth { get; }

    public static ResponsePath Field(ResponsePath? parent, string name) => new(parent, name, -1);

    public static ResponsePath Item(ResponsePath parent, int index) => new(parent, null, index);

    /// <summary>The path as the response shows it: strings and boxed ints from the root down.</summary>
    public object[] ToArray()
    {
        var segments = new object[Depth];
        for (var node = this; node is not null; node = node.Parent)
        {
            segments[node.Depth - 1] = node.Name ?? (object)node.Index;
        }

        return segments;
    }
}

/// <summary>A response position not yet materialised as a path node: a parent path plus a key or an index.</summary>
internal readonly struct Position
{
    public Position(ResponsePath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    public ResponsePath? Parent { get; }

    public string? Name { get; }

    public int Index { get; }

    public ResponsePath ToPath() => Name is not null ? ResponsePath.Field(Parent, Name) : ResponsePath.Item(Parent!, Index);
}

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

/// <summary>
/// A response position not yet materialised as a path node: a parent path plus a key or an index, or (see
/// <see cref="Of"/>) an already materialised path. Objects of leaf-only selections (most list items) never
/// materialise theirs, which saves a path node per object unless a field fails or a resolver reads its path.
/// </summary>
internal readonly struct Position
{
    // Index value marking "Parent is this position itself": never a list index (those are >= 0) nor a field's -1.
    private const int Materialised = -2;

    public Position(ResponsePath? parent, string? name, int index)
    {
        Parent = parent;
        Name = name;
        Index = index;
    }

    public ResponsePath? Parent { get; }

    public string? Name { get; }

    public int Index { get; }

    /// <summary>A position that is the given materialised path; <c>Of(null)</c> is the root (the operation's own object).</summary>
    public static Position Of(ResponsePath? path) => new(path, null, Materialised);

    /// <summary>The position of a field of the object at this position.</summary>
    public Position Field(string responseKey) => new(ToPathOrNull(), responseKey, -1);

    /// <summary>The path of this position; null for the root.</summary>
    public ResponsePath? ToPathOrNull() => Index == Materialised ? Parent : ToPath();

    public ResponsePath ToPath() => Index == Materialised
        ? Parent ?? throw new InvalidOperationException("The root has no response path.")
        : Name is not null ? ResponsePath.Field(Parent, Name) : ResponsePath.Item(Parent!, Index);

    /// <summary>This position with its path materialised once, so several children can share it.</summary>
    public Position Materialise() => Index == Materialised ? this : Of(ToPath());
}

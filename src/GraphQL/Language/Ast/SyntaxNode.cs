namespace Platform.GraphQL.Language.Ast;

/// <summary>
/// Base of every node of a parsed GraphQL document. Nodes are immutable and compare by reference;
/// use <see cref="SyntaxComparer"/> for structural equality that ignores locations.
/// </summary>
public abstract class SyntaxNode
{
    /// <summary>Initialises the location shared by all nodes.</summary>
    protected SyntaxNode(SourceLocation? location) => Location = location;

    /// <summary>The concrete kind of this node.</summary>
    public abstract NodeKind Kind { get; }

    /// <summary>Line and column of the node's first token; null when parsed with <see cref="ParserOptions.NoLocation"/> or built in code.</summary>
    public SourceLocation? Location { get; }

    /// <summary>Canonical GraphQL text of this node.</summary>
    public override string ToString() => Printer.Print(this);

    /// <summary>Returns the list, or a shared empty list for null, so nodes never expose null collections.</summary>
    private protected static IReadOnlyList<T> OrEmpty<T>(IReadOnlyList<T>? list) => list ?? Array.Empty<T>();
}

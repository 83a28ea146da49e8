namespace Platform.GraphQL.Language.Ast;

/// <summary>A whole GraphQL document: one or more definitions (spec 2.2).</summary>
public sealed class DocumentNode : SyntaxNode
{
    /// <summary>Creates a document.</summary>
    public DocumentNode(IReadOnlyList<DefinitionNode> definitions, SourceLocation? location = null)
        : base(location) => Definitions = definitions;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Document;

    /// <summary>The definitions in source order.</summary>
    public IReadOnlyList<DefinitionNode> Definitions { get; }
}

/// <summary>Any top-level definition of a document.</summary>
public abstract class DefinitionNode : SyntaxNode
{
    /// <summary>Initialises the location.</summary>
    protected DefinitionNode(SourceLocation? location) : base(location) { }
}

/// <summary>An operation or fragment definition (spec 2.3, 2.8).</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Initialises the members shared by operations and fragments.</summary>
    protected ExecutableDefinitionNode(
        StringValueNode? description,
        string? name,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        SourceLocation? location)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = OrEmpty(directives);
        SelectionSet = selectionSet;
    }

    /// <summary>Optional description (executable descriptions, September 2025 edition).</summary>
    public StringValueNode? Description { get; }

    /// <summary>The operation or fragment name; null for an anonymous operation.</summary>
    public string? Name { get; }

    /// <summary>Directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>The top-level selection set.</summary>
    public SelectionSetNode SelectionSet { get; }
}

/// <summary>A schema, type or directive definition (spec 3).</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    /// <summary>Initialises the location.</summary>
    protected TypeSystemDefinitionNode(SourceLocation? location) : base(location) { }
}

/// <summary>A schema or type extension (spec 3).</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode
{
    /// <summary>Initialises the location.</summary>
    protected TypeSystemExtensionNode(SourceLocation? location) : base(location) { }
}

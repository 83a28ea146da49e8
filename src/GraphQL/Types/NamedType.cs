using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>A type with a name in the schema: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphType, IHasDirectives
{
    private protected NamedType(string name, string? description)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description;
    }

    /// <summary>The type's unique name in its schema.</summary>
    public string Name { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Directives applied on the definition and its extensions, in source order.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; set; } = [];

    /// <summary>The SDL definition this type was built from, when built from SDL.</summary>
    public SyntaxNode? Syntax { get; set; }

    /// <summary>Host metadata attached while building (e.g. cost hints); never printed or introspected.</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>();

    /// <inheritdoc />
    public override NamedType GetNamedType() => this;

    /// <summary>True for scalars and enums (types with no sub-selection).</summary>
    public bool IsLeaf => Kind is TypeKind.Scalar or TypeKind.Enum;

    /// <summary>True for objects, interfaces and unions (types that take a selection set).</summary>
    public bool IsComposite => Kind is TypeKind.Object or TypeKind.Interface or TypeKind.Union;

    /// <summary>True for interfaces and unions.</summary>
    public bool IsAbstract => Kind is TypeKind.Interface or TypeKind.Union;

    /// <summary>True for the introspection types whose names start with <c>__</c>.</summary>
    public bool IsIntrospection => Name.StartsWith("__", StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => Name;
}

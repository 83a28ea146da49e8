namespace Platform.GraphQL.Language.Ast;

/// <summary>A type reference: named, list or non-null (spec 2.11).</summary>
public abstract class TypeNode : SyntaxNode
{
    /// <summary>Initialises the location.</summary>
    protected TypeNode(SourceLocation? location) : base(location) { }

    /// <summary>The innermost named type, stripping all list and non-null wrappers.</summary>
    public NamedTypeNode NamedType
    {
        get
        {
            var type = this;
            while (true)
            {
                switch (type)
                {
                    case NamedTypeNode named:
                        return named;
                    case ListTypeNode list:
                        type = list.Type;
                        break;
                    case NonNullTypeNode nonNull:
                        type = nonNull.Type;
                        break;
                    default:
                        throw new InvalidOperationException("Unknown type node.");
                }
            }
        }
    }
}

/// <summary>A reference to a type by name.</summary>
public sealed class NamedTypeNode : TypeNode
{
    /// <summary>Creates a named type reference.</summary>
    public NamedTypeNode(string name, SourceLocation? location = null) : base(location) => Name = name;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NamedType;

    /// <summary>The referenced type's name.</summary>
    public string Name { get; }
}

/// <summary>A list type reference: <c>[Type]</c>.</summary>
public sealed class ListTypeNode : TypeNode
{
    /// <summary>Creates a list type reference.</summary>
    public ListTypeNode(TypeNode type, SourceLocation? location = null) : base(location) => Type = type;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListType;

    /// <summary>The item type.</summary>
    public TypeNode Type { get; }
}

/// <summary>A non-null type reference: <c>Type!</c>; the inner type is never itself non-null.</summary>
public sealed class NonNullTypeNode : TypeNode
{
    /// <summary>Creates a non-null type reference.</summary>
    public NonNullTypeNode(TypeNode type, SourceLocation? location = null) : base(location)
    {
        if (type is NonNullTypeNode)
        {
            throw new ArgumentException("A non-null type cannot wrap another non-null type.", nameof(type));
        }

        Type = type;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NonNullType;

    /// <summary>The wrapped named or list type.</summary>
    public TypeNode Type { get; }
}

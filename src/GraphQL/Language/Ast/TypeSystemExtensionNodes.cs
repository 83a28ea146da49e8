namespace Platform.GraphQL.Language.Ast;

/// <summary><c>extend schema @directives { query: Query }</c>.</summary>
public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    /// <summary>Creates a schema extension.</summary>
    public SchemaExtensionNode(
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<OperationTypeDefinitionNode>? operationTypes,
        SourceLocation? location = null)
        : base(location)
    {
        Directives = OrEmpty(directives);
        OperationTypes = OrEmpty(operationTypes);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaExtension;

    /// <summary>Directives added to the schema.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>Root operation types added to the schema.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}

/// <summary>An extension of a named type: <c>extend scalar|type|interface|union|enum|input Name ...</c>.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    /// <summary>Initialises the members shared by all type extensions.</summary>
    protected TypeExtensionNode(string name, IReadOnlyList<DirectiveNode>? directives, SourceLocation? location)
        : base(location)
    {
        Name = name;
        Directives = OrEmpty(directives);
    }

    /// <summary>The extended type's name.</summary>
    public string Name { get; }

    /// <summary>Directives added to the type.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary><c>extend scalar Name @directives</c>.</summary>
public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a scalar extension.</summary>
    public ScalarTypeExtensionNode(string name, IReadOnlyList<DirectiveNode>? directives, SourceLocation? location = null)
        : base(name, directives, location) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeExtension;
}

/// <summary><c>extend type Name implements A @directives { fields }</c>.</summary>
public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an object type extension.</summary>
    public ObjectTypeExtensionNode(
        string name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        SourceLocation? location = null)
        : base(name, directives, location)
    {
        Interfaces = OrEmpty(interfaces);
        Fields = OrEmpty(fields);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeExtension;

    /// <summary>Interfaces added to the type.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>Fields added to the type.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary><c>extend interface Name implements A @directives { fields }</c>.</summary>
public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an interface extension.</summary>
    public InterfaceTypeExtensionNode(
        string name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        SourceLocation? location = null)
        : base(name, directives, location)
    {
        Interfaces = OrEmpty(interfaces);
        Fields = OrEmpty(fields);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeExtension;

    /// <summary>Interfaces added to the type.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>Fields added to the type.</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary><c>extend union Name @directives = A | B</c>.</summary>
public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates a union extension.</summary>
    public UnionTypeExtensionNode(
        string name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<NamedTypeNode>? types,
        SourceLocation? location = null)
        : base(name, directives, location) => Types = OrEmpty(types);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeExtension;

    /// <summary>Member types added to the union.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; }
}

/// <summary><c>extend enum Name @directives { VALUES }</c>.</summary>
public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an enum extension.</summary>
    public EnumTypeExtensionNode(
        string name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<EnumValueDefinitionNode>? values,
        SourceLocation? location = null)
        : base(name, directives, location) => Values = OrEmpty(values);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeExtension;

    /// <summary>Values added to the enum.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

/// <summary><c>extend input Name @directives { fields }</c>.</summary>
public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    /// <summary>Creates an input object extension.</summary>
    public InputObjectTypeExtensionNode(
        string name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<InputValueDefinitionNode>? fields,
        SourceLocation? location = null)
        : base(name, directives, location) => Fields = OrEmpty(fields);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeExtension;

    /// <summary>Input fields added to the type.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}

namespace Platform.GraphQL.Language.Ast;

/// <summary><c>schema { query: Query ... }</c> (spec 3.3).</summary>
public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>Creates a schema definition.</summary>
    public SchemaDefinitionNode(
        StringValueNode? description,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
        SourceLocation? location = null)
        : base(location)
    {
        Description = description;
        Directives = OrEmpty(directives);
        OperationTypes = operationTypes;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SchemaDefinition;

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }

    /// <summary>Directives applied to the schema.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>Root operation types.</summary>
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; }
}

/// <summary>One root operation type entry: <c>query: Query</c>.</summary>
public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    /// <summary>Creates a root operation type entry.</summary>
    public OperationTypeDefinitionNode(OperationType operation, NamedTypeNode type, SourceLocation? location = null)
        : base(location)
    {
        Operation = operation;
        Type = type;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationTypeDefinition;

    /// <summary>The operation kind.</summary>
    public OperationType Operation { get; }

    /// <summary>The root object type for that operation.</summary>
    public NamedTypeNode Type { get; }
}

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>Initialises the members shared by all type definitions.</summary>
    protected TypeDefinitionNode(StringValueNode? description, string name, IReadOnlyList<DirectiveNode>? directives, SourceLocation? location)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = OrEmpty(directives);
    }

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The type's name.</summary>
    public string Name { get; }

    /// <summary>Directives applied to the type.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary><c>scalar Name</c>.</summary>
public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a scalar definition.</summary>
    public ScalarTypeDefinitionNode(StringValueNode? description, string name, IReadOnlyList<DirectiveNode>? directives, SourceLocation? location = null)
        : base(description, name, directives, location) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ScalarTypeDefinition;
}

/// <summary><c>type Name implements A &amp; B { fields }</c>.</summary>
public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an object type definition.</summary>
    public ObjectTypeDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        SourceLocation? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = OrEmpty(interfaces);
        Fields = OrEmpty(fields);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectTypeDefinition;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>Field definitions (empty when the fields block is omitted).</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary><c>interface Name implements A { fields }</c>.</summary>
public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an interface definition.</summary>
    public InterfaceTypeDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<NamedTypeNode>? interfaces,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<FieldDefinitionNode>? fields,
        SourceLocation? location = null)
        : base(description, name, directives, location)
    {
        Interfaces = OrEmpty(interfaces);
        Fields = OrEmpty(fields);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InterfaceTypeDefinition;

    /// <summary>Implemented interfaces.</summary>
    public IReadOnlyList<NamedTypeNode> Interfaces { get; }

    /// <summary>Field definitions (empty when the fields block is omitted).</summary>
    public IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary><c>union Name = A | B</c>.</summary>
public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates a union definition.</summary>
    public UnionTypeDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<NamedTypeNode>? types,
        SourceLocation? location = null)
        : base(description, name, directives, location) => Types = OrEmpty(types);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.UnionTypeDefinition;

    /// <summary>Member types.</summary>
    public IReadOnlyList<NamedTypeNode> Types { get; }
}

/// <summary><c>enum Name { VALUES }</c>.</summary>
public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an enum definition.</summary>
    public EnumTypeDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<EnumValueDefinitionNode>? values,
        SourceLocation? location = null)
        : base(description, name, directives, location) => Values = OrEmpty(values);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumTypeDefinition;

    /// <summary>Value definitions.</summary>
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

/// <summary><c>input Name { fields }</c>.</summary>
public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    /// <summary>Creates an input object definition.</summary>
    public InputObjectTypeDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<DirectiveNode>? directives,
        IReadOnlyList<InputValueDefinitionNode>? fields,
        SourceLocation? location = null)
        : base(description, name, directives, location) => Fields = OrEmpty(fields);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputObjectTypeDefinition;

    /// <summary>Input field definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}

/// <summary>A field of an object or interface type: <c>name(args): Type @directives</c>.</summary>
public sealed class FieldDefinitionNode : SyntaxNode
{
    /// <summary>Creates a field definition.</summary>
    public FieldDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<InputValueDefinitionNode>? arguments,
        TypeNode type,
        IReadOnlyList<DirectiveNode>? directives,
        SourceLocation? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = OrEmpty(arguments);
        Type = type;
        Directives = OrEmpty(directives);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FieldDefinition;

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    /// <summary>The output type.</summary>
    public TypeNode Type { get; }

    /// <summary>Directives applied to the field.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>An argument or input field definition: <c>name: Type = default @directives</c>.</summary>
public sealed class InputValueDefinitionNode : SyntaxNode
{
    /// <summary>Creates an input value definition.</summary>
    public InputValueDefinitionNode(
        StringValueNode? description,
        string name,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode>? directives,
        SourceLocation? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Type = type;
        DefaultValue = defaultValue;
        Directives = OrEmpty(directives);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InputValueDefinition;

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The argument or input field name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant default value, or null when none is given.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>Directives applied to the definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>One enum value definition: <c>VALUE @directives</c>.</summary>
public sealed class EnumValueDefinitionNode : SyntaxNode
{
    /// <summary>Creates an enum value definition.</summary>
    public EnumValueDefinitionNode(StringValueNode? description, string name, IReadOnlyList<DirectiveNode>? directives, SourceLocation? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Directives = OrEmpty(directives);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValueDefinition;

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The value's name.</summary>
    public string Name { get; }

    /// <summary>Directives applied to the value.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary><c>directive @name(args) repeatable on LOCATIONS</c>.</summary>
public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinitionNode(
        StringValueNode? description,
        string name,
        IReadOnlyList<InputValueDefinitionNode>? arguments,
        bool repeatable,
        IReadOnlyList<DirectiveLocation> locations,
        SourceLocation? location = null)
        : base(location)
    {
        Description = description;
        Name = name;
        Arguments = OrEmpty(arguments);
        Repeatable = repeatable;
        Locations = locations;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.DirectiveDefinition;

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }

    /// <summary>The directive's name without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Argument definitions.</summary>
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; }

    /// <summary>True when the directive may appear more than once at a location.</summary>
    public bool Repeatable { get; }

    /// <summary>Locations where the directive is allowed, in source order.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }
}

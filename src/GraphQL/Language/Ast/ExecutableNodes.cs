namespace Platform.GraphQL.Language.Ast;

/// <summary>An operation: <c>query</c>, <c>mutation</c> or <c>subscription</c>, or the query shorthand <c>{ ... }</c>.</summary>
public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates an operation definition.</summary>
    public OperationDefinitionNode(
        OperationType operation,
        string? name,
        IReadOnlyList<VariableDefinitionNode>? variableDefinitions,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        SourceLocation? location = null)
        : base(description, name, directives, selectionSet, location)
    {
        Operation = operation;
        VariableDefinitions = OrEmpty(variableDefinitions);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.OperationDefinition;

    /// <summary>Query, mutation or subscription.</summary>
    public OperationType Operation { get; }

    /// <summary>Declared variables, in source order.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; }
}

/// <summary>A fragment definition: <c>fragment Name on Type { ... }</c>.</summary>
public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    /// <summary>Creates a fragment definition.</summary>
    public FragmentDefinitionNode(
        string name,
        NamedTypeNode typeCondition,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        StringValueNode? description = null,
        SourceLocation? location = null)
        : base(description, name, directives, selectionSet, location)
    {
        TypeCondition = typeCondition;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentDefinition;

    /// <summary>The fragment's name (never <c>on</c>).</summary>
    public new string Name => base.Name!;

    /// <summary>The type the fragment applies to.</summary>
    public NamedTypeNode TypeCondition { get; }
}

/// <summary>A variable declaration: <c>$name: Type = default @directives</c>.</summary>
public sealed class VariableDefinitionNode : SyntaxNode
{
    /// <summary>Creates a variable definition.</summary>
    public VariableDefinitionNode(
        VariableNode variable,
        TypeNode type,
        ValueNode? defaultValue,
        IReadOnlyList<DirectiveNode>? directives,
        StringValueNode? description = null,
        SourceLocation? location = null)
        : base(location)
    {
        Variable = variable;
        Type = type;
        DefaultValue = defaultValue;
        Directives = OrEmpty(directives);
        Description = description;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.VariableDefinition;

    /// <summary>The declared variable.</summary>
    public VariableNode Variable { get; }

    /// <summary>The declared input type.</summary>
    public TypeNode Type { get; }

    /// <summary>The constant default value, or null when none is given.</summary>
    public ValueNode? DefaultValue { get; }

    /// <summary>Directives applied to the variable definition.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }

    /// <summary>Optional description.</summary>
    public StringValueNode? Description { get; }
}

/// <summary>A braced list of selections.</summary>
public sealed class SelectionSetNode : SyntaxNode
{
    /// <summary>Creates a selection set.</summary>
    public SelectionSetNode(IReadOnlyList<SelectionNode> selections, SourceLocation? location = null)
        : base(location) => Selections = selections;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.SelectionSet;

    /// <summary>The selections in source order (at least one when parsed).</summary>
    public IReadOnlyList<SelectionNode> Selections { get; }
}

/// <summary>A field, fragment spread or inline fragment inside a selection set.</summary>
public abstract class SelectionNode : SyntaxNode
{
    /// <summary>Initialises the directives shared by all selections.</summary>
    protected SelectionNode(IReadOnlyList<DirectiveNode>? directives, SourceLocation? location)
        : base(location) => Directives = OrEmpty(directives);

    /// <summary>Directives applied to the selection.</summary>
    public IReadOnlyList<DirectiveNode> Directives { get; }
}

/// <summary>A field selection: <c>alias: name(args) @directives { ... }</c>.</summary>
public sealed class FieldNode : SelectionNode
{
    /// <summary>Creates a field selection.</summary>
    public FieldNode(
        string? alias,
        string name,
        IReadOnlyList<ArgumentNode>? arguments,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode? selectionSet,
        SourceLocation? location = null)
        : base(directives, location)
    {
        Alias = alias;
        Name = name;
        Arguments = OrEmpty(arguments);
        SelectionSet = selectionSet;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Field;

    /// <summary>The alias, or null when the field is not aliased.</summary>
    public string? Alias { get; }

    /// <summary>The field's name in its parent type.</summary>
    public string Name { get; }

    /// <summary>The key under which the field appears in the response: the alias if present, else the name.</summary>
    public string ResponseKey => Alias ?? Name;

    /// <summary>Arguments in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }

    /// <summary>Sub-selections, or null for a leaf field.</summary>
    public SelectionSetNode? SelectionSet { get; }
}

/// <summary>A named fragment spread: <c>...Name @directives</c>.</summary>
public sealed class FragmentSpreadNode : SelectionNode
{
    /// <summary>Creates a fragment spread.</summary>
    public FragmentSpreadNode(string name, IReadOnlyList<DirectiveNode>? directives, SourceLocation? location = null)
        : base(directives, location) => Name = name;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FragmentSpread;

    /// <summary>The spread fragment's name.</summary>
    public string Name { get; }
}

/// <summary>An inline fragment: <c>... on Type @directives { ... }</c>.</summary>
public sealed class InlineFragmentNode : SelectionNode
{
    /// <summary>Creates an inline fragment.</summary>
    public InlineFragmentNode(
        NamedTypeNode? typeCondition,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        SourceLocation? location = null)
        : base(directives, location)
    {
        TypeCondition = typeCondition;
        SelectionSet = selectionSet;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.InlineFragment;

    /// <summary>The type condition, or null when the fragment applies to the enclosing type.</summary>
    public NamedTypeNode? TypeCondition { get; }

    /// <summary>The fragment's selections.</summary>
    public SelectionSetNode SelectionSet { get; }
}

/// <summary>A named argument: <c>name: value</c>, on a field or directive.</summary>
public sealed class ArgumentNode : SyntaxNode
{
    /// <summary>Creates an argument.</summary>
    public ArgumentNode(string name, ValueNode value, SourceLocation? location = null)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Argument;

    /// <summary>The argument's name.</summary>
    public string Name { get; }

    /// <summary>The argument's value.</summary>
    public ValueNode Value { get; }
}

/// <summary>A directive application: <c>@name(args)</c>.</summary>
public sealed class DirectiveNode : SyntaxNode
{
    /// <summary>Creates a directive application.</summary>
    public DirectiveNode(string name, IReadOnlyList<ArgumentNode>? arguments, SourceLocation? location = null)
        : base(location)
    {
        Name = name;
        Arguments = OrEmpty(arguments);
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Directive;

    /// <summary>The directive's name without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Arguments in source order.</summary>
    public IReadOnlyList<ArgumentNode> Arguments { get; }
}

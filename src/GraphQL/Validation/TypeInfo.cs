using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Validation;

/// <summary>
/// Tracks, while the validator walks a document, the schema elements each node refers to: the type of the enclosing
/// selection set, the field and its type, the argument or directive being read, and the input type a value must have.
/// Stacks are reused arrays, so walking allocates nothing once they have grown to the document's depth.
/// </summary>
public sealed class TypeInfo
{
    private Schema _schema;
    private readonly ScopeStack<NamedType?> _parentTypes = new();
    private readonly ScopeStack<GraphType?> _types = new();
    private readonly ScopeStack<FieldDefinition?> _fields = new();
    private readonly ScopeStack<GraphType?> _inputTypes = new();
    private readonly ScopeStack<InputValueDefinition?> _inputValues = new();

    /// <summary>Creates type info for a schema.</summary>
    public TypeInfo(Schema schema) => _schema = schema;

    /// <summary>The type of the innermost selection set (object, interface or union), or null when unknown.</summary>
    public NamedType? ParentType => _parentTypes.Top;

    /// <summary>The output type of the current field, operation or fragment, or null when unknown.</summary>
    public GraphType? Type => _types.Top;

    /// <summary>The definition of the current field, or null when unknown.</summary>
    public FieldDefinition? FieldDefinition => _fields.Top;

    /// <summary>The directive being read, or null when outside a directive or it is unknown.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    /// <summary>True while the arguments of a directive (known or not) are walked.</summary>
    public bool InDirective { get; private set; }

    /// <summary>The argument being read, or null when outside an argument or it is unknown.</summary>
    public InputValueDefinition? Argument { get; private set; }

    /// <summary>The input type the current value must have, or null when unknown.</summary>
    public GraphType? InputType => _inputTypes.Top;

    /// <summary>The input type of the value that contains the current value (e.g. the input object of a field).</summary>
    public GraphType? ParentInputType => _inputTypes.BelowTop;

    /// <summary>
    /// The argument or input field definition whose value is being read (null inside list items and at variable
    /// defaults); its default value decides whether a nullable variable may flow into a non-null position.
    /// </summary>
    public InputValueDefinition? InputValueDefinition => _inputValues.Top;

    /// <summary>Clears all state so the instance can walk another document, possibly of another schema.</summary>
    public void Reset(Schema schema)
    {
        _schema = schema;
        _parentTypes.Clear();
        _types.Clear();
        _fields.Clear();
        _inputTypes.Clear();
        _inputValues.Clear();
        Directive = null;
        InDirective = false;
        Argument = null;
    }

    /// <summary>Enters an operation: its root type becomes the current type.</summary>
    public void EnterOperation(OperationDefinitionNode node) => _types.Push(RootType(node.Operation));

    /// <summary>Enters a fragment definition or inline fragment; without a type condition the current type stays.</summary>
    public void EnterFragment(NamedTypeNode? typeCondition)
    {
        if (typeCondition is null)
        {
            _types.Push(Type?.GetNamedType());
            return;
        }

        _types.Push(_schema.GetType(typeCondition.Name) is { IsComposite: true } named ? named : null);
    }

    /// <summary>Leaves an operation, fragment definition or inline fragment.</summary>
    public void LeaveTyped() => _types.Pop();

    /// <summary>Enters a selection set: the current type, if composite, becomes the parent type.</summary>
    public void EnterSelectionSet()
    {
        var named = Type?.GetNamedType();
        _parentTypes.Push(named is { IsComposite: true } ? named : null);
    }

    /// <summary>Leaves a selection set.</summary>
    public void LeaveSelectionSet() => _parentTypes.Pop();

    /// <summary>Enters a field: looks up its definition on the parent type.</summary>
    public void EnterField(FieldNode node)
    {
        var definition = ParentType is { } parent ? _schema.GetFieldDefinition(parent, node.Name) : null;
        _fields.Push(definition);
        _types.Push(definition?.Type);
    }

    /// <summary>Leaves a field.</summary>
    public void LeaveField()
    {
        _fields.Pop();
        _types.Pop();
    }

    /// <summary>Enters a directive application.</summary>
    public void EnterDirective(DirectiveNode node)
    {
        Directive = _schema.GetDirective(node.Name);
        InDirective = true;
    }

    /// <summary>Leaves a directive application.</summary>
    public void LeaveDirective()
    {
        Directive = null;
        InDirective = false;
    }

    /// <summary>Enters an argument of the current directive, or of the current field when outside a directive.</summary>
    public void EnterArgument(ArgumentNode node)
    {
        var definition = InDirective ? Directive?.GetArgument(node.Name) : FieldDefinition?.GetArgument(node.Name);
        Argument = definition;
        _inputValues.Push(definition);
        _inputTypes.Push(definition?.Type);
    }

    /// <summary>Leaves an argument.</summary>
    public void LeaveArgument()
    {
        Argument = null;
        _inputValues.Pop();
        _inputTypes.Pop();
    }

    /// <summary>Enters a variable definition: its declared type is the expected type of its default value.</summary>
    public void EnterVariableDefinition(VariableDefinitionNode node)
    {
        _inputValues.Push(null);
        _inputTypes.Push(TypeReferences.TypeFromAst(_schema, node.Type) is { IsInputType: true } type ? type : null);
    }

    /// <summary>Leaves a variable definition.</summary>
    public void LeaveVariableDefinition()
    {
        _inputValues.Pop();
        _inputTypes.Pop();
    }

    /// <summary>
    /// Enters the items of a list literal. A list literal is only meaningful where a list is expected, so
    /// elsewhere the items get no expected type (the list itself is reported as a whole).
    /// </summary>
    public void EnterListItems()
    {
        _inputValues.Push(null);
        _inputTypes.Push(InputType?.Nullable is ListType list ? list.OfType : null);
    }

    /// <summary>Leaves the items of a list literal.</summary>
    public void LeaveListItems()
    {
        _inputValues.Pop();
        _inputTypes.Pop();
    }

    /// <summary>Enters a field of an input object literal.</summary>
    public void EnterObjectField(ObjectFieldNode node)
    {
        var definition = InputType?.GetNamedType() is InputObjectType input ? input.GetField(node.Name) : null;
        _inputValues.Push(definition);
        _inputTypes.Push(definition?.Type);
    }

    /// <summary>Leaves a field of an input object literal.</summary>
    public void LeaveObjectField()
    {
        _inputValues.Pop();
        _inputTypes.Pop();
    }

    private ObjectType? RootType(OperationType operation) => _schema.GetRootType(operation);
}

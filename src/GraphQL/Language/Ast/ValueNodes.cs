namespace Platform.GraphQL.Language.Ast;

/// <summary>An input value literal or variable (spec 2.9).</summary>
public abstract class ValueNode : SyntaxNode
{
    /// <summary>Initialises the location.</summary>
    protected ValueNode(SourceLocation? location) : base(location) { }
}

/// <summary>A variable reference: <c>$name</c>.</summary>
public sealed class VariableNode : ValueNode
{
    /// <summary>Creates a variable reference.</summary>
    public VariableNode(string name, SourceLocation? location = null) : base(location) => Name = name;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.Variable;

    /// <summary>The variable's name without <c>$</c>.</summary>
    public string Name { get; }
}

/// <summary>An integer literal, kept as source text: range checks belong to input coercion.</summary>
public sealed class IntValueNode : ValueNode
{
    /// <summary>Creates an integer literal from its text (e.g. <c>-42</c>).</summary>
    public IntValueNode(string value, SourceLocation? location = null) : base(location) => Value = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.IntValue;

    /// <summary>The literal's source text.</summary>
    public string Value { get; }
}

/// <summary>A float literal, kept as source text.</summary>
public sealed class FloatValueNode : ValueNode
{
    /// <summary>Creates a float literal from its text (e.g. <c>1.5e3</c>).</summary>
    public FloatValueNode(string value, SourceLocation? location = null) : base(location) => Value = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.FloatValue;

    /// <summary>The literal's source text.</summary>
    public string Value { get; }
}

/// <summary>A string literal; <see cref="Value"/> is the interpreted value (escapes resolved, block indentation removed).</summary>
public sealed class StringValueNode : ValueNode
{
    /// <summary>Creates a string literal.</summary>
    public StringValueNode(string value, bool block = false, SourceLocation? location = null)
        : base(location)
    {
        Value = value;
        Block = block;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.StringValue;

    /// <summary>The string's value.</summary>
    public string Value { get; }

    /// <summary>True when written as a block string (<c>"""..."""</c>).</summary>
    public bool Block { get; }
}

/// <summary>A <c>true</c> or <c>false</c> literal.</summary>
public sealed class BooleanValueNode : ValueNode
{
    /// <summary>Creates a boolean literal.</summary>
    public BooleanValueNode(bool value, SourceLocation? location = null) : base(location) => Value = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.BooleanValue;

    /// <summary>The literal's value.</summary>
    public bool Value { get; }
}

/// <summary>The <c>null</c> literal.</summary>
public sealed class NullValueNode : ValueNode
{
    /// <summary>Creates a null literal.</summary>
    public NullValueNode(SourceLocation? location = null) : base(location) { }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.NullValue;
}

/// <summary>An enum literal: a name other than <c>true</c>, <c>false</c> or <c>null</c>.</summary>
public sealed class EnumValueNode : ValueNode
{
    /// <summary>Creates an enum literal.</summary>
    public EnumValueNode(string value, SourceLocation? location = null) : base(location) => Value = value;

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.EnumValue;

    /// <summary>The enum value's name.</summary>
    public string Value { get; }
}

/// <summary>A list literal: <c>[a, b]</c>.</summary>
public sealed class ListValueNode : ValueNode
{
    /// <summary>Creates a list literal.</summary>
    public ListValueNode(IReadOnlyList<ValueNode>? values, SourceLocation? location = null)
        : base(location) => Values = OrEmpty(values);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ListValue;

    /// <summary>The items in source order.</summary>
    public IReadOnlyList<ValueNode> Values { get; }
}

/// <summary>An input object literal: <c>{ name: value }</c>.</summary>
public sealed class ObjectValueNode : ValueNode
{
    /// <summary>Creates an object literal.</summary>
    public ObjectValueNode(IReadOnlyList<ObjectFieldNode>? fields, SourceLocation? location = null)
        : base(location) => Fields = OrEmpty(fields);

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectValue;

    /// <summary>The fields in source order (duplicates are kept; validation reports them).</summary>
    public IReadOnlyList<ObjectFieldNode> Fields { get; }
}

/// <summary>One <c>name: value</c> entry of an object literal.</summary>
public sealed class ObjectFieldNode : SyntaxNode
{
    /// <summary>Creates an object literal field.</summary>
    public ObjectFieldNode(string name, ValueNode value, SourceLocation? location = null)
        : base(location)
    {
        Name = name;
        Value = value;
    }

    /// <inheritdoc />
    public override NodeKind Kind => NodeKind.ObjectField;

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's value.</summary>
    public ValueNode Value { get; }
}

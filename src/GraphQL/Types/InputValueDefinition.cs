using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>An argument of a field or directive, or a field of an input object (spec 3.6.1, 3.10).</summary>
public sealed class InputValueDefinition : IHasDirectives
{
    private object? _defaultValue;

    /// <summary>Creates an input value of the given input type.</summary>
    public InputValueDefinition(string name, GraphType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    /// <summary>The argument or input field name.</summary>
    public string Name { get; }

    /// <summary>The input type.</summary>
    public GraphType Type { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>The default as written in SDL (printed by the SDL printer and introspection), or null when none.</summary>
    public ValueNode? DefaultValueSyntax { get; set; }

    /// <summary>True when a default value is defined (the default itself may be <c>null</c>).</summary>
    public bool HasDefaultValue { get; private set; }

    /// <summary>The default coerced to <see cref="Type"/> (same representation as coerced arguments).</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        set
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>Reason from <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when the input value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied, in source order.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; set; } = [];

    /// <summary>The SDL definition, when built from SDL.</summary>
    public SyntaxNode? Syntax { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Type;
}

using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>A field of an object or interface type (spec 3.6.1).</summary>
public sealed class FieldDefinition : IHasDirectives
{
    /// <summary>Creates a field of the given output type.</summary>
    public FieldDefinition(string name, GraphType type)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(type);
        Name = name;
        Type = type;
    }

    /// <summary>The field's name.</summary>
    public string Name { get; }

    /// <summary>The field's output type.</summary>
    public GraphType Type { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; set; } = [];

    /// <summary>Reason from <c>@deprecated</c>, or null when the field is not deprecated.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when the field carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied to the field, in source order.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; set; } = [];

    /// <summary>
    /// Produces the field's value. Always set on object type fields of a built schema; null on interface fields
    /// and on schemas rebuilt from introspection.
    /// </summary>
    public FieldResolver? Resolver { get; set; }

    /// <summary>The object or interface type declaring the field (set when added to it).</summary>
    public ComplexType? DeclaringType { get; internal set; }

    /// <summary>The SDL definition, when built from SDL.</summary>
    public SyntaxNode? Syntax { get; set; }

    /// <summary>Host metadata (e.g. a query cost) attached while building; never printed or introspected.</summary>
    public IDictionary<string, object?> Metadata { get; } = new Dictionary<string, object?>();

    /// <summary>The argument with this name, or null.</summary>
    public InputValueDefinition? GetArgument(string name)
    {
        foreach (var argument in Arguments)
        {
            if (argument.Name == name)
            {
                return argument;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public override string ToString() => DeclaringType is null ? Name : DeclaringType.Name + "." + Name;
}

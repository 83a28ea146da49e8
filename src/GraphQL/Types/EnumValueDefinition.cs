using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>One value of an enum type, with the .NET value it stands for internally.</summary>
public sealed class EnumValueDefinition : IHasDirectives
{
    /// <summary>Creates an enum value; <paramref name="value"/> defaults to the name itself.</summary>
    public EnumValueDefinition(string name, object? value = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Value = value ?? name;
    }

    /// <summary>The value's name as it appears in queries and responses.</summary>
    public string Name { get; }

    /// <summary>The internal value resolvers return and receive (a CLR enum member once bound, else the name).</summary>
    public object Value { get; internal set; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Reason from <c>@deprecated</c>, or null when not deprecated.</summary>
    public string? DeprecationReason { get; set; }

    /// <summary>True when the value carries <c>@deprecated</c>.</summary>
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Directives applied, in source order.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; set; } = [];

    /// <summary>The SDL definition, when built from SDL.</summary>
    public SyntaxNode? Syntax { get; set; }

    /// <inheritdoc />
    public override string ToString() => Name;
}

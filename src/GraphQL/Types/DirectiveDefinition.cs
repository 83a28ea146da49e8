using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>A directive definition (spec 3.13): name, arguments, locations, repeatability.</summary>
public sealed class DirectiveDefinition
{
    /// <summary>Creates a directive definition.</summary>
    public DirectiveDefinition(string name, IReadOnlyList<DirectiveLocation> locations)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Locations = locations;
    }

    /// <summary>The name without <c>@</c>.</summary>
    public string Name { get; }

    /// <summary>Markdown description, or null.</summary>
    public string? Description { get; set; }

    /// <summary>Arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments { get; set; } = [];

    /// <summary>Locations where it may be applied.</summary>
    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>True when it may be applied more than once at one location.</summary>
    public bool IsRepeatable { get; set; }

    /// <summary>The SDL definition, when built from SDL.</summary>
    public SyntaxNode? Syntax { get; set; }

    /// <summary>True for the directives the spec defines (skip, include, deprecated, specifiedBy, oneOf).</summary>
    public bool IsSpecified => SpecifiedDirectives.Find(Name) is { } specified && ReferenceEquals(specified, this);

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

    /// <summary>True when the directive may be applied at <paramref name="location"/>.</summary>
    public bool AllowsLocation(DirectiveLocation location) => Locations.Contains(location);

    /// <inheritdoc />
    public override string ToString() => "@" + Name;
}

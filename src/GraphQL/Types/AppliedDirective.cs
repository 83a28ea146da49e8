namespace Platform.GraphQL.Types;

/// <summary>A directive applied to a schema element, with its arguments already coerced (defaults included).</summary>
public sealed class AppliedDirective
{
    /// <summary>Creates an applied directive.</summary>
    public AppliedDirective(DirectiveDefinition definition, IReadOnlyDictionary<string, object?> arguments)
    {
        Definition = definition;
        Arguments = arguments;
    }

    /// <summary>The directive's name without <c>@</c>.</summary>
    public string Name => Definition.Name;

    /// <summary>The directive definition it applies.</summary>
    public DirectiveDefinition Definition { get; }

    /// <summary>
    /// Coerced argument values: Int → int, Float → double, String/ID → string, Boolean → bool, enum → its internal value,
    /// list → <c>IReadOnlyList&lt;object?&gt;</c>, input object → <c>IReadOnlyDictionary&lt;string, object?&gt;</c>.
    /// </summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The original syntax (arguments as written), used by the SDL printer.</summary>
    public Language.Ast.DirectiveNode? Syntax { get; init; }

    /// <summary>The argument value or null when absent.</summary>
    public object? GetArgument(string name) => Arguments.TryGetValue(name, out var value) ? value : null;
}

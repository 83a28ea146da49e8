namespace Platform.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>; the limits keep hostile documents from exhausting CPU or stack.</summary>
public sealed class ParserOptions
{
    /// <summary>The options used when none are given.</summary>
    public static ParserOptions Default { get; } = new();

    /// <summary>Maximum number of lexical tokens (excluding ignored tokens) in one document.</summary>
    public int MaxTokens { get; init; } = 15_000;

    /// <summary>Maximum nesting of selection sets, list/object values and list/non-null type wrappers.</summary>
    public int MaxDepth { get; init; } = 128;

    /// <summary>When true, nodes carry no <see cref="SourceLocation"/> (slightly faster; errors still carry one).</summary>
    public bool NoLocation { get; init; }
}

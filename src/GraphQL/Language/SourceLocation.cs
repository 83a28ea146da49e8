namespace Platform.GraphQL.Language;

/// <summary>A 1-based line and column in a GraphQL source text.</summary>
public readonly record struct SourceLocation(int Line, int Column);

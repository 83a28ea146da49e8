namespace Platform.GraphQL.Language;

/// <summary>A snapshot of one lexical token: kind, source range, position and (for strings) the interpreted value.</summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);

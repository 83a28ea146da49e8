namespace Platform.GraphQL.Language;

/// <summary>Kinds of lexical token (spec 2.1.6); ignored tokens never surface.</summary>
public enum TokenKind
{
    /// <summary>Before the first call to <see cref="Lexer.Advance"/>.</summary>
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Ampersand,
    ParenLeft,
    ParenRight,
    Spread,
    Colon,
    Equals,
    At,
    BracketLeft,
    BracketRight,
    BraceLeft,
    Pipe,
    BraceRight,
    Name,
    Int,
    Float,
    String,
    BlockString,
}

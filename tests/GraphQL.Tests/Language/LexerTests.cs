using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Lexical grammar of spec section 2.1: ignored tokens, punctuators, names, numbers and positions.</summary>
public class LexerTests
{
    internal static List<Token> Lex(string source)
    {
        var lexer = new Lexer(source);
        var tokens = new List<Token>();
        lexer.Advance();
        while (lexer.Kind != TokenKind.EndOfFile)
        {
            tokens.Add(lexer.Current);
            lexer.Advance();
        }

        return tokens;
    }

    internal static Token Single(string source)
    {
        var tokens = Lex(source);
        Assert.Single(tokens);
        return tokens[0];
    }

    internal static GraphQLSyntaxException LexError(string source)
        => Assert.Throws<GraphQLSyntaxException>(() => Lex(source));

    [Fact]
    public void Skips_whitespace_commas_comments_and_byte_order_marks()
    {
        var tokens = Lex("\uFEFF \t,,\n# comment { ignored }\r\n  foo # trailing\r\rbar");

        Assert.Equal(2, tokens.Count);
        Assert.Equal(new Token(TokenKind.Name, 31, 34, 3, 3, null), tokens[0]);
        Assert.Equal(TokenKind.Name, tokens[1].Kind);
        Assert.Equal(5, tokens[1].Line);
        Assert.Equal(1, tokens[1].Column);
    }

    [Theory]
    [InlineData("\n", 2)]
    [InlineData("\r", 2)]
    [InlineData("\r\n", 2)]
    [InlineData("\n\r", 3)]
    [InlineData("\r\n\r\n", 3)]
    public void Counts_every_line_terminator_form_once(string terminators, int expectedLine)
    {
        var token = Single(terminators + "x");

        Assert.Equal(expectedLine, token.Line);
        Assert.Equal(1, token.Column);
    }

    [Fact]
    public void Lexes_every_punctuator()
    {
        var kinds = Lex("! $ & ( ) ... : = @ [ ] { | }").Select(t => t.Kind);

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Ampersand, TokenKind.ParenLeft, TokenKind.ParenRight,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketLeft,
                TokenKind.BracketRight, TokenKind.BraceLeft, TokenKind.Pipe, TokenKind.BraceRight,
            ],
            kinds);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("_under_score")]
    [InlineData("a1B2_c3")]
    [InlineData("__typename")]
    public void Lexes_names(string name)
    {
        var token = Single(name);

        Assert.Equal(TokenKind.Name, token.Kind);
        Assert.Equal(name.Length, token.End - token.Start);
    }

    [Fact]
    public void Name_ends_at_first_non_name_character()
    {
        var tokens = Lex("foo!bar");

        Assert.Equal([TokenKind.Name, TokenKind.Bang, TokenKind.Name], tokens.Select(t => t.Kind));
        Assert.Equal(3, tokens[0].End);
    }

    [Theory]
    [InlineData("4", TokenKind.Int)]
    [InlineData("-4", TokenKind.Int)]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("9", TokenKind.Int)]
    [InlineData("12345678901234567890123", TokenKind.Int)]
    [InlineData("4.123", TokenKind.Float)]
    [InlineData("-4.123", TokenKind.Float)]
    [InlineData("0.123", TokenKind.Float)]
    [InlineData("123e4", TokenKind.Float)]
    [InlineData("123E4", TokenKind.Float)]
    [InlineData("123e-4", TokenKind.Float)]
    [InlineData("123e+4", TokenKind.Float)]
    [InlineData("-1.123e4", TokenKind.Float)]
    [InlineData("-1.123E-4", TokenKind.Float)]
    [InlineData("-1.123e+4567", TokenKind.Float)]
    public void Lexes_numbers(string text, TokenKind kind)
    {
        var token = Single(text);

        Assert.Equal(kind, token.Kind);
        Assert.Equal(text.Length, token.End);
    }

    [Theory]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("-01", "Invalid number, unexpected digit after 0: \"1\".", 3)]
    [InlineData("+1", "Unexpected character: \"+\".", 1)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1E", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.e1", "Invalid number, expected digit but got: \"e\".", 3)]
    [InlineData(".123", "Unexpected character: \".\".", 1)]
    [InlineData("1.A", "Invalid number, expected digit but got: \"A\".", 3)]
    [InlineData("-A", "Invalid number, expected digit but got: \"A\".", 2)]
    [InlineData("1.0e", "Invalid number, expected digit but got: <EOF>.", 5)]
    [InlineData("1.0eA", "Invalid number, expected digit but got: \"A\".", 5)]
    [InlineData("1.2e3e", "Invalid number, expected digit but got: \"e\".", 6)]
    [InlineData("1.2e3.4", "Invalid number, expected digit but got: \".\".", 6)]
    [InlineData("1.23.4", "Invalid number, expected digit but got: \".\".", 5)]
    [InlineData("0x123", "Invalid number, expected digit but got: \"x\".", 2)]
    [InlineData("123L", "Invalid number, expected digit but got: \"L\".", 4)]
    [InlineData("1a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("1_234", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("1\u00DF", "Unexpected character: U+00DF.", 2)]
    [InlineData("1.23f", "Invalid number, expected digit but got: \"f\".", 5)]
    [InlineData("1.234_5", "Invalid number, expected digit but got: \"_\".", 6)]
    public void Rejects_numbers_violating_lookahead_rules(string text, string message, int column)
    {
        var error = LexError(text);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Fact]
    public void Number_followed_by_punctuator_is_two_tokens()
    {
        var kinds = Lex("1]2.5}").Select(t => t.Kind);

        Assert.Equal([TokenKind.Int, TokenKind.BracketRight, TokenKind.Float, TokenKind.BraceRight], kinds);
    }

    [Theory]
    [InlineData("..", "Unexpected character: \".\".")]
    [InlineData("?", "Unexpected character: \"?\".")]
    [InlineData("\u203B", "Unexpected character: U+203B.")]
    [InlineData("\u200B", "Unexpected character: U+200B.")]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("\uD83D\uDE00", "Unexpected character: U+1F600.")]
    [InlineData("'foo'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void Rejects_characters_outside_the_grammar(string text, string message)
    {
        var error = LexError(text);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(1, 1), error.Location);
    }

    [Fact]
    public void Lone_surrogate_in_source_is_an_error()
    {
        var error = LexError("a \uD800");

        Assert.Equal("Syntax Error: Unexpected character: U+D800.", error.Message);
        Assert.Equal(new SourceLocation(1, 3), error.Location);
    }

    [Fact]
    public void Lone_surrogate_in_comment_ends_the_comment_and_is_rejected()
    {
        var error = LexError("# ok \uDC00 rest");

        Assert.Equal("Syntax Error: Unexpected character: U+DC00.", error.Message);
    }

    [Fact]
    public void Comments_may_contain_any_valid_unicode()
    {
        var tokens = Lex("# \u00E9\uD83D\uDE00 \u2603\nx");

        Assert.Single(tokens);
        Assert.Equal(2, tokens[0].Line);
    }

    [Fact]
    public void Error_location_counts_lines_and_columns()
    {
        var error = LexError("\n\n    ?\n");

        Assert.Equal(new SourceLocation(3, 5), error.Location);
        Assert.Equal(GraphQLSyntaxException.Code, error.Error.Code);
        Assert.Equal([new SourceLocation(3, 5)], error.Error.Locations);
        Assert.Equal("Syntax Error: Unexpected character: \"?\".", error.Error.Message);
    }

    [Fact]
    public void Token_limit_aborts_lexing()
    {
        var lexer = new Lexer("a b c d", maxTokens: 3);
        lexer.Advance();
        lexer.Advance();
        lexer.Advance();

        var error = Assert.Throws<GraphQLSyntaxException>(() => lexer.Advance());

        Assert.Equal("Syntax Error: Document contains more than 3 tokens. Parsing aborted.", error.Message);
        Assert.Equal(new SourceLocation(1, 7), error.Location);
    }

    [Fact]
    public void End_of_file_is_sticky()
    {
        var lexer = new Lexer("  ");
        lexer.Advance();
        lexer.Advance();

        Assert.Equal(TokenKind.EndOfFile, lexer.Kind);
        Assert.Equal(2, lexer.Start);
    }
}

using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>String values (spec 2.9.4): escapes, Unicode escapes, surrogates and invalid input.</summary>
public class StringLexingTests
{
    private static string StringValue(string source)
    {
        var token = LexerTests.Single(source);
        Assert.Equal(TokenKind.String, token.Kind);
        return token.Value!;
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\n\\r\\b\\t\\f\"", "escaped \n\r\b\t\f")]
    [InlineData("\"slashes \\\\ \\/\"", "slashes \\ /")]
    [InlineData("\"unicode \\u1234\\u5678\\u90AB\\uCDEF\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"unicode \\u{1234}\\u{5678}\\u{90AB}\\u{CDEF}\"", "unicode \u1234\u5678\u90AB\uCDEF")]
    [InlineData("\"string with unicode escape outside BMP \\u{1F600}\"", "string with unicode escape outside BMP \U0001F600")]
    [InlineData("\"string with minimal unicode escape \\u{0}\"", "string with minimal unicode escape \0")]
    [InlineData("\"string with maximal unicode escape \\u{10FFFF}\"", "string with maximal unicode escape \U0010FFFF")]
    [InlineData("\"string with maximal minimal unicode escape \\u{00000000}\"", "string with maximal minimal unicode escape \0")]
    [InlineData("\"string with unicode surrogate pair escape \\uD83D\\uDE00\"", "string with unicode surrogate pair escape \U0001F600")]
    [InlineData("\"string with minimal surrogate pair escape \\uD800\\uDC00\"", "string with minimal surrogate pair escape \U00010000")]
    [InlineData("\"string with maximal surrogate pair escape \\uDBFF\\uDFFF\"", "string with maximal surrogate pair escape \U0010FFFF")]
    [InlineData("\"raw \u00E9 and \uD83D\uDE00 characters\"", "raw \u00E9 and \U0001F600 characters")]
    [InlineData("\"leading zeros \\u{000000041}\"", "leading zeros A")]
    [InlineData("\"lower hex \\u{1f600} \\uabcd\"", "lower hex \U0001F600 \uABCD")]
    public void Interprets_string_values(string source, string expected)
    {
        Assert.Equal(expected, StringValue(source));
    }

    [Fact]
    public void String_token_spans_its_quotes()
    {
        var token = LexerTests.Single("  \"abc\"  ");

        Assert.Equal(2, token.Start);
        Assert.Equal(7, token.End);
        Assert.Equal(3, token.Column);
    }

    [Theory]
    [InlineData("\"", "Unterminated string.", 2)]
    [InlineData("\"\"\"", "Unterminated string.", 4)]
    [InlineData("\"\"\"\"", "Unterminated string.", 5)]
    [InlineData("\"no end quote", "Unterminated string.", 14)]
    [InlineData("\"multi\nline\"", "Unterminated string.", 7)]
    [InlineData("\"multi\rline\"", "Unterminated string.", 7)]
    [InlineData("\"bad \\z esc\"", "Invalid character escape sequence: \"\\z\".", 6)]
    [InlineData("\"bad \\x esc\"", "Invalid character escape sequence: \"\\x\".", 6)]
    [InlineData("\"bad \\u1 esc\"", "Invalid Unicode escape sequence: \"\\u1 \".", 6)]
    [InlineData("\"bad \\u0XX1 esc\"", "Invalid Unicode escape sequence: \"\\u0X\".", 6)]
    [InlineData("\"bad \\uXXXX esc\"", "Invalid Unicode escape sequence: \"\\uX\".", 6)]
    [InlineData("\"bad \\uFXXX esc\"", "Invalid Unicode escape sequence: \"\\uFX\".", 6)]
    [InlineData("\"bad \\u{} esc\"", "Invalid Unicode escape sequence: \"\\u{}\".", 6)]
    [InlineData("\"bad \\u{FXXX} esc\"", "Invalid Unicode escape sequence: \"\\u{FX\".", 6)]
    [InlineData("\"bad \\u{FFFF esc\"", "Invalid Unicode escape sequence: \"\\u{FFFF \".", 6)]
    [InlineData("\"bad \\u{FFFF\"", "Invalid Unicode escape sequence: \"\\u{FFFF\"\".", 6)]
    [InlineData("\"too high \\u{110000} esc\"", "Invalid Unicode escape sequence: \"\\u{110000}\".", 11)]
    [InlineData("\"way too high \\u{12345678} esc\"", "Invalid Unicode escape sequence: \"\\u{12345678}\".", 15)]
    public void Rejects_malformed_strings(string source, string message, int column)
    {
        var error = LexerTests.LexError(source);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Theory]
    [InlineData("\"bad surrogate \\uDEAD esc\"", "\\uDEAD")]
    [InlineData("\"bad high surrogate pair \\uDEAD\\uDEAD esc\"", "\\uDEAD")]
    [InlineData("\"bad low surrogate pair \\uD800\\uD800 esc\"", "\\uD800")]
    [InlineData("\"lone leading surrogate \\uD83D esc\"", "\\uD83D")]
    [InlineData("\"braced surrogate \\u{D800} esc\"", "\\u{D800}")]
    [InlineData("\"braced surrogate \\u{DFFF}\"", "\\u{DFFF}")]
    public void Rejects_unicode_escapes_of_surrogates(string source, string shown)
    {
        var error = LexerTests.LexError(source);

        Assert.Equal($"Syntax Error: Invalid Unicode escape sequence: \"{shown}\".", error.Message);
    }

    // Lone surrogates cannot live in attribute metadata (it is UTF-8), so the sources are assembled here.
    [Theory]
    [InlineData("lone ", 0xD800, "", "U+D800", 7)]
    [InlineData("lone ", 0xDC00, " low", "U+DC00", 7)]
    [InlineData("trailing first ", 0xDC00, " pair", "U+DC00", 17)]
    [InlineData("at end ", 0xD83D, "", "U+D83D", 9)]
    public void Rejects_lone_surrogates_in_raw_string_text(string before, int surrogate, string after, string shown, int column)
    {
        var source = "\"" + before + (char)surrogate + after + "\"";

        var error = LexerTests.LexError(source);

        Assert.Equal($"Syntax Error: Invalid character within String: {shown}.", error.Message);
        Assert.Equal(new SourceLocation(1, column), error.Location);
    }

    [Fact]
    public void Rejects_reversed_surrogate_pair_in_raw_string_text()
    {
        var error = LexerTests.LexError("\"ab\uDC00\uD800\"");

        Assert.Equal("Syntax Error: Invalid character within String: U+DC00.", error.Message);
        Assert.Equal(new SourceLocation(1, 4), error.Location);
    }

    [Fact]
    public void Rejects_lone_surrogate_in_block_string()
    {
        var error = LexerTests.LexError("\"\"\"\nab\uDFFF\"\"\"");

        Assert.Equal("Syntax Error: Invalid character within String: U+DFFF.", error.Message);
        Assert.Equal(new SourceLocation(2, 3), error.Location);
    }

    [Fact]
    public void Control_characters_are_source_characters_inside_strings()
    {
        Assert.Equal("a\u0001\u007Fb", StringValue("\"a\u0001\u007Fb\""));
    }

    [Fact]
    public void Empty_string_followed_by_quote_is_a_block_string()
    {
        var token = LexerTests.Single("\"\"\"\"\"\"");

        Assert.Equal(TokenKind.BlockString, token.Kind);
        Assert.Equal(string.Empty, token.Value);
    }
}

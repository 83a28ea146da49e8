using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Block strings (spec 2.9.4): raw text, <c>\"""</c> escape and the BlockStringValue indentation algorithm.</summary>
public class BlockStringTests
{
    private static string BlockValue(string source)
    {
        var token = LexerTests.Single(source);
        Assert.Equal(TokenKind.BlockString, token.Kind);
        return token.Value!;
    }

    [Fact]
    public void Spec_example_removes_uniform_indentation_and_blank_edge_lines()
    {
        const string source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", BlockValue(source));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"simple\"\"\"", "simple")]
    [InlineData("\"\"\" white space \"\"\"", " white space ")]
    [InlineData("\"\"\"contains \" quote\"\"\"", "contains \" quote")]
    [InlineData("\"\"\"contains \\\"\"\" triple quote\"\"\"", "contains \"\"\" triple quote")]
    [InlineData("\"\"\"multi\nline\"\"\"", "multi\nline")]
    [InlineData("\"\"\"multi\rline\r\nnormalized\"\"\"", "multi\nline\nnormalized")]
    [InlineData("\"\"\"unescaped \\n\\r\\b\\t\\f\\u1234\"\"\"", "unescaped \\n\\r\\b\\t\\f\\u1234")]
    [InlineData("\"\"\"unescaped unicode outside BMP \U0001F600\"\"\"", "unescaped unicode outside BMP \U0001F600")]
    [InlineData("\"\"\"slashes \\\\ \\/\"\"\"", "slashes \\\\ \\/")]
    [InlineData("\"\"\"\n\n        spans\n          multiple\n            lines\n\n        \"\"\"", "spans\n  multiple\n    lines")]
    [InlineData("\"\"\"   first line keeps its indent\n  second\"\"\"", "   first line keeps its indent\nsecond")]
    [InlineData("\"\"\"\t\n\tTabs\n\t\tcount\n\t\"\"\"", "Tabs\n\tcount")]
    [InlineData("\"\"\"  \n   \n\"\"\"", "")]
    [InlineData("\"\"\"\n  a\n \n  b\n\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"\n  a\n     \n  b\n\"\"\"", "a\n   \nb")]
    [InlineData("\"\"\"\\\"\"\"\"\"\"", "\"\"\"")]
    public void Interprets_block_strings(string source, string expected)
    {
        Assert.Equal(expected, BlockValue(source));
    }

    [Fact]
    public void Block_string_advances_line_numbers_for_following_tokens()
    {
        var tokens = LexerTests.Lex("\"\"\"a\n\nb\r\nc\"\"\" next");

        Assert.Equal(1, tokens[0].Line);
        Assert.Equal(4, tokens[1].Line);
        Assert.Equal(6, tokens[1].Column);
    }

    [Fact]
    public void Error_inside_block_string_reports_its_own_line()
    {
        var error = LexerTests.LexError("\"\"\"\nline two\nno end");

        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
        Assert.Equal(new SourceLocation(3, 7), error.Location);
    }

    [Theory]
    [InlineData("", "\"\"\"\"\"\"")]
    [InlineData("plain", "\"\"\"\nplain\n\"\"\"")]
    [InlineData("has \"\"\" inside", "\"\"\"\nhas \\\"\"\" inside\n\"\"\"")]
    [InlineData("ends with quote\"", "\"\"\"\nends with quote\"\n\"\"\"")]
    [InlineData("  leading space\nnext", "\"\"\"\n  leading space\nnext\n\"\"\"")]
    [InlineData("  indented single line", "\"\"\"  indented single line\"\"\"")]
    public void Prints_block_strings_that_reparse_to_the_same_value(string value, string expected)
    {
        var printed = BlockStrings.TryPrint(value);

        Assert.Equal(expected, printed);
        Assert.Equal(value, BlockValue(printed!));
    }

    [Theory]
    [InlineData("carriage\rreturn")]
    [InlineData("bell\u0007")]
    [InlineData("\nleading blank line")]
    [InlineData("trailing blank line\n")]
    [InlineData("  uniformly\n  indented")]
    [InlineData("  first\n  second\n  third")]
    public void Refuses_values_no_block_string_can_represent(string value)
    {
        Assert.Null(BlockStrings.TryPrint(value));
    }

    [Theory]
    [InlineData("a\n b\n\n  c")]
    [InlineData("x \\ \\\"\"\" y")]
    [InlineData("ends with backslash\\")]
    [InlineData("\ttab first\nthen")]
    [InlineData("emoji \U0001F600\n  indented")]
    public void Every_printable_value_round_trips(string value)
    {
        var printed = BlockStrings.TryPrint(value);

        Assert.NotNull(printed);
        Assert.Equal(value, BlockValue(printed));
    }
}

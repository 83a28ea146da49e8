using System.Text;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Inputs built to exhaust stack, CPU or memory: each must end in a clean syntax error, never a crash.</summary>
public class HostileInputTests
{
    private const int OneMegabyte = 1 << 20;

    private static GraphQLSyntaxException Fail(string source, ParserOptions? options = null)
        => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source, options));

    [Fact]
    public void One_megabyte_of_open_braces_is_a_clean_error()
    {
        var error = Fail(new string('{', OneMegabyte));

        Assert.Equal("Syntax Error: Expected Name, found \"{\".", error.Message);
        Assert.Equal(GraphQLSyntaxException.Code, error.Error.Code);
    }

    [Fact]
    public void Deeply_nested_selection_sets_hit_the_depth_limit()
    {
        var source = new StringBuilder("{", OneMegabyte);
        while (source.Length < OneMegabyte)
        {
            source.Append("a{");
        }

        var error = Fail(source.ToString());

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 128.", error.Message);
        Assert.Equal(new SourceLocation(1, 257), error.Location);
    }

    [Fact]
    public void Nesting_exactly_at_the_depth_limit_parses()
    {
        var depth = ParserOptions.Default.MaxDepth;
        var source = string.Concat(Enumerable.Repeat("a{", depth - 1)) + "a" + new string('}', depth - 1);

        var document = Parser.Parse("{" + source + "}");

        Assert.Single(document.Definitions);
    }

    [Fact]
    public void One_megabyte_of_open_brackets_in_a_value_hits_the_depth_limit()
    {
        var error = Fail("{ f(a: " + new string('[', OneMegabyte));

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 128.", error.Message);
    }

    [Fact]
    public void One_megabyte_of_open_brackets_as_a_standalone_value_hits_the_depth_limit()
    {
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(new string('[', OneMegabyte)));
    }

    [Fact]
    public void Deep_nested_input_objects_hit_the_depth_limit()
    {
        var source = new StringBuilder("{ f(a: ");
        for (var i = 0; i < 10_000; i++)
        {
            source.Append("{a:");
        }

        var error = Fail(source.ToString());

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 128.", error.Message);
    }

    [Fact]
    public void Deeply_nested_list_type_hits_the_depth_limit()
    {
        var type = new string('[', 100_000) + "Int" + new string(']', 100_000);

        var error = Fail("query ($v: " + type + ") { f }", new ParserOptions { MaxTokens = int.MaxValue });

        Assert.Equal("Syntax Error: Document exceeds the maximum nesting depth of 128.", error.Message);
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(type));
    }

    [Fact]
    public void Depth_limit_can_be_raised_and_the_stack_probe_still_stops_runaway_recursion()
    {
        var options = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };

        var error = Fail("{ f(a: " + new string('[', 4 * OneMegabyte), options);

        Assert.StartsWith("Syntax Error: Document exceeds the maximum nesting depth", error.Message);
    }

    [Fact]
    public void Huge_token_counts_hit_the_token_limit()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 20_000)) + "}";

        var error = Fail(source);

        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Many_aliases_hit_the_token_limit()
    {
        var source = new StringBuilder("{");
        for (var i = 0; i < 100_000; i++)
        {
            source.Append(" a").Append(i).Append(": field");
        }

        var error = Fail(source.Append('}').ToString());

        Assert.StartsWith("Syntax Error: Document contains more than 15000 tokens.", error.Message);
    }

    [Fact]
    public void Documents_under_the_token_limit_parse()
    {
        var source = "{ " + string.Concat(Enumerable.Repeat("a ", 14_000)) + "}";

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(source).Definitions));

        Assert.Equal(14_000, operation.SelectionSet.Selections.Count);
    }

    [Fact]
    public void Token_limit_is_configurable()
    {
        var error = Fail("{ a b c }", new ParserOptions { MaxTokens = 4 });

        Assert.Equal("Syntax Error: Document contains more than 4 tokens. Parsing aborted.", error.Message);
    }

    [Fact]
    public void Megabyte_string_comment_and_block_string_are_single_tokens()
    {
        var big = new string('x', OneMegabyte);

        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(
            Parser.Parse("#" + big + "\n{ f(a: \"" + big + "\", b: \"\"\"" + big + "\"\"\") }").Definitions[0]).SelectionSet.Selections[0]);

        Assert.Equal(OneMegabyte, Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value.Length);
        Assert.Equal(OneMegabyte, Assert.IsType<StringValueNode>(field.Arguments[1].Value).Value.Length);
    }

    [Fact]
    public void Megabyte_of_escapes_is_decoded()
    {
        var escapes = string.Concat(Enumerable.Repeat("\\u{1F600}", 100_000));

        var value = Assert.IsType<StringValueNode>(Parser.ParseValue("\"" + escapes + "\""));

        Assert.Equal(200_000, value.Value.Length);
    }

    [Fact]
    public void Unterminated_megabyte_string_is_a_clean_error()
    {
        var error = Fail("{ f(a: \"" + new string('x', OneMegabyte));

        Assert.Equal("Syntax Error: Unterminated string.", error.Message);
    }

    [Fact]
    public void Integers_far_past_64_bits_are_kept_as_text()
    {
        var digits = new string('9', 10_000);

        var value = Assert.IsType<IntValueNode>(Parser.ParseValue(digits));

        Assert.Equal(digits, value.Value);
    }

    [Fact]
    public void Binary_garbage_is_a_clean_error()
    {
        var random = new Random(1234);
        var chars = new char[4096];
        for (var round = 0; round < 200; round++)
        {
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000);
            }

            var source = new string(chars);
            try
            {
                Parser.Parse(source);
            }
            catch (GraphQLSyntaxException error)
            {
                Assert.Equal(GraphQLSyntaxException.Code, error.Error.Code);
            }
        }
    }

    [Fact]
    public void Mangled_valid_documents_never_escape_as_other_exceptions()
    {
        var source = KitchenSink.Executable + "\n" + KitchenSink.TypeSystem;
        const string alphabet = "{}[]()\"\\$@!:=|&.#\n \uD800abc01-e";
        var random = new Random(42);
        for (var round = 0; round < 2_000; round++)
        {
            var chars = source.ToCharArray();
            for (var edits = 0; edits < 3; edits++)
            {
                chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            }

            try
            {
                Parser.Parse(new string(chars));
            }
            catch (GraphQLSyntaxException)
            {
                // Expected for most mutations; anything else fails the test.
            }
        }
    }

    [Theory]
    [InlineData("{ \"", "\" }")]
    [InlineData("{ ", " }")]
    [InlineData("{ f(a: \"\\u{", "G) }")]
    public void Error_messages_quote_at_most_a_short_excerpt(string before, string after)
    {
        var filler = before.EndsWith('{') ? new string('0', OneMegabyte) : new string('1', OneMegabyte);

        var error = Fail(before + filler + after);

        Assert.True(error.Message.Length < 200, error.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("...", error.Message);
    }

    [Fact]
    public void Invalid_utf8_decoded_by_the_transport_is_a_clean_error_outside_strings()
    {
        // The HTTP layer decodes bytes to UTF-16; invalid sequences become U+FFFD, which only strings and comments accept.
        var bytes = Encoding.UTF8.GetBytes("{ f(a: \"x\") }");
        var inString = (byte[])bytes.Clone();
        inString[8] = 0xC3;
        var outside = (byte[])bytes.Clone();
        outside[2] = 0xFF;

        var field = Assert.IsType<FieldNode>(Assert.IsType<OperationDefinitionNode>(
            Parser.Parse(Encoding.UTF8.GetString(inString)).Definitions[0]).SelectionSet.Selections[0]);
        var error = Fail(Encoding.UTF8.GetString(outside));

        Assert.Equal("\uFFFD", Assert.IsType<StringValueNode>(field.Arguments[0].Value).Value);
        Assert.Equal("Syntax Error: Unexpected character: U+FFFD.", error.Message);
        Assert.Equal(new SourceLocation(1, 3), error.Location);
    }
}

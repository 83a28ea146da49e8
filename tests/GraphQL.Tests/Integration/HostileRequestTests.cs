using System.Text;
using System.Text.Json;
using Platform.GraphQL.Engine;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Integration;

/// <summary>
/// Hostile requests through the engine's front door, as a transport hands them over: every one ends in a result whose
/// errors carry a code, never in an exception.
/// </summary>
public sealed class HostileRequestTests
{
    private const int OneMegabyte = 1 << 20;

    private static readonly GraphQLEngine Engine = new(new SchemaBuilder()
        .AddTypeDefinitions("""
            input Range { from: Int! to: Int! }
            type Item { name: String next: Item }
            type Query {
              item: Item
              echo(value: Int): Int
              text(value: String): String
              count(range: Range): Int
              ids(values: [Int!]): [Int!]
            }
            """)
        .Bind("Query", "item", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["name"] = "x" }))
        .Bind("Item", "name", ctx => new ValueTask<object?>(((IDictionary<string, object?>)ctx.Source!)["name"]))
        .Bind("Item", "next", _ => new ValueTask<object?>((object?)null))
        .Bind("Query", "echo", ctx => new ValueTask<object?>(ctx.Arguments["value"]))
        .Bind("Query", "text", ctx => new ValueTask<object?>(ctx.Arguments["value"]))
        .Bind("Query", "count", _ => new ValueTask<object?>(1))
        .Bind("Query", "ids", ctx => new ValueTask<object?>(ctx.Arguments["values"]))
        .Build());

    private static async Task<GraphQLError> RequestErrorAsync(string query, string? variablesJson = null)
    {
        IReadOnlyDictionary<string, object?>? variables = null;
        if (variablesJson is not null)
        {
            using var json = JsonDocument.Parse(variablesJson);
            variables = VariableValues.FromJson(json.RootElement.Clone());
        }

        var result = await Engine.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables });

        Assert.False(result.HasData);
        Assert.NotNull(result.Errors);
        Assert.All(result.Errors, e => Assert.NotNull(e.Code));
        Assert.True(result.Errors.Count <= 101, "errors are bounded");
        return result.Errors[0];
    }

    [Fact]
    public async Task One_megabyte_of_open_braces()
    {
        var error = await RequestErrorAsync(new string('{', OneMegabyte));

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public async Task One_megabyte_of_open_brackets()
    {
        var error = await RequestErrorAsync("{ ids(values: " + new string('[', OneMegabyte));

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("maximum nesting depth", error.Message);
    }

    [Fact]
    public async Task Deeply_nested_selections()
    {
        var query = "{ item " + string.Concat(Enumerable.Repeat("{ next ", 50_000)) + new string('}', 50_001);

        var error = await RequestErrorAsync(query);

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("maximum nesting depth", error.Message);
    }

    [Fact]
    public async Task Huge_document()
    {
        var query = new StringBuilder("{");
        while (query.Length < 8 * OneMegabyte)
        {
            query.Append(" item { name }");
        }

        var error = await RequestErrorAsync(query.Append('}').ToString());

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("tokens", error.Message);
    }

    [Fact]
    public async Task Many_aliases_past_the_token_limit()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 200_000).Select(i => $" a{i}: echo")) + " }";

        var error = await RequestErrorAsync(query);

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
    }

    [Fact]
    public async Task Many_conflicting_aliases_under_the_token_limit()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 1_500).Select(i => $" a: echo(value: {i})")) + " }";

        var error = await RequestErrorAsync(query);

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.StartsWith("Fields \"a\" conflict", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_distinct_aliases_under_the_token_limit_execute()
    {
        var query = "{" + string.Concat(Enumerable.Range(0, 1_800).Select(i => $" a{i}: echo(value: {i})")) + " }";

        var result = await Engine.ExecuteAsync(new ExecutionRequest { Query = query });

        Assert.Null(result.Errors);
        Assert.Equal(1_800, result.Data!.Count);
    }

    [Fact]
    public async Task Invalid_utf8_bytes_outside_a_string()
    {
        // The transport decodes the body; invalid sequences arrive as U+FFFD, which only strings and comments accept.
        var bytes = Encoding.UTF8.GetBytes("{ echo }");
        bytes[2] = 0xC0;
        bytes[3] = 0xAF;

        var error = await RequestErrorAsync(Encoding.UTF8.GetString(bytes));

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("U+FFFD", error.Message);
    }

    [Theory]
    [InlineData("\\uD800")]
    [InlineData("\\uDC00")]
    [InlineData("\\u{D800}")]
    [InlineData("\\uDC00\\uD800")]
    [InlineData("\\uD800x")]
    public async Task Lone_surrogates_in_escapes(string escape)
    {
        var error = await RequestErrorAsync("{ text(value: \"" + escape + "\") }");

        Assert.Equal(ErrorCodes.ParseFailed, error.Code);
        Assert.Contains("Invalid Unicode escape sequence", error.Message);
    }

    [Fact]
    public async Task Lone_surrogate_escape_in_a_json_variable()
    {
        var error = await RequestErrorAsync("query($v: String) { text(value: $v) }", "{\"v\": \"a\\ud800b\"}");

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("$v", error.Message);
    }

    [Fact]
    public async Task Lone_surrogate_escape_in_an_input_object_key()
    {
        var error = await RequestErrorAsync("query($v: Range) { count(range: $v) }", "{\"v\": {\"from\": 1, \"to\": 2, \"\\udc00\": 3}}");

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("lone surrogate", error.Message);
    }

    [Fact]
    public void Lone_surrogate_escape_in_a_variable_name()
    {
        using var json = JsonDocument.Parse("{\"\\ud800\": 1}");

        var error = Assert.Throws<GraphQLException>(() => VariableValues.FromJson(json.RootElement));

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Theory]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("99999999999999999999999999999999999999")]
    public async Task Integer_literals_past_32_bits(string literal)
    {
        var error = await RequestErrorAsync("{ echo(value: " + literal + ") }");

        Assert.Equal(ErrorCodes.ValidationFailed, error.Code);
        Assert.Contains("Int", error.Message);
    }

    [Theory]
    [InlineData("query($v: Int) { echo(value: $v) }", "{\"v\": 2147483648}")]
    [InlineData("query($v: Int) { echo(value: $v) }", "{\"v\": -2147483649}")]
    [InlineData("query($v: Int) { echo(value: $v) }", "{\"v\": 1e400}")]
    [InlineData("query($v: [Int!]) { ids(values: $v) }", "{\"v\": [1, 2, 4294967296]}")]
    [InlineData("query($v: Range) { count(range: $v) }", "{\"v\": {\"from\": 0, \"to\": 9223372036854775808}}")]
    public async Task Integer_variables_past_32_bits(string query, string variables)
    {
        var error = await RequestErrorAsync(query, variables);

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.Contains("$v", error.Message);
    }

    [Fact]
    public async Task Ten_thousand_digit_integer_variable()
    {
        var error = await RequestErrorAsync("query($v: Int) { echo(value: $v) }", "{\"v\": " + new string('9', 10_000) + "}");

        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.True(error.Message.Length < 500, "the message quotes a short excerpt");
    }
}

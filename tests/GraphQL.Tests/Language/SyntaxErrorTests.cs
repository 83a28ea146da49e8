using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Syntax errors: spec-style messages, locations and the GraphQL error shape.</summary>
public class SyntaxErrorTests
{
    private static GraphQLSyntaxException Fail(string source)
        => Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("   \n# only a comment\n", "Unexpected <EOF>.", 3, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("{}", "Expected Name, found \"}\".", 1, 2)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ ...MissingOn }\nfragment MissingOn Type", "Expected \"on\", found Name \"Type\".", 2, 20)]
    [InlineData("{ field: {} }", "Expected Name, found \"{\".", 1, 10)]
    [InlineData("notAnOperation Foo { field }", "Unexpected Name \"notAnOperation\".", 1, 1)]
    [InlineData("...", "Unexpected \"...\".", 1, 1)]
    [InlineData("{ \"\"", "Expected Name, found String \"\".", 1, 3)]
    [InlineData("{ \"\"\"x\"\"\" }", "Expected Name, found BlockString \"x\".", 1, 3)]
    [InlineData("{ 12 }", "Expected Name, found Int \"12\".", 1, 3)]
    [InlineData("{ 1.5 }", "Expected Name, found Float \"1.5\".", 1, 3)]
    [InlineData("query Foo($a) { f }", "Expected \":\", found \")\".", 1, 13)]
    [InlineData("query Foo($a: ) { f }", "Expected Name, found \")\".", 1, 15)]
    [InlineData("query Foo(a: Int) { f }", "Expected \"$\", found Name \"a\".", 1, 11)]
    [InlineData("query Foo() { f }", "Expected \"$\", found \")\".", 1, 11)]
    [InlineData("{ f(a: 1 }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("{ f(a) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ f(a:) }", "Unexpected \")\".", 1, 7)]
    [InlineData("{ f() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ f(a: [1 2) }", "Unexpected \")\".", 1, 12)]
    [InlineData("{ f(a: {b 1}) }", "Expected \":\", found Int \"1\".", 1, 11)]
    [InlineData("{ f @ }", "Expected Name, found \"}\".", 1, 7)]
    [InlineData("{ a } }", "Unexpected \"}\".", 1, 7)]
    [InlineData("query Q { a } extra", "Unexpected Name \"extra\".", 1, 15)]
    [InlineData("\"desc\" { a }", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"desc\"", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("query ($a: [Int) { f }", "Expected \"]\", found \")\".", 1, 16)]
    [InlineData("query ($a: Int!!) { f }", "Expected \"$\", found \"!\".", 1, 16)]
    [InlineData("{ ... on }", "Expected Name, found \"}\".", 1, 10)]
    [InlineData("fragment F { a }", "Expected \"on\", found \"{\".", 1, 12)]
    [InlineData("{ f(a: \"open) }", "Unterminated string.", 1, 16)]
    public void Reports_spec_style_message_and_location(string source, string message, int line, int column)
    {
        var error = Fail(source);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(new SourceLocation(line, column), error.Location);
    }

    [Fact]
    public void Error_carries_graphql_error_with_code_and_location()
    {
        var error = Fail("{\n  user(id: )\n}").Error;

        Assert.Equal("Syntax Error: Unexpected \")\".", error.Message);
        Assert.Equal([new SourceLocation(2, 12)], error.Locations);
        Assert.Equal("GRAPHQL_PARSE_FAILED", error.Code);
        Assert.Null(error.Path);
    }

    [Fact]
    public void Null_source_is_an_argument_error_not_a_crash()
    {
        Assert.Throws<ArgumentNullException>(() => Parser.Parse(null!));
    }

    [Fact]
    public void Trailing_tokens_after_standalone_value_or_type_are_rejected()
    {
        Assert.Equal("Syntax Error: Expected <EOF>, found Int \"2\".", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("1 2")).Message);
        Assert.Equal("Syntax Error: Expected <EOF>, found \"!\".", Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("Int!!")).Message);
    }
}

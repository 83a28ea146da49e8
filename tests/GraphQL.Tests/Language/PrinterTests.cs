using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Printer: canonical text, and parse(print(ast)) structurally equal to ast.</summary>
public class PrinterTests
{
    private static void AssertRoundTrip(string source)
    {
        var document = Parser.Parse(source);
        var printed = Printer.Print(document);
        var reparsed = Parser.Parse(printed);

        Assert.True(SyntaxComparer.AreEqual(document, reparsed), "Reparsed document differs:\n" + printed);
        Assert.Equal(printed, Printer.Print(reparsed));
    }

    [Fact]
    public void Executable_kitchen_sink_round_trips()
    {
        AssertRoundTrip(KitchenSink.Executable);
    }

    [Fact]
    public void Type_system_kitchen_sink_round_trips()
    {
        AssertRoundTrip(KitchenSink.TypeSystem);
    }

    [Fact]
    public void Prints_queries_canonically()
    {
        var printed = Printer.Print(Parser.Parse(
            "query Q($a: Int = 1, $b: [String!]!) @d { alias: f(x: $a, y: {k: [1, 2.5, \"s\", ENUM, null, true]}) @skip(if: false) { ...F ... on T { g } } }"));

        Assert.Equal(
            """
            query Q($a: Int = 1, $b: [String!]!) @d {
              alias: f(x: $a, y: {k: [1, 2.5, "s", ENUM, null, true]}) @skip(if: false) {
                ...F
                ... on T {
                  g
                }
              }
            }
            """,
            printed);
    }

    [Fact]
    public void Anonymous_query_without_extras_prints_as_shorthand()
    {
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("query { a }")));
        Assert.Equal("query ($v: Int) {\n  a\n}", Printer.Print(Parser.Parse("query ($v: Int) { a }")));
        Assert.Equal("mutation {\n  a\n}", Printer.Print(Parser.Parse("mutation { a }")));
    }

    [Fact]
    public void Prints_type_system_definitions_canonically()
    {
        var printed = Printer.Print(Parser.Parse("""
            "Person"
            type Person implements Node & Named @key(fields: "id") { id: ID! "Full name" name(format: NameFormat = SHORT): String @deprecated }
            union SearchResult = | Person | Company
            directive @auth(roles: [Role!]!) repeatable on FIELD_DEFINITION | OBJECT
            """));

        Assert.Equal(
            """
            "Person"
            type Person implements Node & Named @key(fields: "id") {
              id: ID!
              "Full name"
              name(format: NameFormat = SHORT): String @deprecated
            }

            union SearchResult = Person | Company

            directive @auth(roles: [Role!]!) repeatable on FIELD_DEFINITION | OBJECT
            """,
            printed);
    }

    [Fact]
    public void Block_descriptions_stay_block_strings_and_are_indented()
    {
        const string source = "type T {\n  \"\"\"\n  Line one\n    indented\n  \"\"\"\n  f: Int\n}";
        var document = Parser.Parse(source);

        var printed = Printer.Print(document);

        Assert.Equal(source, printed);
        var field = Assert.IsType<ObjectTypeDefinitionNode>(Parser.Parse(printed).Definitions[0]).Fields[0];
        Assert.True(field.Description!.Block);
        Assert.Equal("Line one\n  indented", field.Description.Value);
    }

    [Fact]
    public void Block_string_argument_inside_nested_selection_keeps_its_value()
    {
        const string value = "first\n\n  second \"\"\" quoted\n \nlast\\";
        var node = new StringValueNode(value, block: true);
        var document = new DocumentNode(
        [
            new OperationDefinitionNode(OperationType.Query, null, null, null, new SelectionSetNode(
            [
                new FieldNode(null, "outer", null, null, new SelectionSetNode(
                [
                    new FieldNode(null, "inner", [new ArgumentNode("text", node)], null, null),
                ])),
            ])),
        ]);

        var reparsed = Parser.Parse(Printer.Print(document));

        Assert.True(SyntaxComparer.AreEqual(document, reparsed));
        var inner = (FieldNode)((FieldNode)((OperationDefinitionNode)reparsed.Definitions[0]).SelectionSet.Selections[0]).SelectionSet!.Selections[0];
        var printedValue = Assert.IsType<StringValueNode>(inner.Arguments[0].Value);
        Assert.True(printedValue.Block);
        Assert.Equal(value, printedValue.Value);
    }

    [Fact]
    public void Block_string_that_cannot_be_a_block_falls_back_to_an_escaped_string()
    {
        var node = new StringValueNode("  uniform\n  indent\r", block: true);

        var printed = Printer.Print(node);

        Assert.Equal("\"  uniform\\n  indent\\r\"", printed);
        Assert.Equal(node.Value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("quote \" and \\ slash", "\"quote \\\" and \\\\ slash\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0000\u001F\u007F\u009F", "\"\\u0000\\u001F\\u007F\\u009F\"")]
    [InlineData("\u00E9\U0001F600", "\"\u00E9\U0001F600\"")]
    public void Prints_strings_with_escapes(string value, string expected)
    {
        var printed = Printer.PrintString(value);

        Assert.Equal(expected, printed);
        Assert.Equal(value, Assert.IsType<StringValueNode>(Parser.ParseValue(printed)).Value);
    }

    [Fact]
    public void Variable_and_argument_descriptions_print_one_per_line()
    {
        const string source = "query Q(\n  \"the id\"\n  $id: ID!\n  $n: Int\n) {\n  a\n}";

        Assert.Equal(source, Printer.Print(Parser.Parse(source)));
    }

    [Theory]
    [InlineData("[Int]")]
    [InlineData("[[String!]!]!")]
    [InlineData("Named")]
    public void Prints_types(string type)
    {
        Assert.Equal(type, Printer.Print(Parser.ParseType(type)));
    }

    [Fact]
    public void To_string_prints_the_node()
    {
        Assert.Equal("{a: [1, $b]}", Parser.ParseValue("{ a : [ 1 , $b ] }").ToString());
    }

    [Fact]
    public void Prints_extensions()
    {
        const string source = "extend schema @a {\n  query: Q\n}\n\nextend type T implements I @d\n\nextend union U = A | B\n\nextend enum E {\n  X\n}\n\nextend input In @k\n\nextend scalar S @s\n\nextend interface I {\n  f: Int\n}";

        Assert.Equal(source, Printer.Print(Parser.Parse(source)));
    }
}

using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Utilities;

/// <summary>Literal input coercion (spec 3.10 input objects, 3.10.1 OneOf, 3.11 lists) and the reverse conversion.</summary>
public sealed class ValueLiteralsTests
{
    private static readonly Schema Schema = new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { a(e: ExampleInputObject, o: ExampleOneOfInputObject, c: Color, d: WithDefault, f: Float, id: ID): Int }
            input ExampleInputObject { a: String b: Int! }
            input ExampleOneOfInputObject @oneOf { a: String b: Int }
            input WithDefault { x: Int = 7 y: [Color!] }
            enum Color { RED GREEN }
            """)
        .Bind("Query", "a", _ => new ValueTask<object?>((object?)null))
        .Build();

    private static GraphType Type(string reference) => TypeReferences.TypeFromAst(Schema, Parser.ParseType(reference))!;

    private static object? Coerce(string literal, string type, Dictionary<string, object?>? variables = null) =>
        ValueLiterals.CoerceLiteral(Parser.ParseValue(literal), Type(type), variables);

    private static string Fails(string literal, string type, Dictionary<string, object?>? variables = null) =>
        Assert.Throws<ValueCoercionException>(() => Coerce(literal, type, variables)).Message;

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value);

    [Fact]
    public void Input_objects_coerce_per_the_spec_table()
    {
        Assert.Equal(Map(("a", "abc"), ("b", 123)), Coerce("{ a: \"abc\", b: 123 }", "ExampleInputObject"));
        Assert.Equal(Map(("a", null), ("b", 123)), Coerce("{ a: null, b: 123 }", "ExampleInputObject"));
        Assert.Equal(Map(("b", 123)), Coerce("{ b: 123 }", "ExampleInputObject"));
        Assert.Equal(Map(("a", null), ("b", 123)), Coerce("{ a: $var, b: 123 }", "ExampleInputObject", new() { ["var"] = null }));
        Assert.Equal(Map(("b", 123)), Coerce("{ a: $var, b: 123 }", "ExampleInputObject", []));
        Assert.Equal(Map(("b", 123)), Coerce("{ b: $var }", "ExampleInputObject", new() { ["var"] = 123 }));
        var fromVariable = Map(("b", 123));
        Assert.Same(fromVariable, Coerce("$var", "ExampleInputObject", new() { ["var"] = fromVariable }));
    }

    [Theory]
    [InlineData("\"abc123\"", "to be an object")]
    [InlineData("{ a: \"abc\", b: \"123\" }", "Int cannot represent non-integer value")]
    [InlineData("{ a: \"abc\" }", "Field \"ExampleInputObject.b\" of required type \"Int!\" was not provided.")]
    [InlineData("{ b: $var }", "Field \"ExampleInputObject.b\" of required type \"Int!\" was not provided.")]
    [InlineData("{ a: \"abc\", b: null }", "Expected non-nullable type \"Int!\" not to be null.")]
    [InlineData("{ b: 123, c: \"xyz\" }", "Field \"c\" is not defined by type \"ExampleInputObject\".")]
    [InlineData("{ b: 1, b: 2 }", "There can be only one input field named \"b\".")]
    public void Input_object_errors_per_the_spec_table(string literal, string expected) =>
        Assert.Contains(expected, Fails(literal, "ExampleInputObject", []));

    [Fact]
    public void Non_null_variable_given_null_is_an_error() =>
        Assert.Contains("must not be null", Fails("{ b: $var }", "ExampleInputObject", new() { ["var"] = null }));

    [Fact]
    public void OneOf_input_objects_coerce_per_the_spec_table()
    {
        Assert.Equal(Map(("a", "abc")), Coerce("{ a: \"abc\" }", "ExampleOneOfInputObject"));
        Assert.Equal(Map(("b", 123)), Coerce("{ b: 123 }", "ExampleOneOfInputObject"));
        Assert.Contains("must be non-null", Fails("{ a: null }", "ExampleOneOfInputObject"));
        Assert.Contains("must be non-null", Fails("{ a: $a }", "ExampleOneOfInputObject", []));
        foreach (var literal in new[] { "{ a: \"abc\", b: 123 }", "{ a: \"abc\", b: null }", "{ a: \"abc\", b: $b }", "{ a: $a, b: $b }", "{}" })
        {
            Assert.Contains("must specify exactly one key", Fails(literal, "ExampleOneOfInputObject", new() { ["a"] = "abc" }));
        }
    }

    [Fact]
    public void Lists_coerce_per_the_spec_table()
    {
        Assert.Equal(new List<object?> { 1, 2, 3 }, Coerce("[1, 2, 3]", "[Int]"));
        Assert.Equal(new List<object?> { 1 }, Coerce("1", "[Int]"));
        Assert.Null(Coerce("null", "[Int]"));
        Assert.Equal(new List<object?> { new List<object?> { 1 }, new List<object?> { 2, 3 } }, Coerce("[[1], [2, 3]]", "[[Int]]"));
        Assert.Equal(new List<object?> { new List<object?> { 1 }, new List<object?> { 2 }, new List<object?> { 3 } }, Coerce("[1, 2, 3]", "[[Int]]"));
        Assert.Equal(new List<object?> { new List<object?> { 1 }, null, new List<object?> { 3 } }, Coerce("[1, null, 3]", "[[Int]]"));
        Assert.Equal(new List<object?> { new List<object?> { 1 } }, Coerce("1", "[[Int]]"));
        Assert.Null(Coerce("null", "[[Int]]"));
        Fails("[1, \"b\", true]", "[Int]");
        Fails("[[1], [\"b\"]]", "[[Int]]");
        Fails("[1, null]", "[Int!]");
    }

    [Fact]
    public void Enums_accept_enum_literals_only()
    {
        Assert.Equal("RED", Coerce("RED", "Color"));
        Assert.Contains("does not exist in \"Color\" enum", Fails("BLUE", "Color"));
        Assert.Contains("cannot represent non-enum value", Fails("\"RED\"", "Color"));
    }

    [Fact]
    public void Input_field_defaults_apply_when_absent()
    {
        Assert.Equal(Map(("x", 7)), Coerce("{}", "WithDefault"));
        Assert.Equal(Map(("x", null)), Coerce("{ x: null }", "WithDefault"));
    }

    [Fact]
    public void TryCoerceLiteral_reports_instead_of_throwing()
    {
        Assert.False(ValueLiterals.TryCoerceLiteral(Parser.ParseValue("\"x\""), BuiltInScalars.Int, null, out _, out var error));
        Assert.StartsWith("Int cannot represent", error);
        Assert.True(ValueLiterals.TryCoerceLiteral(Parser.ParseValue("5"), BuiltInScalars.Int, null, out var value, out _));
        Assert.Equal(5, value);
    }

    [Theory]
    [InlineData("{x: 1, y: [RED, GREEN]}", "WithDefault")]
    [InlineData("[1, 2]", "[Int!]!")]
    [InlineData("\"a\\\"b\"", "String")]
    [InlineData("1.5", "Float")]
    [InlineData("123", "ID")]
    [InlineData("\"abc\"", "ID")]
    [InlineData("null", "Int")]
    [InlineData("true", "Boolean")]
    public void AstFromValue_reverses_coercion(string literal, string type)
    {
        var coerced = Coerce(literal, type);

        var ast = ValueLiterals.AstFromValue(coerced, Type(type));

        Assert.Equal(Printer.Print(Parser.ParseValue(literal)), Printer.Print(ast!));
    }

    [Fact]
    public void AstFromValue_refuses_null_for_non_null_types() =>
        Assert.Null(ValueLiterals.AstFromValue(null, Type("Int!")));
}

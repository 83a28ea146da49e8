using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Tests.Language;

/// <summary>Structural equality: same content regardless of layout and location; any content change detected.</summary>
public class SyntaxComparerTests
{
    [Fact]
    public void Layout_and_locations_do_not_matter()
    {
        var compact = Parser.Parse("query Q($a:Int=1){f(x:[1,2],y:{z:$a})@d{g}}");
        var spread = Parser.Parse("\n\n query Q( $a : Int = 1 ) {\n  f( x : [ 1 , 2 ] , y : { z : $a } ) @d { g }\n}");

        Assert.True(SyntaxComparer.AreEqual(compact, spread));
    }

    [Fact]
    public void Parsed_and_location_free_trees_are_equal()
    {
        const string source = "type T { f(a: Int = 1): [String!] }";

        Assert.True(SyntaxComparer.AreEqual(Parser.Parse(source), Parser.Parse(source, new ParserOptions { NoLocation = true })));
    }

    [Fact]
    public void Block_and_quoted_strings_with_equal_values_are_equal()
    {
        Assert.True(SyntaxComparer.AreEqual(Parser.ParseValue("\"\"\"a\"\"\""), Parser.ParseValue("\"a\"")));
    }

    [Theory]
    [InlineData("{ a }", "{ b }")]
    [InlineData("{ a }", "{ x: a }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 2) }")]
    [InlineData("{ a(x: 1) }", "{ a(x: 1.0) }")]
    [InlineData("{ a(x: 1) }", "{ a(y: 1) }")]
    [InlineData("{ a(x: 1, y: 2) }", "{ a(y: 2, x: 1) }")]
    [InlineData("{ a(x: \"1\") }", "{ a(x: 1) }")]
    [InlineData("{ a(x: ONE) }", "{ a(x: \"ONE\") }")]
    [InlineData("{ a(x: [1]) }", "{ a(x: [1, 1]) }")]
    [InlineData("{ a(x: {b: 1}) }", "{ a(x: {c: 1}) }")]
    [InlineData("{ a(x: $v) }", "{ a(x: $w) }")]
    [InlineData("{ a(x: true) }", "{ a(x: false) }")]
    [InlineData("{ a(x: null) }", "{ a(x: NULL) }")]
    [InlineData("{ a @d }", "{ a @e }")]
    [InlineData("{ a }", "{ a { b } }")]
    [InlineData("{ ...F }", "{ ... on F { a } }")]
    [InlineData("query ($a: Int) { a }", "query ($a: Int!) { a }")]
    [InlineData("query ($a: [Int]) { a }", "query ($a: Int) { a }")]
    [InlineData("query Q { a }", "mutation Q { a }")]
    [InlineData("\"d\" query Q { a }", "query Q { a }")]
    [InlineData("type T { f: Int }", "interface T { f: Int }")]
    [InlineData("type T implements I { f: Int }", "type T { f: Int }")]
    [InlineData("enum E { A B }", "enum E { B A }")]
    [InlineData("directive @d on FIELD", "directive @d repeatable on FIELD")]
    [InlineData("directive @d on FIELD", "directive @d on QUERY")]
    [InlineData("union U = A", "union U = B")]
    [InlineData("input I { a: Int = 1 }", "input I { a: Int = 2 }")]
    [InlineData("extend type T @a", "extend interface T @a")]
    [InlineData("schema { query: Q }", "schema { mutation: Q }")]
    public void Any_content_difference_is_detected(string left, string right)
    {
        Assert.False(SyntaxComparer.AreEqual(Parser.Parse(left), Parser.Parse(right)));
        Assert.False(SyntaxComparer.AreEqual(Parser.Parse(right), Parser.Parse(left)));
    }

    [Fact]
    public void Null_handling()
    {
        Assert.True(SyntaxComparer.AreEqual(null, null));
        Assert.False(SyntaxComparer.AreEqual(new NullValueNode(), null));
        Assert.True(SyntaxComparer.AreEqual(new NullValueNode(), new NullValueNode(new SourceLocation(3, 4))));
    }
}

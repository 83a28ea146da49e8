namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.3.2 CollectFields / CollectSubfields: fragments, merging, @skip and @include.</summary>
public sealed class FieldCollectionTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        type A { subfield1: String subfield2: String }
        type Query { a: A b: String c: String }
        """,
        b => b
            .Bind("Query", "a", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["subfield1"] = "one", ["subfield2"] = "two" }))
            .Bind("Query", "b", _ => new ValueTask<object?>("bee"))
            .Bind("Query", "c", _ => new ValueTask<object?>("sea")));

    [Fact]
    public async Task Spec_example_merges_subfields_of_the_same_response_name()
    {
        const string query = """
            {
              a { subfield1 }
              ...ExampleFragment
            }
            fragment ExampleFragment on Query {
              a { subfield2 }
              b
            }
            """;
        Assert.Equal("{\"data\":{\"a\":{\"subfield1\":\"one\",\"subfield2\":\"two\"},\"b\":\"bee\"}}", await ExecutionHarness.JsonAsync(Schema, query));
    }

    [Fact]
    public async Task Response_keys_follow_selection_order_with_aliases()
    {
        Assert.Equal("{\"data\":{\"z\":\"sea\",\"b\":\"bee\",\"y\":\"bee\"}}", await ExecutionHarness.JsonAsync(Schema, "{ z: c b y: b }"));
    }

    [Fact]
    public async Task Skip_and_include_with_literals()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, "{ b @skip(if: true) c @include(if: true) a @include(if: false) { subfield1 } }");
        Assert.Equal("{\"data\":{\"c\":\"sea\"}}", json);
    }

    [Fact]
    public async Task Skip_and_include_with_variables_on_fragments()
    {
        const string query = "query($s: Boolean!, $i: Boolean!) { ... @skip(if: $s) { b } ...F @include(if: $i) } fragment F on Query { c }";
        var both = await ExecutionHarness.JsonAsync(Schema, query, new Dictionary<string, object?> { ["s"] = false, ["i"] = true });
        Assert.Equal("{\"data\":{\"b\":\"bee\",\"c\":\"sea\"}}", both);
        var none = await ExecutionHarness.JsonAsync(Schema, query, new Dictionary<string, object?> { ["s"] = true, ["i"] = false });
        Assert.Equal("{\"data\":{}}", none);
    }

    [Fact]
    public async Task Field_skipped_when_both_directives_disagree()
    {
        Assert.Equal("{\"data\":{\"c\":\"sea\"}}", await ExecutionHarness.JsonAsync(Schema, "{ b @skip(if: true) @include(if: true) c }"));
    }
}

using System.Text.Json;
using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// Spec 6.4.2 CoerceArgumentValues: absent versus null, argument and variable defaults, variables inside literals, and
/// the field error when a non-null argument ends up without a value.
/// </summary>
public sealed class ArgumentCoercionTests
{
    // Every resolver answers with the coerced argument map as JSON, so absent and null arguments can be told apart.
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        input Filter { name: String limit: Int = 10 }
        type Query {
          show(value: Int): String
          withDefault(value: Int = 42): String
          required(value: Int! = 7): String
          nonNull(value: Int!): String
          list(values: [Int]): String
          filter(by: Filter): String
          other: String
        }
        """,
        b =>
        {
            foreach (var field in new[] { "show", "withDefault", "required", "nonNull", "list", "filter" })
            {
                b.Bind("Query", field, ctx => new ValueTask<object?>(JsonSerializer.Serialize(ctx.Arguments)));
            }

            b.Bind("Query", "other", _ => new ValueTask<object?>("ok"));
        });

    private static async Task<string> DataAsync(string query, string? variables = null) =>
        ExecutionHarness.Data(await ExecutionHarness.ExecuteAsync(Schema, query, variables is null ? null : ExecutionHarness.JsonVariables(variables)));

    [Fact]
    public async Task Absent_argument_without_default_is_left_out_of_the_map()
    {
        Assert.Equal("{\"show\":\"{}\"}", await DataAsync("{ show }"));
    }

    [Fact]
    public async Task Explicit_null_literal_is_kept_as_null()
    {
        Assert.Equal("{\"show\":\"{\\u0022value\\u0022:null}\"}", await DataAsync("{ show(value: null) }"));
    }

    [Fact]
    public async Task Absent_argument_takes_its_default()
    {
        Assert.Equal("{\"withDefault\":\"{\\u0022value\\u0022:42}\"}", await DataAsync("{ withDefault }"));
    }

    [Fact]
    public async Task Variable_not_provided_falls_back_to_the_argument_default_or_stays_absent()
    {
        var data = await DataAsync("query($v: Int) { withDefault(value: $v) show(value: $v) }", "{}");

        Assert.Equal("{\"withDefault\":\"{\\u0022value\\u0022:42}\",\"show\":\"{}\"}", data);
    }

    [Fact]
    public async Task Variable_provided_as_null_overrides_the_argument_default()
    {
        var data = await DataAsync("query($v: Int) { withDefault(value: $v) }", "{\"v\": null}");

        Assert.Equal("{\"withDefault\":\"{\\u0022value\\u0022:null}\"}", data);
    }

    [Fact]
    public async Task Variable_default_wins_over_the_argument_default()
    {
        var data = await DataAsync("query($v: Int = 5) { withDefault(value: $v) }");

        Assert.Equal("{\"withDefault\":\"{\\u0022value\\u0022:5}\"}", data);
    }

    [Fact]
    public async Task Nullable_variable_absent_for_a_non_null_argument_with_default_uses_the_default()
    {
        var data = await DataAsync("query($v: Int) { required(value: $v) }", "{}");

        Assert.Equal("{\"required\":\"{\\u0022value\\u0022:7}\"}", data);
    }

    [Fact]
    public async Task Nullable_variable_null_for_a_non_null_argument_is_a_field_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(
            Schema, "query($v: Int) { other required(value: $v) }", ExecutionHarness.JsonVariables("{\"v\": null}"));

        Assert.Equal("{\"other\":\"ok\",\"required\":null}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Argument \"value\" of non-null type \"Int!\" must not be null.", error.Message);
        Assert.Equal(["required"], error.Path!);
        Assert.Equal([new Platform.GraphQL.Language.SourceLocation(1, 33)], error.Locations);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
    }

    [Fact]
    public async Task Variables_inside_list_and_object_literals_are_substituted()
    {
        var data = await DataAsync(
            "query($a: Int, $n: String) { list(values: [1, $a, 3]) filter(by: { name: $n, limit: $a }) }",
            "{\"a\": 2, \"n\": \"x\"}");

        Assert.Equal(
            "{\"list\":\"{\\u0022values\\u0022:[1,2,3]}\",\"filter\":\"{\\u0022by\\u0022:{\\u0022name\\u0022:\\u0022x\\u0022,\\u0022limit\\u0022:2}}\"}",
            data);
    }

    [Fact]
    public async Task Absent_variable_inside_an_object_literal_leaves_the_field_to_its_default()
    {
        var data = await DataAsync("query($n: String, $l: Int) { filter(by: { name: $n, limit: $l }) }", "{}");

        Assert.Equal("{\"filter\":\"{\\u0022by\\u0022:{\\u0022limit\\u0022:10}}\"}", data);
    }

    [Fact]
    public async Task Missing_required_argument_in_an_unvalidated_document_is_a_field_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ other nonNull }", validate: false);

        Assert.Equal("{\"other\":\"ok\",\"nonNull\":null}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Argument \"value\" of required type \"Int!\" was not provided.", error.Message);
        Assert.Equal(["nonNull"], error.Path!);
    }
}

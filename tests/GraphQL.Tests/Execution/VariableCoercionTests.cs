using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.1.2 CoerceVariableValues, with variables as JSON elements (the server's shape) and as .NET values.</summary>
public sealed class VariableCoercionTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        input Filter { name: String! limit: Int = 10 tags: [String!] }
        input Pick @oneOf { id: ID name: String }
        type Query {
          echo(value: Int): String
          echoList(values: [Int]): String
          filter(filter: Filter): String
          pick(pick: Pick!): String
        }
        """,
        b => b
            .Bind("Query", "echo", ctx => new ValueTask<object?>(Describe(ctx.Arguments.GetValueOrDefault("value"))))
            .Bind("Query", "echoList", ctx => new ValueTask<object?>(Describe(ctx.Arguments.GetValueOrDefault("values"))))
            .Bind("Query", "filter", ctx => new ValueTask<object?>(Describe(ctx.Arguments.GetValueOrDefault("filter"))))
            .Bind("Query", "pick", ctx => new ValueTask<object?>(Describe(ctx.Arguments.GetValueOrDefault("pick")))));

    private static string Describe(object? value) => value switch
    {
        null => "null",
        IReadOnlyDictionary<string, object?> map => "{" + string.Join(",", map.OrderBy(e => e.Key).Select(e => e.Key + ":" + Describe(e.Value))) + "}",
        System.Collections.IEnumerable list and not string => "[" + string.Join(",", list.Cast<object?>().Select(Describe)) + "]",
        _ => value.GetType().Name + ":" + value,
    };

    [Fact]
    public async Task Json_number_is_coerced_to_int()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, "query($v: Int) { echo(value: $v) }", ExecutionHarness.JsonVariables("{\"v\": 42}"));
        Assert.Equal("{\"data\":{\"echo\":\"Int32:42\"}}", json);
    }

    [Fact]
    public async Task Wrong_type_is_a_request_error_with_bad_user_input()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query($v: Int) { echo(value: $v) }", ExecutionHarness.JsonVariables("{\"v\": \"abc\"}"));
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal(ErrorCodes.BadUserInput, error.Code);
        Assert.StartsWith("Variable \"$v\" got invalid value \"abc\"", error.Message);
        Assert.Equal(1, Assert.Single(error.Locations!).Line);
    }

    [Fact]
    public async Task Integer_past_32_bits_is_rejected()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query($v: Int) { echo(value: $v) }", ExecutionHarness.JsonVariables("{\"v\": 4294967296}"));
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Missing_required_variable_is_a_request_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query($p: Pick!) { pick(pick: $p) }");
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$p\" of required type \"Pick!\" was not provided.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Null_for_non_null_variable_is_a_request_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query($p: Pick!) { pick(pick: $p) }", ExecutionHarness.JsonVariables("{\"p\": null}"));
        Assert.False(result.HasData);
        Assert.Equal("Variable \"$p\" of non-null type \"Pick!\" must not be null.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Default_value_applies_when_variable_absent_and_explicit_null_is_kept()
    {
        var absent = await ExecutionHarness.JsonAsync(Schema, "query($v: Int = 7) { echo(value: $v) }");
        Assert.Equal("{\"data\":{\"echo\":\"Int32:7\"}}", absent);
        var explicitNull = await ExecutionHarness.JsonAsync(Schema, "query($v: Int = 7) { echo(value: $v) }", ExecutionHarness.JsonVariables("{\"v\": null}"));
        Assert.Equal("{\"data\":{\"echo\":\"null\"}}", explicitNull);
    }

    [Fact]
    public async Task Input_object_from_json_applies_field_defaults()
    {
        var json = await ExecutionHarness.JsonAsync(
            Schema, "query($f: Filter) { filter(filter: $f) }", ExecutionHarness.JsonVariables("{\"f\": {\"name\": \"x\", \"tags\": [\"a\",\"b\"]}}"));
        Assert.Equal("{\"data\":{\"filter\":\"{limit:Int32:10,name:String:x,tags:[String:a,String:b]}\"}}", json);
    }

    [Fact]
    public async Task Input_object_from_dotnet_dictionary_is_accepted()
    {
        var variables = new Dictionary<string, object?> { ["f"] = new Dictionary<string, object?> { ["name"] = "y", ["limit"] = 3 } };
        var json = await ExecutionHarness.JsonAsync(Schema, "query($f: Filter) { filter(filter: $f) }", variables);
        Assert.Equal("{\"data\":{\"filter\":\"{limit:Int32:3,name:String:y}\"}}", json);
    }

    [Fact]
    public async Task Input_object_missing_required_field_is_rejected_with_its_name()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query($f: Filter) { filter(filter: $f) }", ExecutionHarness.JsonVariables("{\"f\": {\"limit\": 1}}"));
        Assert.False(result.HasData);
        Assert.Contains("\"name\"", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Single_value_is_coerced_to_a_list_of_one()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, "query($v: [Int]) { echoList(values: $v) }", ExecutionHarness.JsonVariables("{\"v\": 5}"));
        Assert.Equal("{\"data\":{\"echoList\":\"[Int32:5]\"}}", json);
    }

    [Fact]
    public async Task OneOf_input_with_two_keys_is_rejected()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query($p: Pick!) { pick(pick: $p) }", ExecutionHarness.JsonVariables("{\"p\": {\"id\": \"1\", \"name\": \"n\"}}"));
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(result.Errors!).Code);
    }

    [Fact]
    public async Task Literal_argument_defaults_apply_per_field()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, "{ filter(filter: {name: \"z\"}) }");
        Assert.Equal("{\"data\":{\"filter\":\"{limit:Int32:10,name:String:z}\"}}", json);
    }
}

using System.Text.Json;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>The meta fields __schema, __type and __typename run through the normal execution path (spec 4.1, 4.2).</summary>
public sealed class IntrospectionExecutionTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        "A customer of an insurer."
        type Customer { id: ID! name: String @deprecated(reason: "Use fullName.") fullName: String }
        enum Status { ACTIVE LAPSED @deprecated }
        input Search @oneOf { id: ID name: String }
        type Query { customer(search: Search): Customer status: Status }
        """,
        b => b
            .Bind("Query", "customer", _ => new ValueTask<object?>((object?)null))
            .Bind("Query", "status", _ => new ValueTask<object?>("ACTIVE")));

    [Fact]
    public async Task Type_lookup_lists_fields_with_deprecation_arguments()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, """
            {
              __type(name: "Customer") {
                kind name description
                fields { name isDeprecated deprecationReason }
                all: fields(includeDeprecated: true) { name }
              }
            }
            """);
        Assert.Equal(
            "{\"data\":{\"__type\":{\"kind\":\"OBJECT\",\"name\":\"Customer\",\"description\":\"A customer of an insurer.\"," +
            "\"fields\":[{\"name\":\"id\",\"isDeprecated\":false,\"deprecationReason\":null},{\"name\":\"fullName\",\"isDeprecated\":false,\"deprecationReason\":null}]," +
            "\"all\":[{\"name\":\"id\"},{\"name\":\"name\"},{\"name\":\"fullName\"}]}}}",
            json);
    }

    [Fact]
    public async Task Unknown_type_name_gives_null()
    {
        Assert.Equal("{\"data\":{\"__type\":null}}", await ExecutionHarness.JsonAsync(Schema, "{ __type(name: \"Nope\") { name } }"));
    }

    [Fact]
    public async Task Typename_on_the_root_and_oneOf_flag()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, "{ __typename __type(name: \"Search\") { isOneOf inputFields { name } } }");
        Assert.Equal("{\"data\":{\"__typename\":\"Query\",\"__type\":{\"isOneOf\":true,\"inputFields\":[{\"name\":\"id\"},{\"name\":\"name\"}]}}}", json);
    }

    [Fact]
    public async Task Standard_introspection_query_executes_without_errors()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, IntrospectionQuery.Text);
        Assert.Null(result.Errors);
        using var document = JsonDocument.Parse(ExecutionResultJson.Serialize(result));
        var schema = document.RootElement.GetProperty("data").GetProperty("__schema");
        Assert.Equal("Query", schema.GetProperty("queryType").GetProperty("name").GetString());
        var typeNames = schema.GetProperty("types").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Contains("Customer", typeNames);
        Assert.Contains("__Schema", typeNames);
        var directives = schema.GetProperty("directives").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToList();
        Assert.Contains("oneOf", directives);
        Assert.Contains("skip", directives);
    }
}

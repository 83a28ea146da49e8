using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.1 GetOperation.</summary>
public sealed class OperationSelectionTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        "type Query { a: String b: String }",
        b => b.Bind("Query", "a", _ => new ValueTask<object?>("A")).Bind("Query", "b", _ => new ValueTask<object?>("B")));

    [Fact]
    public async Task Single_anonymous_operation_runs_without_a_name()
    {
        Assert.Equal("{\"data\":{\"a\":\"A\"}}", await ExecutionHarness.JsonAsync(Schema, "{ a }"));
    }

    [Fact]
    public async Task Named_operation_is_selected_by_name()
    {
        var json = await ExecutionHarness.JsonAsync(Schema, "query First { a } query Second { b }", operationName: "Second");
        Assert.Equal("{\"data\":{\"b\":\"B\"}}", json);
    }

    [Fact]
    public async Task Several_operations_without_a_name_is_a_request_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query First { a } query Second { b }");
        Assert.False(result.HasData);
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Must provide operation name if query contains multiple operations.", error.Message);
        Assert.Equal(ErrorCodes.OperationResolutionFailure, error.Code);
        Assert.DoesNotContain("\"data\"", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Unknown_operation_name_is_a_request_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "query First { a }", operationName: "Third");
        Assert.False(result.HasData);
        Assert.Equal("Unknown operation named \"Third\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Mutation_on_a_schema_without_mutations_is_a_request_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "mutation { a }", validate: false);
        Assert.False(result.HasData);
        Assert.Contains("mutation", Assert.Single(result.Errors!).Message);
    }
}

using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec CompleteValue for lists: any .NET sequence, nested lists, error paths with indices.</summary>
public sealed class ListCompletionTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        type Friend { name: String }
        type Query { numbers: [Int] matrix: [[Int!]] lazy: [String] notAList: [Int] friends: [Friend] }
        """,
        b => b
            .Bind("Query", "numbers", _ => new ValueTask<object?>(new List<int> { 1, 2, 3 }))
            .Bind("Query", "matrix", _ => new ValueTask<object?>(new[] { new[] { 1, 2 }, new[] { 3 } }))
            .Bind("Query", "lazy", _ => new ValueTask<object?>(Enumerable.Range(0, 3).Select(i => "s" + i)))
            .Bind("Query", "notAList", _ => new ValueTask<object?>(5))
            .Bind("Query", "friends", _ => new ValueTask<object?>(new[] { "a", "b", "c" }))
            .Bind("Friend", "name", ctx => ctx.Source is "b" ? throw new GraphQLException("no name for b") : new ValueTask<object?>(ctx.Source)));

    [Fact]
    public async Task Lists_arrays_and_lazy_sequences_complete()
    {
        Assert.Equal(
            "{\"data\":{\"numbers\":[1,2,3],\"matrix\":[[1,2],[3]],\"lazy\":[\"s0\",\"s1\",\"s2\"]}}",
            await ExecutionHarness.JsonAsync(Schema, "{ numbers matrix lazy }"));
    }

    [Fact]
    public async Task Non_iterable_value_for_a_list_is_a_field_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ notAList numbers }");
        Assert.Equal("{\"notAList\":null,\"numbers\":[1,2,3]}", ExecutionHarness.Data(result));
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.notAList\".", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Error_inside_list_item_has_index_in_path()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ friends { name } }");
        Assert.Equal("{\"friends\":[{\"name\":\"a\"},{\"name\":null},{\"name\":\"c\"}]}", ExecutionHarness.Data(result));
        Assert.Equal(["friends", 1, "name"], Assert.Single(result.Errors!).Path!);
    }
}

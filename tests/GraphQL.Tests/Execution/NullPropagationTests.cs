using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.4.4 Handling Execution Errors: nulls propagate to the nearest nullable position, one error per position.</summary>
public sealed class NullPropagationTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        type Friend { name: String! nick: String }
        type Hero { name: String friends: [Friend!] strictFriends: [Friend!]! best: Friend! }
        type Query { hero: Hero nonNullHero: Hero! plain: String }
        """,
        b => b
            .Bind("Query", "hero", _ => new ValueTask<object?>(new object()))
            .Bind("Query", "nonNullHero", _ => new ValueTask<object?>(new object()))
            .Bind("Query", "plain", _ => new ValueTask<object?>("ok"))
            .Bind("Hero", "name", _ => new ValueTask<object?>("R2-D2"))
            .Bind("Hero", "friends", _ => new ValueTask<object?>(new string?[] { "Luke", null, "Leia" }))
            .Bind("Hero", "strictFriends", _ => new ValueTask<object?>(new string?[] { "Luke", null }))
            .Bind("Hero", "best", _ => new ValueTask<object?>("broken"))
            .Bind("Friend", "name", ctx => ctx.Source is "broken" ? throw new GraphQLException("name unavailable", "NOT_FOUND") : new ValueTask<object?>(ctx.Source))
            .Bind("Friend", "nick", _ => new ValueTask<object?>((object?)null)));

    [Fact]
    public async Task Non_null_field_error_nulls_the_parent_object()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ hero { name best { name } } plain }");
        Assert.Equal("{\"hero\":null,\"plain\":\"ok\"}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("name unavailable", error.Message);
        Assert.Equal(["hero", "best", "name"], error.Path!);
        Assert.Equal("NOT_FOUND", error.Code);
    }

    [Fact]
    public async Task Null_in_list_of_non_null_nulls_the_list_and_reports_once()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ hero { name friends { nick } } }");
        Assert.Equal("{\"hero\":{\"name\":\"R2-D2\",\"friends\":null}}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Cannot return null for non-nullable field Hero.friends.", error.Message);
        Assert.Equal(["hero", "friends", 1], error.Path!);
    }

    [Fact]
    public async Task Error_propagates_through_non_null_list_to_nullable_hero()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ hero { strictFriends { nick } } plain }");
        Assert.Equal("{\"hero\":null,\"plain\":\"ok\"}", ExecutionHarness.Data(result));
        Assert.Equal(["hero", "strictFriends", 1], Assert.Single(result.Errors!).Path!);
    }

    [Fact]
    public async Task All_non_null_up_to_the_root_nulls_data()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ plain nonNullHero { best { name } } }");
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal("{\"errors\":[{\"message\":\"name unavailable\",\"locations\":[{\"line\":1,\"column\":30}],\"path\":[\"nonNullHero\",\"best\",\"name\"],\"extensions\":{\"code\":\"NOT_FOUND\"}}],\"data\":null}",
            Platform.GraphQL.Execution.Results.ExecutionResultJson.Serialize(result));
    }
}

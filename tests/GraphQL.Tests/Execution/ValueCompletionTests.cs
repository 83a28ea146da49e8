namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// Spec 6.4.3 ResolveFieldValue and CompleteValue for leaves and objects: results are serialised by the field's type,
/// objects execute their sub-selection on the resolved value, and a value the type cannot represent is a field error.
/// </summary>
public sealed class ValueCompletionTests
{
    private enum Level
    {
        Low,
        VeryHigh,
    }

    private sealed record Person(string Name, Person? Manager);

    private static int _managerCalls;

    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        """
        enum Level { LOW VERY_HIGH }
        type Person { name: String manager: Person }
        type Query {
          id: ID
          count: Int
          ratio: Float
          flag: Boolean
          label: String
          level: Level
          levelName: Level
          badLevel: Level
          objectForScalar: String
          person: Person
          nobody: Person
        }
        """,
        b => b
            .Bind("Query", "id", _ => new ValueTask<object?>(7))
            .Bind("Query", "count", _ => new ValueTask<object?>(5L))
            .Bind("Query", "ratio", _ => new ValueTask<object?>(2))
            .Bind("Query", "flag", _ => new ValueTask<object?>(true))
            .Bind("Query", "label", _ => new ValueTask<object?>(12.5m))
            .Bind("Query", "level", _ => new ValueTask<object?>(Level.VeryHigh))
            .Bind("Query", "levelName", _ => new ValueTask<object?>("LOW"))
            .Bind("Query", "badLevel", _ => new ValueTask<object?>("MEDIUM"))
            .Bind("Query", "objectForScalar", _ => new ValueTask<object?>(new Dictionary<string, object?> { ["a"] = 1 }))
            .Bind("Query", "person", _ => new ValueTask<object?>(new Person("Ada", new Person("Grace", null))))
            .Bind("Query", "nobody", _ => new ValueTask<object?>((object?)null))
            .Bind("Person", "name", ctx => new ValueTask<object?>(((Person)ctx.Source!).Name))
            .Bind("Person", "manager", ctx =>
            {
                Interlocked.Increment(ref _managerCalls);
                return new ValueTask<object?>(((Person)ctx.Source!).Manager);
            }));

    [Fact]
    public async Task Built_in_scalars_serialise_resolver_values_by_the_field_type()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ id count ratio flag label }");

        Assert.Null(result.Errors);
        Assert.Equal("{\"id\":\"7\",\"count\":5,\"ratio\":2,\"flag\":true,\"label\":\"12.5\"}", ExecutionHarness.Data(result));
    }

    [Fact]
    public async Task Enum_results_serialise_clr_members_and_names()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ level levelName }");

        Assert.Equal("{\"level\":\"VERY_HIGH\",\"levelName\":\"LOW\"}", ExecutionHarness.Data(result));
    }

    [Fact]
    public async Task Value_outside_an_enum_is_a_field_error_with_path()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ levelName badLevel }");

        Assert.Equal("{\"levelName\":\"LOW\",\"badLevel\":null}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Contains("Level", error.Message);
        Assert.Equal(["badLevel"], error.Path!);
    }

    [Fact]
    public async Task Object_for_a_scalar_is_a_field_error()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ objectForScalar }");

        Assert.Equal("{\"objectForScalar\":null}", ExecutionHarness.Data(result));
        Assert.Contains("String cannot represent", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Object_completion_runs_the_sub_selection_on_the_resolved_value()
    {
        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ person { __typename name manager { name manager { name } } } }");

        Assert.Equal(
            "{\"person\":{\"__typename\":\"Person\",\"name\":\"Ada\",\"manager\":{\"name\":\"Grace\",\"manager\":null}}}",
            ExecutionHarness.Data(result));
    }

    [Fact]
    public async Task Null_object_completes_to_null_without_running_its_sub_selection()
    {
        var before = Volatile.Read(ref _managerCalls);

        var result = await ExecutionHarness.ExecuteAsync(Schema, "{ nobody { name manager { name } } }");

        Assert.Equal("{\"nobody\":null}", ExecutionHarness.Data(result));
        Assert.Null(result.Errors);
        Assert.Equal(before, Volatile.Read(ref _managerCalls));
    }
}

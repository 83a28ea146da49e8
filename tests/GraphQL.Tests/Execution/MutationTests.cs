namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.2.2 / 6.3.3: root mutation fields execute serially, each with its sub-selection, in document order.</summary>
public sealed class MutationTests
{
    private sealed class NumberHolder
    {
        public int TheNumber { get; set; }
    }

    [Fact]
    public async Task Spec_example_changeTheNumber_runs_serially()
    {
        var holder = new NumberHolder();
        var log = new List<string>();
        var schema = ExecutionHarness.Build(
            """
            type NumberHolder { theNumber: Int }
            type Query { numberHolder: NumberHolder }
            type Mutation { changeTheNumber(newNumber: Int!): NumberHolder }
            """,
            b => b
                .Bind("Query", "numberHolder", _ => new ValueTask<object?>(holder))
                .Bind("Mutation", "changeTheNumber", async ctx =>
                {
                    var value = (int)ctx.Arguments["newNumber"]!;
                    log.Add("start " + value);

                    // A real await: a parallel executor would start the next mutation here.
                    await Task.Delay(value == 1 ? 30 : 1);
                    holder.TheNumber = value;
                    log.Add("end " + value);
                    return new NumberHolder { TheNumber = holder.TheNumber };
                }));

        var json = await ExecutionHarness.JsonAsync(
            schema,
            """
            mutation {
              first: changeTheNumber(newNumber: 1) { theNumber }
              second: changeTheNumber(newNumber: 3) { theNumber }
              third: changeTheNumber(newNumber: 2) { theNumber }
            }
            """);

        Assert.Equal("{\"data\":{\"first\":{\"theNumber\":1},\"second\":{\"theNumber\":3},\"third\":{\"theNumber\":2}}}", json);
        Assert.Equal(["start 1", "end 1", "start 3", "end 3", "start 2", "end 2"], log);
        Assert.Equal(2, holder.TheNumber);
    }

    [Fact]
    public async Task Failing_mutation_field_is_a_field_error_and_later_fields_still_run_in_order()
    {
        var log = new List<int>();
        var schema = ExecutionHarness.Build(
            """
            type Query { ok: Boolean }
            type Mutation { apply(step: Int!): Int }
            """,
            b => b
                .Bind("Query", "ok", _ => new ValueTask<object?>(true))
                .Bind("Mutation", "apply", async ctx =>
                {
                    var step = (int)ctx.Arguments["step"]!;
                    await Task.Yield();
                    log.Add(step);
                    return step == 2 ? throw new Platform.GraphQL.Execution.GraphQLException("step 2 refused", "CONFLICT") : step;
                }));

        var result = await ExecutionHarness.ExecuteAsync(schema, "mutation { a: apply(step: 1) b: apply(step: 2) c: apply(step: 3) }");

        Assert.Equal("{\"a\":1,\"b\":null,\"c\":3}", ExecutionHarness.Data(result));
        var error = Assert.Single(result.Errors!);
        Assert.Equal(["b"], error.Path!);
        Assert.Equal("CONFLICT", error.Code);
        Assert.Equal([1, 2, 3], log);
    }
}

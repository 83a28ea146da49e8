using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>The request's cancellation token reaches resolvers and loaders and stops the execution.</summary>
public sealed class CancellationTests
{
    [Fact]
    public async Task Resolver_sees_the_request_token_and_cancellation_aborts_the_execution()
    {
        using var cts = new CancellationTokenSource();
        CancellationToken seen = default;
        var laterFieldRan = false;
        var schema = ExecutionHarness.Build(
            "type Query { slow: String later: String }",
            b => b
                .Bind("Query", "slow", async ctx =>
                {
                    seen = ctx.CancellationToken;
                    cts.Cancel();
                    await Task.Delay(Timeout.Infinite, ctx.CancellationToken);
                    return "never";
                })
                .Bind("Query", "later", _ =>
                {
                    laterFieldRan = true;
                    return new ValueTask<object?>("x");
                }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecutionHarness.ExecuteAsync(schema, "{ slow later }", cancellationToken: cts.Token));
        Assert.Equal(cts.Token, seen);
        Assert.False(laterFieldRan);
    }

    [Fact]
    public async Task Already_cancelled_token_runs_no_resolver()
    {
        var ran = false;
        var schema = ExecutionHarness.Build("type Query { a: String }", b => b.Bind("Query", "a", _ =>
        {
            ran = true;
            return new ValueTask<object?>("a");
        }));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExecutionHarness.ExecuteAsync(schema, "{ a }", cancellationToken: new CancellationToken(true)));
        Assert.False(ran);
    }

    [Fact]
    public async Task Operation_canceled_by_a_resolver_for_its_own_reasons_is_a_field_error()
    {
        var schema = ExecutionHarness.Build("type Query { a: String b: String }", b => b
            .Bind("Query", "a", _ => throw new OperationCanceledException("inner timeout"))
            .Bind("Query", "b", _ => new ValueTask<object?>("b")));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ a b }");
        Assert.Equal("{\"a\":null,\"b\":\"b\"}", ExecutionHarness.Data(result));
        Assert.Equal(ErrorCodes.InternalServerError, Assert.Single(result.Errors!).Code);
    }
}

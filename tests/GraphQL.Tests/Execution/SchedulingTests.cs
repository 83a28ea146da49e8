using Platform.GraphQL.Execution.Loading;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// The single-flow rule without loaders: a resolver awaiting I/O finishes before the next resolver starts, at every
/// depth, even when the test's own synchronization context or ConfigureAwait(false) is involved.
/// </summary>
public sealed class SchedulingTests
{
    [Fact]
    public async Task Resolvers_awaiting_io_run_strictly_one_after_another()
    {
        var log = new List<string>();
        var active = 0;
        var overlaps = 0;

        async Task<object?> Io(string name, object? value, bool leaveContext)
        {
            if (Interlocked.Increment(ref active) != 1)
            {
                Interlocked.Increment(ref overlaps);
            }

            lock (log)
            {
                log.Add("start " + name);
            }

            await Task.Delay(3).ConfigureAwait(!leaveContext);
            lock (log)
            {
                log.Add("end " + name);
            }

            Interlocked.Decrement(ref active);
            return value;
        }

        var schema = ExecutionHarness.Build(
            "type Item { n: Int label: String } type Query { items: [Item] other: String }",
            b => b
                .Bind("Query", "items", ctx => new ValueTask<object?>(Io("items", new[] { 1, 2, 3 }, false)))
                .Bind("Query", "other", ctx => new ValueTask<object?>(Io("other", "o", true)))
                .Bind("Item", "n", ctx => new ValueTask<object?>(ctx.Source))
                .Bind("Item", "label", ctx => new ValueTask<object?>(Io("label" + ctx.Source, "L" + ctx.Source, (int)ctx.Source! % 2 == 0))));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ items { n label } other }");

        Assert.Null(result.Errors);
        Assert.Equal("{\"items\":[{\"n\":1,\"label\":\"L1\"},{\"n\":2,\"label\":\"L2\"},{\"n\":3,\"label\":\"L3\"}],\"other\":\"o\"}", ExecutionHarness.Data(result));
        Assert.Equal(0, overlaps);
        for (var i = 0; i < log.Count; i += 2)
        {
            Assert.StartsWith("start ", log[i]);
            Assert.Equal("end " + log[i]["start ".Length..], log[i + 1]);
        }

        Assert.Equal(10, log.Count);
    }

    [Fact]
    public async Task Loader_obtained_outside_a_request_cannot_be_used()
    {
        var loader = new DataLoader<int, string>((keys, _) => Task.FromResult<IReadOnlyDictionary<int, string>>(new Dictionary<int, string>()));
        await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1));
    }
}

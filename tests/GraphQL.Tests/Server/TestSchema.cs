using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Server;

/// <summary>An in-memory schema for the server tests; <see cref="Probes"/> records what resolvers saw.</summary>
public sealed class TestSchema
{
    public const string Sdl = """
        directive @listSize(size: Int!) on FIELD_DEFINITION
        type Query {
          hello(name: String): String!
          items(first: Int, last: Int): [Item!]!
          pages: [Item!]! @listSize(size: 2)
          boom: String
          slow: String
          extension(name: String!): String
        }
        type Item { id: ID! name: String! children(first: Int): [Item!]! }
        type Mutation { echo(text: String!): String! }
        type Subscription { ticks(count: Int!): Int! forever: Int! broken: Int! }
        """;

    /// <summary>Signals from resolvers: cancellations observed.</summary>
    public Probes Probes { get; } = new();

    public Schema Build() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl, "test.graphql")
        .Bind("Query", "hello", ctx => ValueTask.FromResult<object?>("Hello, " + ctx.GetArgument("name", "world") + "!"))
        .Bind("Query", "items", ctx => ValueTask.FromResult<object?>(Items(ctx.GetArgument("first", ctx.GetArgument("last", 3)))))
        .Bind("Query", "pages", _ => ValueTask.FromResult<object?>(Items(2)))
        .Bind("Query", "boom", _ => throw new InvalidOperationException("SELECT secret FROM pg_shadow failed at Npgsql.Internal"))
        .Bind("Query", "slow", SlowAsync)
        .Bind("Query", "extension", ctx => ValueTask.FromResult<object?>(
            ctx.Items.TryGetValue("extension:" + ctx.GetArgument("name", string.Empty), out var value) ? value?.ToString() : null))
        .Bind("Item", "children", ctx => ValueTask.FromResult<object?>(Items(ctx.GetArgument("first", 2))))
        .Bind("Mutation", "echo", ctx => ValueTask.FromResult<object?>(ctx.GetArgument("text", string.Empty)))
        .Bind("Subscription", "ticks", ctx => ValueTask.FromResult<object?>(Ticks(ctx.GetArgument("count", 3), ctx.CancellationToken)))
        .Bind("Subscription", "forever", ctx => ValueTask.FromResult<object?>(Forever(ctx.CancellationToken)))
        .Bind("Subscription", "broken", _ => ValueTask.FromResult<object?>(Broken()))
        .Build();

    private static List<Dictionary<string, object?>> Items(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new Dictionary<string, object?> { ["id"] = i.ToString(), ["name"] = "item " + i })];

    private async ValueTask<object?> SlowAsync(IResolveFieldContext context)
    {
        try
        {
            Probes.SlowStarted.TrySetResult();
            await Task.Delay(Timeout.Infinite, context.CancellationToken);
            return "never";
        }
        catch (OperationCanceledException)
        {
            Probes.SlowCancelled.TrySetResult();
            throw;
        }
    }

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellation)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Yield();
            cancellation.ThrowIfCancellationRequested();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> Broken()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException("event bus connection lost: Host=db.internal");
    }

    private async IAsyncEnumerable<object?> Forever([EnumeratorCancellation] CancellationToken cancellation)
    {
        Probes.ForeverStarted.TrySetResult();
        var i = 0;
        try
        {
            while (true)
            {
                await Task.Delay(20, cancellation);
                yield return ++i;
            }
        }
        finally
        {
            Probes.ForeverEnded.TrySetResult();
        }
    }
}

/// <summary>Completion sources resolvers set so tests can wait for (not time) cancellation.</summary>
public sealed class Probes
{
    public TaskCompletionSource SlowCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource SlowStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource ForeverStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource ForeverEnded { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

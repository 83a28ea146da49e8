using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.SampleHost;

/// <summary>A tiny catalogue schema: enough for the audit (query, mutation, variables), a subscription and a 50-object list.</summary>
public static class SampleSchema
{
    /// <summary>The SDL served.</summary>
    public const string Sdl = """
        type Query {
          hello(name: String): String!
          items(first: Int): [Item!]!
        }
        type Item { id: ID! name: String! price: Float! inStock: Boolean! }
        type Mutation { echo(text: String!): String! }
        type Subscription { ticks(count: Int!): Int! }
        """;

    /// <summary>Fifty fixed items, shared by the GraphQL and the bare endpoint.</summary>
    public static IReadOnlyList<Item> Items { get; } =
        [.. Enumerable.Range(1, 50).Select(i => new Item($"item-{i}", $"Item number {i}", i * 1.5, i % 3 != 0))];

    /// <summary>Builds the schema with its resolvers.</summary>
    public static Schema Build() => new SchemaBuilder()
        .AddTypeDefinitions(Sdl, "sample.graphql")
        .Bind("Query", "hello", ctx => ValueTask.FromResult<object?>("Hello, " + ctx.GetArgument("name", "world") + "!"))
        .Bind("Query", "items", ctx => ValueTask.FromResult<object?>(Items.Take(ctx.GetArgument("first", 50)).ToList()))
        .Bind("Mutation", "echo", ctx => ValueTask.FromResult<object?>(ctx.GetArgument("text", string.Empty)))
        .Bind("Subscription", "ticks", ctx => ValueTask.FromResult<object?>(Ticks(ctx.GetArgument("count", 3), ctx.CancellationToken)))
        .Build();

    private static async IAsyncEnumerable<object?> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellation)
    {
        for (var i = 1; i <= count; i++)
        {
            await Task.Delay(200, cancellation);
            yield return i;
        }
    }
}

/// <summary>One catalogue item.</summary>
public sealed record Item(string Id, string Name, double Price, bool InStock);

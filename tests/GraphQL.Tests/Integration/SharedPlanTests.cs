using Platform.GraphQL.Engine;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Integration;

/// <summary>Variable-free operations share their field plans across requests; concurrent requests must not interfere.</summary>
public sealed class SharedPlanTests
{
    private sealed record Dog(string Name);

    private sealed record Cat(string Name, int Lives);

    [Fact]
    public async Task Concurrent_requests_for_one_cached_document_give_identical_results()
    {
        var schema = new SchemaBuilder()
            .AddTypeDefinitions("""
                interface Pet { name: String }
                type Dog implements Pet { name: String }
                type Cat implements Pet { name: String lives: Int }
                type Query { pets(count: Int = 3): [Pet] }
                """)
            .Bind("Query", "pets", ctx => new ValueTask<object?>(Enumerable.Range(0, (int)ctx.Arguments["count"]!)
                .Select(i => i % 2 == 0 ? (object)new Dog("d" + i) : new Cat("c" + i, i)).ToArray()))
            .IsTypeOf<Dog>("Dog")
            .IsTypeOf<Cat>("Cat")
            .Build();
        var engine = new GraphQLEngine(schema);
        const string query = "{ pets(count: 6) { __typename name ... on Cat { lives } } }";
        var expected = ExecutionResultJson.Serialize(await engine.ExecuteAsync(new ExecutionRequest { Query = query }));
        Assert.StartsWith("{\"data\":{\"pets\":[{\"__typename\":\"Dog\",\"name\":\"d0\"},{\"__typename\":\"Cat\",\"name\":\"c1\",\"lives\":1}", expected);

        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () =>
            ExecutionResultJson.Serialize(await engine.ExecuteAsync(new ExecutionRequest { Query = query })))));

        Assert.All(results, r => Assert.Equal(expected, r));
        Assert.Equal(1, engine.Cache.Count);
    }
}

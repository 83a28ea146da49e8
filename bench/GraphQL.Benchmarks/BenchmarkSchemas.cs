using System.Text;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Benchmarks;

/// <summary>Schemas and in-memory data shared by the benchmarks.</summary>
public static class BenchmarkSchemas
{
    /// <summary>
    /// A schema of 100 named types of our own (object types, interfaces, enums, inputs, a union) plus built-ins and
    /// introspection, to validate the introspection query against and to introspect.
    /// </summary>
    public static Schema HundredTypes()
    {
        var sdl = new StringBuilder();
        sdl.AppendLine("interface Node { id: ID! }");
        sdl.AppendLine("interface Named { name: String }");
        for (var i = 0; i < 10; i++)
        {
            sdl.AppendLine($"\"Status {i}.\" enum Status{i} {{ ACTIVE INACTIVE PENDING @deprecated(reason: \"old\") }}");
            sdl.AppendLine($"input Filter{i} {{ name: String limit: Int = 10 status: Status{i} tags: [String!] }}");
        }

        for (var i = 0; i < 75; i++)
        {
            var next = (i + 1) % 75;
            sdl.AppendLine($"\"Entity number {i}.\" type Entity{i} implements Node & Named {{");
            sdl.AppendLine("  id: ID!");
            sdl.AppendLine("  name: String");
            sdl.AppendLine("  createdAt: String");
            sdl.AppendLine($"  status: Status{i % 10}");
            sdl.AppendLine("  score: Float @deprecated(reason: \"Use rating.\")");
            sdl.AppendLine("  rating: Int");
            sdl.AppendLine($"  next(filter: Filter{i % 10}, first: Int = 10): [Entity{next}!]!");
            sdl.AppendLine("}");
        }

        sdl.AppendLine("union Anything = Entity0 | Entity1 | Entity2 | Entity3");
        sdl.Append("type Query {");
        for (var i = 0; i < 12; i++)
        {
            sdl.Append($" entity{i}(id: ID!): Entity{i}");
        }

        sdl.AppendLine(" anything: [Anything] node(id: ID!): Node }");

        var builder = new SchemaBuilder().AddTypeDefinitions(sdl.ToString());
        for (var i = 0; i < 12; i++)
        {
            builder.Bind("Query", "entity" + i, _ => new ValueTask<object?>((object?)null));
        }

        builder.Bind("Query", "anything", _ => new ValueTask<object?>((object?)null));
        builder.Bind("Query", "node", _ => new ValueTask<object?>((object?)null));
        return builder.Build();
    }

    /// <summary>Regions → offices → agents: 10 × 10 × 10 = 1,000 agents with 5 scalar fields each.</summary>
    public static Schema Agency(out Region[] regions)
    {
        const string sdl = """
            type Agent { id: ID! name: String! email: String active: Boolean! score: Float }
            type Office { code: String! agents: [Agent!]! }
            type Region { code: String! offices: [Office!]! }
            type Query { regions: [Region!]! }
            """;
        var data = Enumerable.Range(0, 10).Select(r => new Region(
            "R" + r,
            Enumerable.Range(0, 10).Select(o => new Office(
                $"R{r}-O{o}",
                Enumerable.Range(0, 10).Select(a => new Agent(
                    $"agent-{r}-{o}-{a}", $"Agent {r}.{o}.{a}", $"agent{r}{o}{a}@example.com", a % 3 != 0, (r * 100) + (o * 10) + a + 0.5)).ToArray())).ToArray())).ToArray();
        regions = data;
        return new SchemaBuilder()
            .AddTypeDefinitions(sdl)
            .Bind("Query", "regions", _ => new ValueTask<object?>(data))
            .Build();
    }

    /// <summary>The fifty catalogue items of the sample host (bench/Server/SampleHost), shared with the bare comparison.</summary>
    public static IReadOnlyList<Item> CatalogueItems { get; } =
        [.. Enumerable.Range(1, 50).Select(i => new Item($"item-{i}", $"Item number {i}", i * 1.5, i % 3 != 0))];

    /// <summary>The sample host's catalogue schema (the part the HTTP load benchmark queries), with the same resolver.</summary>
    public static Schema Catalogue() => new SchemaBuilder()
        .AddTypeDefinitions("""
            type Query { items(first: Int): [Item!]! }
            type Item { id: ID! name: String! price: Float! inStock: Boolean! }
            """)
        .Bind("Query", "items", ctx => ValueTask.FromResult<object?>(CatalogueItems.Take(ctx.GetArgument("first", 50)).ToList()))
        .Build();

    /// <summary>One catalogue item.</summary>
    public sealed record Item(string Id, string Name, double Price, bool InStock);

    /// <summary>A region of the agency data.</summary>
    public sealed record Region(string Code, Office[] Offices);

    /// <summary>An office of the agency data.</summary>
    public sealed record Office(string Code, Agent[] Agents);

    /// <summary>An agent: the 1,000 leaf objects.</summary>
    public sealed record Agent(string Id, string Name, string Email, bool Active, double Score);
}

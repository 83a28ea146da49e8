using Platform.GraphQL.Types;

namespace Platform.GraphQL.Tests.Types;

/// <summary>The default resolver that reads a field from its parent value.</summary>
public sealed class MemberResolverTests
{
    private static async Task<object?> Read(string name, object? source) =>
        await MemberResolver.Create(name)(FakeResolveContext.Create(source));

    [Fact]
    public async Task Reads_properties_exactly_then_pascal_case_then_ignoring_case()
    {
        var row = new Row { Exact = 1, Premium = 2.5m, URL = "u" };
        row.camel = "field";

        Assert.Equal(1, await Read("Exact", row));
        Assert.Equal(2.5m, await Read("premium", row));
        Assert.Equal("u", await Read("url", row));
        Assert.Equal("field", await Read("camel", row));
        Assert.Null(await Read("missing", row));
    }

    [Fact]
    public async Task Reads_dictionary_entries_by_exact_name()
    {
        IReadOnlyDictionary<string, object?> map = new Dictionary<string, object?> { ["name"] = "Ann" };

        Assert.Equal("Ann", await Read("name", map));
        Assert.Null(await Read("Name", map));
        Assert.Equal(3, await Read("n", new System.Collections.Hashtable { ["n"] = 3 }));
    }

    [Fact]
    public async Task One_resolver_handles_parents_of_different_clr_types()
    {
        var resolver = MemberResolver.Create("name");

        Assert.Equal("a", await resolver(FakeResolveContext.Create(new { Name = "a" })));
        Assert.Equal("b", await resolver(FakeResolveContext.Create(new Other("b"))));
        Assert.Equal("a", await resolver(FakeResolveContext.Create(new { Name = "a" })));
    }

    private sealed record Other(string Name);

    private sealed class Row
    {
        public string? camel;

        public int Exact { get; init; }

        public decimal Premium { get; init; }

        public string? URL { get; init; }
    }
}

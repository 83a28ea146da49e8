using Platform.GraphQL.Engine;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>The bounded prepared-document cache: a repeated document is parsed and validated once.</summary>
public sealed class DocumentCacheTests
{
    private static readonly Platform.GraphQL.Types.Schema Schema = ExecutionHarness.Build(
        "type Query { a: String b: String }",
        b => b.Bind("Query", "a", _ => new ValueTask<object?>("A")).Bind("Query", "b", _ => new ValueTask<object?>("B")));

    [Fact]
    public void Repeated_document_is_prepared_once()
    {
        var engine = new GraphQLEngine(Schema);
        var first = engine.Prepare("{ a }");
        var second = engine.Prepare("{ a }");
        Assert.Same(first, second);
        Assert.Same(first.Document, second.Document);
        Assert.Equal(1, engine.Cache.Hits);
        Assert.Equal(1, engine.Cache.Misses);
    }

    [Fact]
    public void Invalid_documents_are_cached_with_their_errors_and_syntax_errors_are_not()
    {
        var engine = new GraphQLEngine(Schema);
        var invalid = engine.Prepare("{ nope }");
        Assert.False(invalid.IsValid);
        Assert.Same(invalid, engine.Prepare("{ nope }"));
        var broken = engine.Prepare("{ a ");
        Assert.Null(broken.Document);
        Assert.NotSame(broken, engine.Prepare("{ a "));
        Assert.Equal(1, engine.Cache.Count);
    }

    [Fact]
    public void Cache_never_exceeds_its_capacity_and_keeps_recently_used_documents()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { DocumentCacheCapacity = 3 });
        var hot = engine.Prepare("{ a }");
        for (var i = 0; i < 20; i++)
        {
            // Touch the hot document between newcomers: CLOCK gives it a second chance each time.
            Assert.Same(hot, engine.Prepare("{ a }"));
            engine.Prepare($"{{ x{i}: b }}");
            Assert.True(engine.Cache.Count <= 3);
        }

        Assert.Same(hot, engine.Prepare("{ a }"));
        Assert.Equal(3, engine.Cache.Count);
    }

    [Fact]
    public async Task Concurrent_preparation_is_safe_and_bounded()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { DocumentCacheCapacity = 16 });
        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var prepared = engine.Prepare($"{{ k{(i + worker) % 40}: a }}");
                Assert.True(prepared.IsValid);
            }
        })));

        Assert.InRange(engine.Cache.Count, 1, 16);
    }

    [Fact]
    public void Oversized_documents_are_not_cached()
    {
        var engine = new GraphQLEngine(Schema, new GraphQLEngineOptions { MaxCachedDocumentLength = 10 });
        engine.Prepare("{ a b a2: a }");
        Assert.Equal(0, engine.Cache.Count);
    }
}

using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 7.1 response shape as JSON.</summary>
public sealed class ExecutionResultJsonTests
{
    [Fact]
    public void Request_error_result_has_errors_and_no_data_key()
    {
        var json = ExecutionResultJson.Serialize(ExecutionResult.RequestError(new GraphQLError("Bad.", [new Platform.GraphQL.Language.SourceLocation(2, 5)], code: "X")));
        Assert.Equal("{\"errors\":[{\"message\":\"Bad.\",\"locations\":[{\"line\":2,\"column\":5}],\"extensions\":{\"code\":\"X\"}}]}", json);
    }

    [Fact]
    public async Task Strings_are_escaped_as_json_requires_and_unicode_stays_readable()
    {
        var schema = ExecutionHarness.Build("type Query { s: String }", b => b.Bind("Query", "s", _ => new ValueTask<object?>("Müller \"q\" \\ \n <b>")));
        Assert.Equal("{\"data\":{\"s\":\"Müller \\\"q\\\" \\\\ \\n <b>\"}}", await ExecutionHarness.JsonAsync(schema, "{ s }"));
    }

    [Fact]
    public async Task Resolver_string_with_a_lone_surrogate_is_written_as_a_replacement_character()
    {
        // Data from storage is not checked for well-formed UTF-16; the writer must neither throw nor emit invalid JSON.
        var schema = ExecutionHarness.Build("type Query { s: String }", b => b.Bind("Query", "s", _ => new ValueTask<object?>("a\uD800b")));

        var json = await ExecutionHarness.JsonAsync(schema, "{ s }");

        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        Assert.Equal("a\uFFFDb", parsed.RootElement.GetProperty("data").GetProperty("s").GetString());
    }

    [Fact]
    public async Task Numbers_booleans_and_custom_scalars_serialise_by_type()
    {
        var schema = ExecutionHarness.Build(
            "scalar Decimal scalar Long type Query { i: Int f: Float b: Boolean d: Decimal l: Long id: ID }",
            b => b
                .AddScalar(new Platform.GraphQL.Types.DecimalType())
                .AddScalar(new Platform.GraphQL.Types.LongType())
                .Bind("Query", "i", _ => new ValueTask<object?>(-7))
                .Bind("Query", "f", _ => new ValueTask<object?>(0.1))
                .Bind("Query", "b", _ => new ValueTask<object?>(false))
                .Bind("Query", "d", _ => new ValueTask<object?>(12.50m))
                .Bind("Query", "l", _ => new ValueTask<object?>(9007199254740993L))
                .Bind("Query", "id", _ => new ValueTask<object?>(42)));

        Assert.Equal(
            "{\"data\":{\"i\":-7,\"f\":0.1,\"b\":false,\"d\":\"12.50\",\"l\":9007199254740993,\"id\":\"42\"}}",
            await ExecutionHarness.JsonAsync(schema, "{ i f b d l id }"));
    }

    [Fact]
    public void Extensions_follow_data()
    {
        var result = new ExecutionResult { HasData = true, Extensions = new Dictionary<string, object?> { ["cost"] = 3 } };
        Assert.Equal("{\"data\":null,\"extensions\":{\"cost\":3}}", ExecutionResultJson.Serialize(result));
    }

    [Fact]
    public async Task Large_results_grow_the_pooled_buffer_and_match_the_buffer_writer_output()
    {
        var schema = ExecutionHarness.Build("type Query { words: [String] }", b => b.Bind("Query", "words", _ =>
            new ValueTask<object?>(Enumerable.Range(0, 5000).Select(i => "word-" + i).ToArray())));
        var result = await ExecutionHarness.ExecuteAsync(schema, "{ words }");

        var bytes = ExecutionResultJson.SerializeToUtf8Bytes(result);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        ExecutionResultJson.Write(buffer, result);

        Assert.True(bytes.Length > 32 * 1024, "must exceed the initial 16 KB rental at least twice");
        Assert.Equal(buffer.WrittenSpan.ToArray(), bytes);
        using var parsed = System.Text.Json.JsonDocument.Parse(bytes);
        var words = parsed.RootElement.GetProperty("data").GetProperty("words");
        Assert.Equal(5000, words.GetArrayLength());
        Assert.Equal("word-4999", words[4999].GetString());
    }
}

using System.Buffers;
using System.Text;
using System.Text.Json;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>
/// The shortcuts of the 50-object hot path (leaf completion without materialised object paths, shared boolean boxes,
/// the integer route for whole doubles, the reused JSON writer) give exactly what the general path gives.
/// </summary>
public sealed class HotPathEquivalenceTests
{
    public static TheoryData<double> Doubles() =>
    [
        0, -0.0, 1, -1, 1.5, 3, 0.1, 1e14, 999_999_999_999_999, 1e15, -1e15, 1e16, 123456789012345.0, 9007199254740993.0,
        double.Epsilon, double.MaxValue, double.MinValue, 2.5e-7, -42, 75,
    ];

    [Theory]
    [MemberData(nameof(Doubles))]
    public void Doubles_are_written_byte_for_byte_as_the_json_writer_writes_them(double value)
    {
        var ours = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(ours))
        {
            ExecutionResultJson.WriteValue(writer, value);
        }

        Assert.Equal(JsonSerializer.Serialize(value), Encoding.UTF8.GetString(ours.WrittenSpan));
    }

    [Fact]
    public async Task Leaf_fields_of_list_items_report_their_full_path_in_errors_and_to_resolvers()
    {
        var schema = ExecutionHarness.Build(
            "type Item { id: ID! where: String bad: Int } type Query { items: [Item!]! }",
            b => b
                .Bind("Query", "items", _ => new ValueTask<object?>(new[] { new Row("a"), new Row("b") }))
                .Bind("Item", "where", ctx => new ValueTask<object?>(string.Join('/', ctx.Path)))
                .Bind("Item", "bad", _ => new ValueTask<object?>("not a number")));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ items { id where bad } }");

        Assert.Equal("""{"items":[{"id":"a","where":"items/0/where","bad":null},{"id":"b","where":"items/1/where","bad":null}]}""", ExecutionHarness.Data(result));
        Assert.Equal([["items", 0, "bad"], ["items", 1, "bad"]], result.Errors!.Select(e => e.Path!.ToArray()));
    }

    [Fact]
    public async Task Null_in_a_non_null_leaf_of_a_list_item_nulls_the_item_with_its_path()
    {
        var schema = ExecutionHarness.Build(
            "type Item { id: ID! } type Query { items: [Item] }",
            b => b.Bind("Query", "items", _ => new ValueTask<object?>(new[] { new Row("a"), new Row(null) })));

        var result = await ExecutionHarness.ExecuteAsync(schema, "{ items { id } }");

        Assert.Equal("""{"items":[{"id":"a"},null]}""", ExecutionHarness.Data(result));
        Assert.Equal(["items", 1, "id"], Assert.Single(result.Errors!).Path!);
    }

    [Fact]
    public async Task Member_resolved_booleans_and_whole_doubles_serialise_as_before()
    {
        var schema = ExecutionHarness.Build(
            "type Flag { on: Boolean! weight: Float! } type Query { flags: [Flag!]! }",
            b => b.Bind("Query", "flags", _ => new ValueTask<object?>(new[] { new FlagRow(true, 3), new FlagRow(false, -0.0), new FlagRow(true, 1.5) })));

        Assert.Equal(
            """{"data":{"flags":[{"on":true,"weight":3},{"on":false,"weight":-0},{"on":true,"weight":1.5}]}}""",
            await ExecutionHarness.JsonAsync(schema, "{ flags { on weight } }"));
    }

    [Fact]
    public void The_reused_writer_starts_clean_after_a_failed_write()
    {
        var failing = new ExecutionResult { HasData = true, Extensions = new Dictionary<string, object?> { ["x"] = new Unserialisable() } };
        Assert.ThrowsAny<Exception>(() => ExecutionResultJson.Write(new ArrayBufferWriter<byte>(), failing));

        var output = new ArrayBufferWriter<byte>();
        ExecutionResultJson.Write(output, new ExecutionResult { HasData = true });
        Assert.Equal("{\"data\":null}", Encoding.UTF8.GetString(output.WrittenSpan));
    }

    private sealed record Row(string? Id);

    private sealed record FlagRow(bool On, double Weight);

    private sealed class Unserialisable
    {
        public int Value => throw new InvalidOperationException("no");
    }
}

using System.Runtime.CompilerServices;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Language;

namespace Platform.GraphQL.Tests.Execution;

/// <summary>Spec 6.2.3 Subscribe: CreateSourceEventStream and MapSourceToResponseEvent.</summary>
public sealed class SubscriptionTests
{
    private sealed record Message(string Sender, string Text);

    private static Platform.GraphQL.Types.Schema BuildSchema(Func<int, IAsyncEnumerable<object?>> stream) => ExecutionHarness.Build(
        """
        type Message { sender: String text: String! }
        type Query { ping: String }
        type Subscription { newMessage(roomId: Int!): Message }
        """,
        b => b
            .Bind("Query", "ping", _ => new ValueTask<object?>("pong"))
            .Bind("Subscription", "newMessage", ctx => new ValueTask<object?>(stream((int)ctx.Arguments["roomId"]!))));

    private static async IAsyncEnumerable<object?> Messages(int room, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new Message("Hagrid", "You're a wizard! (room " + room + ")");
        await Task.Yield();
        yield return new Message("Harry", null!);
        yield return new Message("Ron", "Bloody hell");
    }

    private static Task<SubscriptionResult> Subscribe(Platform.GraphQL.Types.Schema schema, string query) =>
        new Executor(schema).SubscribeAsync(new ExecutionArgs { Document = Parser.Parse(query) });

    [Fact]
    public async Task Each_event_is_executed_against_the_selection_set()
    {
        var schema = BuildSchema(room => Messages(room));
        var subscription = await Subscribe(schema, "subscription NewMessages { newMessage(roomId: 123) { sender text } }");
        Assert.Null(subscription.Single);

        var payloads = new List<string>();
        await foreach (var result in subscription.Stream!)
        {
            payloads.Add(ExecutionResultJson.Serialize(result));
        }

        Assert.Equal(3, payloads.Count);
        Assert.Equal("{\"data\":{\"newMessage\":{\"sender\":\"Hagrid\",\"text\":\"You're a wizard! (room 123)\"}}}", payloads[0]);
        Assert.StartsWith("{\"errors\":[{\"message\":\"Cannot return null for non-nullable field Message.text.\"", payloads[1]);
        Assert.EndsWith("\"data\":{\"newMessage\":null}}", payloads[1]);
        Assert.Equal("{\"data\":{\"newMessage\":{\"sender\":\"Ron\",\"text\":\"Bloody hell\"}}}", payloads[2]);
    }

    [Fact]
    public async Task Disposing_the_response_stream_cancels_the_source_stream()
    {
        var finished = new TaskCompletionSource();
        async IAsyncEnumerable<object?> Endless([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var i = 0; ; i++)
                {
                    yield return new Message("bot", "tick " + i);
                    await Task.Delay(1, cancellationToken);
                }
            }
            finally
            {
                finished.TrySetResult();
            }
        }

        var schema = BuildSchema(_ => Endless());
        var subscription = await Subscribe(schema, "subscription { newMessage(roomId: 1) { text } }");
        var count = 0;
        await foreach (var result in subscription.Stream!)
        {
            if (++count == 3)
            {
                break;
            }
        }

        await finished.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(3, count);
    }

    [Fact]
    public async Task Resolver_error_while_creating_the_stream_is_a_request_error()
    {
        var schema = ExecutionHarness.Build(
            "type Query { ping: String } type Subscription { ticks: Int }",
            b => b
                .Bind("Query", "ping", _ => new ValueTask<object?>("pong"))
                .Bind("Subscription", "ticks", _ => throw new GraphQLException("Not allowed to subscribe.", "FORBIDDEN")));

        var subscription = await Subscribe(schema, "subscription { ticks }");
        Assert.Null(subscription.Stream);
        Assert.False(subscription.Single!.HasData);
        var error = Assert.Single(subscription.Single.Errors!);
        Assert.Equal("FORBIDDEN", error.Code);
        Assert.Equal(["ticks"], error.Path!);
    }

    [Fact]
    public async Task Resolver_that_returns_no_stream_gives_a_masked_request_error()
    {
        var schema = ExecutionHarness.Build(
            "type Query { ping: String } type Subscription { ticks: Int }",
            b => b
                .Bind("Query", "ping", _ => new ValueTask<object?>("pong"))
                .Bind("Subscription", "ticks", _ => new ValueTask<object?>(42)));

        var subscription = await Subscribe(schema, "subscription { ticks }");
        Assert.Equal("Unexpected error.", Assert.Single(subscription.Single!.Errors!).Message);
    }

    [Fact]
    public async Task Query_through_subscribe_gives_a_single_result()
    {
        var schema = BuildSchema(room => Messages(room));
        var subscription = await Subscribe(schema, "{ ping }");
        Assert.Null(subscription.Stream);
        Assert.Equal("{\"data\":{\"ping\":\"pong\"}}", ExecutionResultJson.Serialize(subscription.Single!));
    }

    [Fact]
    public async Task Execute_refuses_a_subscription_operation()
    {
        var schema = BuildSchema(room => Messages(room));
        var result = await new Executor(schema).ExecuteAsync(new ExecutionArgs { Document = Parser.Parse("subscription { newMessage(roomId: 1) { text } }") });
        Assert.False(result.HasData);
        Assert.Equal(ErrorCodes.BadRequest, Assert.Single(result.Errors!).Code);
    }
}

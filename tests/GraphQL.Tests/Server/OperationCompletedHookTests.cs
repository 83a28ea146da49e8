using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// OnOperationCompleted follows OnOperation on every transport, after execution and before the result is written
/// (the API commits its per-operation unit of work there).
/// </summary>
public sealed class OperationCompletedHookTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<string> _calls = new();
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(o =>
    {
        o.OnOperation = (_, operation) =>
        {
            _calls.Enqueue("start " + operation.Transport);
            return ValueTask.CompletedTask;
        };
        o.OnOperationCompleted = (http, operation, result) =>
        {
            // The response must not have started: the hook may still fail the operation.
            _calls.Enqueue($"done {operation.Transport} started={http.Response.HasStarted} data={JsonSerializer.Serialize(result.Data)}");
            if (operation.Transport == "http" && http.Request.Headers.ContainsKey("X-Fail-Commit"))
            {
                throw new InvalidOperationException("commit failed");
            }

            return ValueTask.CompletedTask;
        };
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Http_operation_completes_after_execution_before_the_response()
    {
        var response = await _host.PostAsync(new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["start http", """done http started=False data={"hello":"Hello, world!"}"""], _calls);
    }

    [Fact]
    public async Task A_failing_completion_hook_fails_the_operation_with_500()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Fail-Commit", "1");
        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.DoesNotContain("Hello", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain("commit failed", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Operations_refused_before_execution_do_not_complete()
    {
        var response = await _host.PostAsync(new { query = "{ nope }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_calls);
    }

    [Fact]
    public async Task WebSocket_query_and_each_subscription_event_complete()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "q", type = "subscribe", payload = new { query = "{ hello }" } });
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        await socket.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { ticks(count: 2) }" } });
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        Assert.Equal(
        [
            "start ws", """done ws started=True data={"hello":"Hello, world!"}""",
            "start ws", """done ws started=True data={"ticks":1}""", """done ws started=True data={"ticks":2}""",
        ], _calls);
    }

    [Fact]
    public async Task Sse_query_completes_before_the_stream_starts()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", Encoding.UTF8, "application/json"),
            Headers = { Accept = { new MediaTypeWithQualityHeaderValue("text/event-stream") } },
        };
        var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello, world!", await response.Content.ReadAsStringAsync());
        Assert.Equal(["start sse", """done sse started=False data={"hello":"Hello, world!"}"""], _calls);
    }
}

using Platform.GraphQL.Server.WebSockets;

namespace Platform.GraphQL.Tests.Server;

/// <summary>graphql-transport-ws exactly as PROTOCOL.md: messages, and every close code the server sends.</summary>
public sealed class WebSocketProtocolTests : IAsyncLifetime
{
    private GraphQLTestHost _host = null!;

    public async Task InitializeAsync() => _host = await GraphQLTestHost.StartAsync(o =>
    {
        o.WebSockets.MaxConcurrentOperations = 2;
        o.WebSockets.OnConnectionInit = init =>
        {
            var token = init.Payload is { } p && p.TryGetProperty("token", out var t) ? t.GetString() : null;
            if (token == "expiring")
            {
                // The host closes the connection later, e.g. when the access token expires.
                _ = Task.Run(async () =>
                {
                    await Task.Yield();
                    await init.Connection.CloseAsync(4403, "Token expired");
                });
            }

            if (token == "throw")
            {
                throw new InvalidOperationException("token store unreachable");
            }

            return ValueTask.FromResult(token != "bad");
        };
    });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Subscription_streams_next_messages_then_complete()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        Assert.Equal("graphql-transport-ws", socket.Socket.SubProtocol);
        await socket.InitAsync(new { token = "good" });
        await socket.SendAsync(new { id = "s1", type = "subscribe", payload = new { query = "subscription { ticks(count: 3) }" } });
        for (var i = 1; i <= 3; i++)
        {
            var next = await socket.ReceiveAsync();
            Assert.Equal("next", next.GetProperty("type").GetString());
            Assert.Equal("s1", next.GetProperty("id").GetString());
            Assert.Equal(i, next.GetProperty("payload").GetProperty("data").GetProperty("ticks").GetInt32());
        }

        var complete = await socket.ReceiveAsync();
        Assert.Equal("complete", complete.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Queries_and_mutations_run_over_the_socket()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "m", type = "subscribe", payload = new { query = "mutation { echo(text: \"hi\") }" } });
        var next = await socket.ReceiveAsync();
        Assert.Equal("hi", next.GetProperty("payload").GetProperty("data").GetProperty("echo").GetString());
        Assert.Equal("complete", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Validation_errors_come_as_an_error_message()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "e", type = "subscribe", payload = new { query = "subscription { nope }" } });
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_failing_source_stream_ends_with_a_masked_error_message()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "b", type = "subscribe", payload = new { query = "subscription { broken }" } });
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        var error = await socket.ReceiveAsync();
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.DoesNotContain("db.internal", error.GetRawText());
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Ping_is_answered_with_pong()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { type = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync()).GetProperty("type").GetString());
    }

    [Fact]
    public async Task Client_complete_cancels_the_source_stream()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "f", type = "subscribe", payload = new { query = "subscription { forever }" } });
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());
        await socket.SendAsync(new { id = "f", type = "complete" });
        await _host.Schema.Probes.ForeverEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));

        // The id is free again once completed.
        await socket.SendAsync(new { id = "f", type = "subscribe", payload = new { query = "{ hello }" } });
        var next = await socket.ReceiveAsync();
        while (next.GetProperty("type").GetString() == "next" && next.GetProperty("payload").GetProperty("data").TryGetProperty("forever", out _))
        {
            next = await socket.ReceiveAsync();
        }

        Assert.Equal("Hello, world!", next.GetProperty("payload").GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Disconnect_cancels_running_subscriptions()
    {
        var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "f", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await _host.Schema.Probes.ForeverStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        socket.Socket.Abort();
        await _host.Schema.Probes.ForeverEnded.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Too_many_concurrent_operations_get_an_error_message()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "a", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await socket.SendAsync(new { id = "b", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await socket.SendAsync(new { id = "c", type = "subscribe", payload = new { query = "subscription { forever }" } });
        while (true)
        {
            var message = await socket.ReceiveAsync();
            if (message.GetProperty("type").GetString() == "error")
            {
                Assert.Equal("c", message.GetProperty("id").GetString());
                Assert.Equal("TOO_MANY_SUBSCRIPTIONS", message.GetProperty("payload")[0].GetProperty("extensions").GetProperty("code").GetString());
                return;
            }
        }
    }

    [Fact]
    public async Task Subscribe_before_ack_closes_with_4401()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.SendAsync(new { id = "1", type = "subscribe", payload = new { query = "{ hello }" } });
        Assert.Equal(CloseCodes.Unauthorized, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Second_connection_init_closes_with_4429()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { type = "connection_init" });
        Assert.Equal(CloseCodes.TooManyInitialisationRequests, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Missing_connection_init_closes_with_4408()
    {
        await using var host = await GraphQLTestHost.StartAsync(o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(100));
        await using var socket = await SocketClient.ConnectAsync(host);
        Assert.Equal(CloseCodes.ConnectionInitTimeout, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Duplicate_operation_id_closes_with_4409()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "dup", type = "subscribe", payload = new { query = "subscription { forever }" } });
        await socket.SendAsync(new { id = "dup", type = "subscribe", payload = new { query = "subscription { forever }" } });
        Assert.Equal(CloseCodes.SubscriberAlreadyExists, await socket.ReceiveCloseAsync());
        Assert.Equal("Subscriber for dup already exists", socket.Socket.CloseStatusDescription);
    }

    [Theory]
    [InlineData("""{"type":"unknown"}""")]
    [InlineData("""not json""")]
    [InlineData("""{"id":"1"}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":5}}""")]
    [InlineData("""{"type":"subscribe","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"complete"}""")]
    [InlineData("""{"type":"subscribe","id":"1","payload":{"query":"{ a }","operationName":"\ud800"}}""")]
    [InlineData("""{"type":"subscribe","id":"\ud800","payload":{"query":"{ hello }"}}""")]
    [InlineData("""{"type":"\ud800"}""")]
    [InlineData("""{"type":"complete","id":"\udc00"}""")]
    [InlineData("""{"\ud800":1,"type":"ping"}""")]
    public async Task Invalid_messages_close_with_4400(string message)
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.InitAsync();
        await socket.SendTextAsync(message);
        Assert.Equal(CloseCodes.BadRequest, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Invalid_connection_init_payload_closes_with_4400()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.SendTextAsync("""{"type":"connection_init","payload":"token"}""");
        Assert.Equal(CloseCodes.BadRequest, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Rejected_connection_init_closes_with_4403()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.SendAsync(new { type = "connection_init", payload = new { token = "bad" } });
        Assert.Equal(CloseCodes.Forbidden, await socket.ReceiveCloseAsync());
    }

    [Fact]
    public async Task Failing_init_hook_closes_with_4500_without_details()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.SendAsync(new { type = "connection_init", payload = new { token = "throw" } });
        Assert.Equal(CloseCodes.InternalServerError, await socket.ReceiveCloseAsync());
        Assert.DoesNotContain("token store", socket.Socket.CloseStatusDescription);
        Assert.Contains(_host.Logs.Lines, line => line.Exception?.Message == "token store unreachable");
    }

    [Fact]
    public async Task Host_can_close_an_acknowledged_connection_later()
    {
        await using var socket = await SocketClient.ConnectAsync(_host);
        await socket.SendAsync(new { type = "connection_init", payload = new { token = "expiring" } });
        Assert.Equal(4403, await socket.ReceiveCloseAsync());
        Assert.Equal("Token expired", socket.Socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Missing_subprotocol_closes_with_4406()
    {
        await using var socket = await SocketClient.ConnectAsync(_host, subprotocol: null);
        Assert.Equal(CloseCodes.SubprotocolNotAcceptable, await socket.ReceiveCloseAsync());
    }
}

using System.Net.WebSockets;
using Platform.GraphQL.Server.WebSockets;

namespace Platform.GraphQL.Tests.Server;

/// <summary>
/// Server-initiated closes over real Kestrel sockets complete the close handshake (the in-memory TestServer socket
/// cannot show a connection reset): the client receives the close frame, answers it, and ends in state Closed.
/// </summary>
public sealed class WebSocketCloseHandshakeTests
{
    [Fact]
    public async Task Host_closing_an_open_socket_later_sends_4403_with_a_completed_handshake()
    {
        var connection = new TaskCompletionSource<IGraphQLSocketConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await LiveGraphQLHost.StartAsync(o => o.WebSockets.OnConnectionInit = init =>
        {
            // The host keeps the connection, as the API does to close it when the tenant is suspended.
            connection.SetResult(init.Connection);
            return ValueTask.FromResult(true);
        });
        await using var socket = await SocketClient.ConnectAsync(host.Endpoint);
        await socket.InitAsync();
        await socket.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { forever }" } });
        Assert.Equal("next", (await socket.ReceiveAsync()).GetProperty("type").GetString());

        var server = await connection.Task;
        var closing = server.CloseAsync(4403, "Tenant suspended");

        Assert.Equal(4403, await socket.ReceiveCloseAsync());
        Assert.Equal("Tenant suspended", socket.Socket.CloseStatusDescription);
        await socket.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.Socket.State);
        await closing;
        Assert.True(server.Closed.IsCancellationRequested);
    }

    [Fact]
    public async Task Closing_twice_sends_one_close_frame_with_the_first_code()
    {
        var connection = new TaskCompletionSource<IGraphQLSocketConnection>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await LiveGraphQLHost.StartAsync(o => o.WebSockets.OnConnectionInit = init =>
        {
            connection.SetResult(init.Connection);
            return ValueTask.FromResult(true);
        });
        await using var socket = await SocketClient.ConnectAsync(host.Endpoint);
        await socket.InitAsync();

        var server = await connection.Task;
        var first = server.CloseAsync(1001, "Server shutting down");
        var second = server.CloseAsync(4403, "Token expired");

        Assert.Equal(1001, await socket.ReceiveCloseAsync());
        Assert.Equal("Server shutting down", socket.Socket.CloseStatusDescription);
        await socket.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.Socket.State);
        await Task.WhenAll(first, second);
    }

    [Fact]
    public async Task Init_timeout_sends_4408_with_a_completed_handshake()
    {
        await using var host = await LiveGraphQLHost.StartAsync(o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMilliseconds(200));
        await using var socket = await SocketClient.ConnectAsync(host.Endpoint);

        Assert.Equal(CloseCodes.ConnectionInitTimeout, await socket.ReceiveCloseAsync());
        await socket.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.Socket.State);
    }

    [Fact]
    public async Task Host_shutdown_closes_every_socket_with_1001_at_once_initialised_or_not()
    {
        // A long init timeout: closing the waiting socket must not depend on it.
        var host = await LiveGraphQLHost.StartAsync(o => o.WebSockets.ConnectionInitTimeout = TimeSpan.FromMinutes(1));
        var stop = Task.CompletedTask;
        try
        {
            await using var waiting = await SocketClient.ConnectAsync(host.Endpoint);
            await using var subscribed = await SocketClient.ConnectAsync(host.Endpoint);
            await subscribed.InitAsync();
            await subscribed.SendAsync(new { id = "s", type = "subscribe", payload = new { query = "subscription { forever }" } });
            Assert.Equal("next", (await subscribed.ReceiveAsync()).GetProperty("type").GetString());

            var clock = System.Diagnostics.Stopwatch.StartNew();
            stop = host.DisposeAsync().AsTask();
            foreach (var socket in new[] { waiting, subscribed })
            {
                Assert.Equal(CloseCodes.GoingAway, await socket.ReceiveCloseAsync());
                Assert.Equal(CloseCodes.ShuttingDown, socket.Socket.CloseStatusDescription);
                await socket.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                Assert.Equal(WebSocketState.Closed, socket.Socket.State);
            }

            await stop.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the stop took {clock.Elapsed}");
        }
        finally
        {
            if (stop == Task.CompletedTask)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Protocol_error_close_is_answered_and_later_messages_are_ignored()
    {
        await using var host = await LiveGraphQLHost.StartAsync();
        await using var socket = await SocketClient.ConnectAsync(host.Endpoint);
        await socket.InitAsync();
        await socket.SendTextAsync("""{"type":"unknown"}""");

        Assert.Equal(CloseCodes.BadRequest, await socket.ReceiveCloseAsync());
        await socket.Socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.Socket.State);
    }

    [Fact]
    public async Task Client_close_is_echoed()
    {
        await using var host = await LiveGraphQLHost.StartAsync();
        await using var socket = await SocketClient.ConnectAsync(host.Endpoint);
        await socket.InitAsync();

        // CloseAsync waits for the server's close frame; a reset would throw instead.
        await socket.Socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
        Assert.Equal(WebSocketState.Closed, socket.Socket.State);
        Assert.Equal(WebSocketCloseStatus.NormalClosure, socket.Socket.CloseStatus);
    }
}

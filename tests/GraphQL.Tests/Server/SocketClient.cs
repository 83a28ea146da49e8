using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Platform.GraphQL.Tests.Server;

/// <summary>A raw graphql-transport-ws test client over the TestServer's in-memory WebSocket or a real one.</summary>
public sealed class SocketClient : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly WebSocket _socket;

    private SocketClient(WebSocket socket) => _socket = socket;

    public WebSocket Socket => _socket;

    public static async Task<SocketClient> ConnectAsync(GraphQLTestHost host, string? subprotocol = "graphql-transport-ws")
    {
        var client = host.Server.CreateWebSocketClient();
        if (subprotocol is not null)
        {
            client.SubProtocols.Add(subprotocol);
        }

        return new SocketClient(await client.ConnectAsync(new Uri(host.Server.BaseAddress, "graphql"), CancellationToken.None));
    }

    /// <summary>Connects a real <see cref="ClientWebSocket"/>, e.g. to Kestrel.</summary>
    public static async Task<SocketClient> ConnectAsync(Uri httpEndpoint)
    {
        var client = new ClientWebSocket();
        client.Options.AddSubProtocol("graphql-transport-ws");
        var endpoint = new UriBuilder(httpEndpoint) { Scheme = httpEndpoint.Scheme == "https" ? "wss" : "ws" }.Uri;
        await client.ConnectAsync(endpoint, CancellationToken.None);
        return new SocketClient(client);
    }

    public Task SendAsync(object message) => SendTextAsync(JsonSerializer.Serialize(message));

    public Task SendTextAsync(string text) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);

    public async Task InitAsync(object? payload = null)
    {
        await SendAsync(new { type = "connection_init", payload });
        var ack = await ReceiveAsync();
        Assert.Equal("connection_ack", ack.GetProperty("type").GetString());
    }

    /// <summary>The next message; fails if the socket closes instead.</summary>
    public async Task<JsonElement> ReceiveAsync()
    {
        var message = await ReceiveOrCloseAsync();
        Assert.True(message is not null, $"socket closed: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
        return message!.Value;
    }

    /// <summary>Waits for the server to close the socket and returns the close code (messages before it are skipped).</summary>
    public async Task<int> ReceiveCloseAsync()
    {
        while (await ReceiveOrCloseAsync() is not null)
        {
        }

        return (int)_socket.CloseStatus!.Value;
    }

    private async Task<JsonElement?> ReceiveOrCloseAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer, timeout.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, received.Count);
            if (received.EndOfMessage)
            {
                return JsonDocument.Parse(message.ToArray()).RootElement;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
            }
            catch (WebSocketException)
            {
            }
        }

        _socket.Dispose();
    }
}

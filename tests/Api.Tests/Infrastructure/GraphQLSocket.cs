using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Platform.Api.Tests.Infrastructure;

/// <summary>A graphql-transport-ws client over a real WebSocket, for reading messages and the close frame.</summary>
public sealed class GraphQLSocket : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();

    private GraphQLSocket()
    {
        _socket.Options.AddSubProtocol("graphql-transport-ws");
    }

    /// <summary>Connects to the stack's /graphql endpoint.</summary>
    public static Task<GraphQLSocket> ConnectAsync(ApiStack stack) => ConnectAsync(stack.ApiUrl);

    /// <summary>Connects to the /graphql endpoint of the API at the base URL.</summary>
    public static async Task<GraphQLSocket> ConnectAsync(string apiUrl)
    {
        var socket = new GraphQLSocket();
        var uri = new Uri(apiUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/graphql");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket._socket.ConnectAsync(uri, timeout.Token);
        return socket;
    }

    /// <summary>Sends one protocol message.</summary>
    public async Task SendAsync(object message)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(message);
        await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
    }

    /// <summary>Sends <c>connection_init</c> with the given payload (or none).</summary>
    public Task InitAsync(object? payload) =>
        SendAsync(payload is null ? new { type = "connection_init" } : new { type = "connection_init", payload });

    /// <summary>The next message, or null when the server closed the socket instead (see <see cref="CloseStatus"/>).</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? wait = null)
    {
        using var timeout = new CancellationTokenSource(wait ?? TimeSpan.FromSeconds(30));
        var buffer = new byte[8192];
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
                return JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray())).RootElement.Clone();
            }
        }
    }

    /// <summary>Reads until the server closes the socket; returns the messages received before.</summary>
    public async Task<List<JsonElement>> ReceiveUntilClosedAsync(TimeSpan wait)
    {
        var messages = new List<JsonElement>();
        while (await ReceiveAsync(wait) is { } message)
        {
            messages.Add(message);
        }

        return messages;
    }

    /// <summary>The close code the server sent.</summary>
    public int? CloseStatus => (int?)_socket.CloseStatus;

    /// <summary>The close reason the server sent.</summary>
    public string? CloseReason => _socket.CloseStatusDescription;

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
            {
                // The server is gone already.
            }
        }

        _socket.Dispose();
    }
}

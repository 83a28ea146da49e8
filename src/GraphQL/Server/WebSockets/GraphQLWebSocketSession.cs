using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Server.Http;
using Platform.GraphQL.Server.Limits;
using Platform.GraphQL.Types;
using Platform.GraphQL.Utilities;

namespace Platform.GraphQL.Server.WebSockets;

/// <summary>
/// One graphql-transport-ws socket: connection initialisation (with the host's authentication hook and a timeout),
/// ping/pong, and any number of concurrent operations, each cancelled by the client's <c>complete</c> or by disconnect.
/// When the host starts stopping, the socket is closed with 1001 (<see cref="CloseCodes.GoingAway"/>).
/// </summary>
internal sealed class GraphQLWebSocketSession(GraphQLServer server, HttpContext http) : IGraphQLSocketConnection
{
    // How long the peer may take to answer our close frame (and a stuck send may hold the send lock) before the socket is aborted.
    private static readonly TimeSpan ClosingHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly GraphQLWebSocketOptions _options = server.Options.WebSockets;

    // Cancels the operations only. The socket's own receive and send never observe it: cancelling a pending
    // ManagedWebSocket operation aborts the connection, and a close started from outside must still send its frame.
    private readonly CancellationTokenSource _closed = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);

    // The receive loop's token: the request, plus the bound on waiting for the peer's close frame once ours is sent.
    private readonly CancellationTokenSource _receiving = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<string, CancellationTokenSource> _operations = new(StringComparer.Ordinal);
    private readonly List<Task> _running = [];
    private readonly Lock _closeGate = new();
    private WebSocket _socket = null!;
    private bool _initReceived;
    private volatile bool _acknowledged;
    private Task? _closing;

    // Kept apart from the source: the host may read it after the session ended and disposed the (cancelled) source.
    public CancellationToken Closed { get; private set; }

    public async Task RunAsync()
    {
        Closed = _closed.Token;
        if (!_options.Enabled)
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var offered = http.WebSockets.WebSocketRequestedProtocols.Contains(CloseCodes.Subprotocol);
        _socket = await http.WebSockets.AcceptWebSocketAsync(offered ? CloseCodes.Subprotocol : null).ConfigureAwait(false);
        // Every socket, acknowledged or not: one still waiting for connection_init (or inside the host's init hook) would
        // otherwise hold up the host's stop until the init timeout or the shutdown timeout. Runs at once when the host is
        // already stopping.
        var stopping = http.RequestServices.GetService<IHostApplicationLifetime>()?.ApplicationStopping.Register(
            () => _ = CloseAsync(CloseCodes.GoingAway, CloseCodes.ShuttingDown)) ?? default;
        try
        {
            // Both closes are awaited in finally; the receive loop completes the handshake with the peer's close frame.
            _ = offered
                ? CloseUnlessInitialisedAsync()
                : CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable");
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException)
        {
            // The peer vanished or the connection was closed by us; everything is cancelled below.
        }
        finally
        {
            // Waits for a running shutdown callback, so nothing below is disposed under it.
            await stopping.DisposeAsync().ConfigureAwait(false);
            Task closing;
            lock (_closeGate)
            {
                // A close requested after this point finds nothing left to close.
                closing = _closing ??= Task.CompletedTask;
            }

            await closing.ConfigureAwait(false);
            await _closed.CancelAsync().ConfigureAwait(false);
            Task[] running;
            lock (_operations)
            {
                running = [.. _running];
            }

            await Task.WhenAll(running).ConfigureAwait(false);
            _socket.Dispose();
            _closed.Dispose();
            _receiving.Dispose();
        }
    }

    public Task CloseAsync(int code, string reason)
    {
        lock (_closeGate)
        {
            return _closing ??= CloseOnceAsync(code, reason);
        }
    }

    private async Task CloseOnceAsync(int code, string reason)
    {
        // Leave the gate before touching the socket or running cancellation callbacks.
        await Task.Yield();
        await _closed.CancelAsync().ConfigureAwait(false);
        if (!await _sendLock.WaitAsync(ClosingHandshakeTimeout).ConfigureAwait(false))
        {
            // A send is stuck on a peer that does not read: no close frame can go out.
            _socket.Abort();
            return;
        }

        try
        {
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(ClosingHandshakeTimeout);
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
            }

            // The receive loop now waits for the peer's close frame, but not for ever.
            _receiving.CancelAfter(ClosingHandshakeTimeout);
        }
        catch (Exception exception) when (exception is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task CloseUnlessInitialisedAsync()
    {
        try
        {
            await Task.Delay(_options.ConnectionInitTimeout, _closed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_initReceived)
        {
            await CloseAsync(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout").ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[4096];
        using var message = new MemoryStream();
        // Reading goes on after our own close frame (CloseSent) until the peer answers with its close frame.
        while (_socket.State is WebSocketState.Open or WebSocketState.CloseSent)
        {
            var received = await _socket.ReceiveAsync(buffer, _receiving.Token).ConfigureAwait(false);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                await CloseAsync(1000, "Normal Closure").ConfigureAwait(false);
                return;
            }

            if (Volatile.Read(ref _closing) is not null)
            {
                // Once closing, only the peer's close frame matters.
                message.SetLength(0);
                continue;
            }

            message.Write(buffer, 0, received.Count);
            if (message.Length > _options.MaxMessageBytes)
            {
                await CloseAsync((int)WebSocketCloseStatus.MessageTooBig, "Message too big").ConfigureAwait(false);
                continue;
            }

            if (!received.EndOfMessage)
            {
                continue;
            }

            var text = message.GetBuffer().AsMemory(0, (int)message.Length);
            message.SetLength(0);
            if (received.MessageType != WebSocketMessageType.Text)
            {
                await CloseAsync(CloseCodes.BadRequest, "Binary messages are not part of the protocol").ConfigureAwait(false);
                continue;
            }

            await HandleMessageAsync(text).ConfigureAwait(false);
        }
    }

    private async Task HandleMessageAsync(ReadOnlyMemory<byte> text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        var type = root.ValueKind == JsonValueKind.Object && HasReadableNames(root) && root.TryGetProperty("type", out var t) ? StringOrNull(t) : null;
        switch (type)
        {
            case "connection_init":
                await InitialiseAsync(root).ConfigureAwait(false);
                break;
            case "ping":
                await SendAsync(SocketMessages.Simple("pong")).ConfigureAwait(false);
                break;
            case "pong":
                break;
            case "subscribe":
                await SubscribeAsync(root).ConfigureAwait(false);
                break;
            case "complete":
                if (OperationId(root) is not { } id)
                {
                    await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                    return;
                }

                lock (_operations)
                {
                    if (_operations.Remove(id, out var operation))
                    {
                        operation.Cancel();
                    }
                }

                break;
            default:
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                break;
        }
    }

    private async Task InitialiseAsync(JsonElement root)
    {
        if (_initReceived)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initReceived = true;
        JsonElement? payload = null;
        if (root.TryGetProperty("payload", out var p))
        {
            if (p.ValueKind is not (JsonValueKind.Object or JsonValueKind.Null))
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
                return;
            }

            payload = p.ValueKind == JsonValueKind.Object ? p : null;
        }

        IReadOnlyDictionary<string, object?>? ackPayload = null;
        if (_options.OnConnectionInit is { } hook)
        {
            var init = new WebSocketInitContext(http, payload, this) { User = http.User };
            bool accepted;
            try
            {
                accepted = await hook(init).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                server.ErrorLog.LogError(exception, "The WebSocket connection_init hook failed");
                await CloseAsync(CloseCodes.InternalServerError, "Internal server error").ConfigureAwait(false);
                return;
            }

            if (!accepted)
            {
                await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
                return;
            }

            if (init.User is { } user)
            {
                http.User = user;
            }

            ackPayload = init.AckPayload;
        }

        await SendAsync(SocketMessages.Simple("connection_ack", ackPayload)).ConfigureAwait(false);
        _acknowledged = true;
    }

    private async Task SubscribeAsync(JsonElement root)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        var id = OperationId(root);
        GraphQLRequest? request = null;
        if (id is not null && root.TryGetProperty("payload", out var payload))
        {
            try
            {
                request = GraphQLRequestReader.FromJson(payload);
            }
            catch (GraphQLRequestException)
            {
                request = null;
            }
        }

        if (id is null || request is null)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received").ConfigureAwait(false);
            return;
        }

        CancellationTokenSource cancellation;
        lock (_operations)
        {
            if (_operations.ContainsKey(id))
            {
                cancellation = null!;
            }
            else if (_operations.Count >= _options.MaxConcurrentOperations)
            {
                cancellation = null!;
                request = null;
            }
            else
            {
                cancellation = CancellationTokenSource.CreateLinkedTokenSource(_closed.Token);
                _operations.Add(id, cancellation);
            }
        }

        if (request is null)
        {
            await SendAsync(SocketMessages.Error(id, [new GraphQLError(
                $"This connection already runs {_options.MaxConcurrentOperations} operations.", code: LimitCodes.TooManySubscriptions)])).ConfigureAwait(false);
            return;
        }

        if (cancellation is null)
        {
            await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
            return;
        }

        var task = Task.Run(() => RunOperationAsync(id, request, cancellation));
        lock (_operations)
        {
            _running.RemoveAll(static t => t.IsCompleted);
            _running.Add(task);
        }
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancellation)
    {
        var token = cancellation.Token;
        try
        {
            var context = new OperationContext { Transport = "ws" };
            var outcome = await server.RunAsync(request, http, context, readOnly: false, allowStream: true, token).ConfigureAwait(false);
            if (outcome.Stream is { } stream)
            {
                await foreach (var result in stream.WithCancellation(token).ConfigureAwait(false))
                {
                    await SendIfActiveAsync(token, SocketMessages.Next(id, result)).ConfigureAwait(false);
                }

                await SendIfActiveAsync(token, SocketMessages.Complete(id)).ConfigureAwait(false);
            }
            else if (outcome.Result is { HasData: false, Errors: { } errors })
            {
                await SendIfActiveAsync(token, SocketMessages.Error(id, errors)).ConfigureAwait(false);
            }
            else
            {
                await SendIfActiveAsync(token, SocketMessages.Next(id, outcome.Result!)).ConfigureAwait(false);
                await SendIfActiveAsync(token, SocketMessages.Complete(id)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client or the connection ended: nothing more is sent for this id.
        }
        catch (Exception exception)
        {
            var correlationId = GraphQLServer.NewCorrelationId();
            server.ErrorLog.LogError(exception, "GraphQL WebSocket operation failed; correlation id {CorrelationId}", correlationId);
            await SendIfActiveAsync(token, SocketMessages.Error(id, [new GraphQLError("Unexpected error.", code: ErrorCodes.InternalServerError,
                extensions: new Dictionary<string, object?> { ["correlationId"] = correlationId })])).ConfigureAwait(false);
        }
        finally
        {
            lock (_operations)
            {
                if (_operations.TryGetValue(id, out var current) && current == cancellation)
                {
                    _operations.Remove(id);
                }
            }

            cancellation.Dispose();
        }
    }

    private async Task SendIfActiveAsync(CancellationToken token, byte[] message)
    {
        if (token.IsCancellationRequested)
        {
            return;
        }

        await SendAsync(message).ConfigureAwait(false);
    }

    private async Task SendAsync(byte[] message)
    {
        try
        {
            await _sendLock.WaitAsync(_closed.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Closing: nothing but the close frame goes out any more.
            return;
        }

        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                // Not the operations' token: cancelling a send midway would abort the socket.
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, http.RequestAborted).ConfigureAwait(false);
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private static string? OperationId(JsonElement root) =>
        root.TryGetProperty("id", out var id) && StringOrNull(id) is { Length: > 0 } value ? value : null;

    // TryGetProperty decodes the names it passes and throws on an escaped lone surrogate: such a message is invalid (4400).
    private static bool HasReadableNames(JsonElement message)
    {
        try
        {
            foreach (var property in message.EnumerateObject())
            {
                _ = JsonText.NameOf(property);
            }

            return true;
        }
        catch (ValueCoercionException)
        {
            return false;
        }
    }

    // Null for anything but readable text, so that an escaped lone surrogate is an invalid message (4400) like a wrong type.
    private static string? StringOrNull(JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return JsonText.StringOf(value);
        }
        catch (ValueCoercionException)
        {
            return null;
        }
    }
}

using System.Collections.Concurrent;
using Platform.Api.Operations;
using Platform.GraphQL.Server.WebSockets;

namespace Platform.Api.WebSockets;

/// <summary>The authenticated WebSocket connections this instance holds, so shutdown can close each one properly.</summary>
public sealed class SocketRegistry(ApiMetrics metrics)
{
    /// <summary>Close code sent when the server shuts down (RFC 6455 "going away"; the subprotocol defines none).</summary>
    public const int GoingAway = CloseCodes.GoingAway;

    /// <summary>Close reason sent with <see cref="GoingAway"/>.</summary>
    public const string ShuttingDown = CloseCodes.ShuttingDown;

    private readonly ConcurrentDictionary<IGraphQLSocketConnection, byte> _open = new();

    /// <summary>Number of open authenticated connections.</summary>
    public int Count => _open.Count;

    /// <summary>Tracks the connection until it closes.</summary>
    public void Add(IGraphQLSocketConnection connection)
    {
        if (!_open.TryAdd(connection, 0))
        {
            return;
        }

        metrics.SocketConnections(1);
        connection.Closed.Register(() =>
        {
            if (_open.TryRemove(connection, out _))
            {
                metrics.SocketConnections(-1);
            }
        });
    }

    /// <summary>Closes every open connection with <see cref="GoingAway"/>; running operations are cancelled by the close.</summary>
    public Task CloseAllAsync() =>
        Task.WhenAll(_open.Keys.Select(connection => connection.CloseAsync(GoingAway, ShuttingDown)));
}

namespace Platform.GraphQL.Server.WebSockets;

/// <summary>Settings of the graphql-transport-ws endpoint.</summary>
public sealed class GraphQLWebSocketOptions
{
    /// <summary>Accept WebSocket connections at all.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How long a client may take to send <c>ConnectionInit</c> before the socket is closed with 4408.</summary>
    public TimeSpan ConnectionInitTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Most operations running at once on one connection; more get an error message (TOO_MANY_SUBSCRIPTIONS).</summary>
    public int MaxConcurrentOperations { get; set; } = 20;

    /// <summary>Largest accepted message in bytes; larger ones close the socket with 1009 (message too big).</summary>
    public int MaxMessageBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// Authenticates <c>ConnectionInit</c>: set <see cref="WebSocketInitContext.User"/> and return true to acknowledge,
    /// return false to close with 4403 Forbidden. May keep <see cref="WebSocketInitContext.Connection"/> to close it later.
    /// </summary>
    public Func<WebSocketInitContext, ValueTask<bool>>? OnConnectionInit { get; set; }
}

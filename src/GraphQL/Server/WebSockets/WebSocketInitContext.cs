using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Platform.GraphQL.Server.WebSockets;

/// <summary>What the <c>ConnectionInit</c> hook sees and decides.</summary>
public sealed class WebSocketInitContext
{
    internal WebSocketInitContext(HttpContext http, JsonElement? payload, IGraphQLSocketConnection connection)
    {
        HttpContext = http;
        Payload = payload;
        Connection = connection;
    }

    /// <summary>The upgrade request.</summary>
    public HttpContext HttpContext { get; }

    /// <summary>The <c>payload</c> of <c>ConnectionInit</c> (e.g. an access token), or null.</summary>
    public JsonElement? Payload { get; }

    /// <summary>The connection, for closing it later (for example when the token expires).</summary>
    public IGraphQLSocketConnection Connection { get; }

    /// <summary>The caller the connection runs as; defaults to the upgrade request's user.</summary>
    public ClaimsPrincipal? User { get; set; }

    /// <summary>An optional payload sent with <c>ConnectionAck</c>.</summary>
    public IReadOnlyDictionary<string, object?>? AckPayload { get; set; }
}

/// <summary>A live graphql-transport-ws connection as a host hook sees it.</summary>
public interface IGraphQLSocketConnection
{
    /// <summary>Closes the socket with a code (e.g. 4403) and reason; every running operation is cancelled.</summary>
    Task CloseAsync(int code, string reason);

    /// <summary>Cancelled when the connection ends.</summary>
    CancellationToken Closed { get; }
}

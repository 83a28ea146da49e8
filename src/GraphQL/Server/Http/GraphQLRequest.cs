using System.Text.Json;

namespace Platform.GraphQL.Server.Http;

/// <summary>The GraphQL-over-HTTP request parameters, as read from a body, a query string or a WebSocket message.</summary>
public sealed class GraphQLRequest
{
    /// <summary>The document text; null when the request names a persisted document.</summary>
    public string? Query { get; init; }

    /// <summary>The operation to run.</summary>
    public string? OperationName { get; init; }

    /// <summary>Variable values (a JSON object) or null.</summary>
    public JsonElement? Variables { get; init; }

    /// <summary>The request's <c>extensions</c> (a JSON object) or null.</summary>
    public JsonElement? Extensions { get; init; }

    /// <summary>A persisted document id (<c>documentId</c>, or Apollo's <c>extensions.persistedQuery.sha256Hash</c>).</summary>
    public string? DocumentId { get; init; }
}

using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.Server.Http;

/// <summary>The media types a GraphQL response can be written in.</summary>
public enum ResponseMediaType
{
    /// <summary>No acceptable media type: answer 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: status codes follow the outcome.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: well-formed requests get 200.</summary>
    Json,

    /// <summary><c>text/event-stream</c> (GraphQL over SSE).</summary>
    EventStream,

    /// <summary><c>text/html</c>: the IDE page.</summary>
    Html,
}

/// <summary>Picks the response media type from an <c>Accept</c> header (highest quality first, then header order).</summary>
public static class AcceptNegotiation
{
    /// <summary>The content type written for each media type.</summary>
    public static string ContentType(ResponseMediaType type) => type switch
    {
        ResponseMediaType.GraphQLResponseJson => "application/graphql-response+json; charset=utf-8",
        ResponseMediaType.EventStream => "text/event-stream; charset=utf-8",
        ResponseMediaType.Html => "text/html; charset=utf-8",
        _ => "application/json; charset=utf-8",
    };

    /// <summary>
    /// Chooses among JSON responses (and, when allowed, the event stream or HTML). A missing header or <c>*/*</c>
    /// means <c>application/json</c>, which every client of the spec's legacy mode understands.
    /// </summary>
    public static ResponseMediaType Negotiate(IList<string>? acceptValues, bool allowEventStream = false, bool allowHtml = false)
    {
        if (acceptValues is null || acceptValues.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        // Fast path for the exact headers GraphQL clients send, so the common case parses nothing.
        if (acceptValues.Count == 1 && Exact(acceptValues[0]) is { } exact)
        {
            return exact;
        }

        if (!MediaTypeHeaderValue.TryParseList(acceptValues, out var parsed) || parsed.Count == 0)
        {
            return ResponseMediaType.Json;
        }

        var ranked = parsed
            .Select((value, index) => (value, index))
            .Where(entry => (entry.value.Quality ?? 1.0) > 0)
            .OrderByDescending(entry => entry.value.Quality ?? 1.0)
            .ThenBy(entry => entry.index);
        foreach (var (value, _) in ranked)
        {
            var type = value.MediaType.Value?.ToLowerInvariant();
            switch (type)
            {
                case "application/graphql-response+json":
                    return ResponseMediaType.GraphQLResponseJson;
                case "application/json":
                case "application/*":
                case "*/*":
                    return ResponseMediaType.Json;
                case "text/event-stream" when allowEventStream:
                    return ResponseMediaType.EventStream;
                case "text/html" when allowHtml:
                    return ResponseMediaType.Html;
            }
        }

        return ResponseMediaType.None;
    }

    private static ResponseMediaType? Exact(string? accept) => accept switch
    {
        "application/graphql-response+json" => ResponseMediaType.GraphQLResponseJson,
        "application/json" or "*/*" => ResponseMediaType.Json,
        _ => null,
    };
}

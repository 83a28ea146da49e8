namespace Platform.GraphQL.Server.Http;

/// <summary>A request that is not a well-formed GraphQL-over-HTTP request (bad JSON, missing or mistyped parameters).</summary>
public sealed class GraphQLRequestException(string message, int statusCode = 400, string code = "BAD_REQUEST") : Exception(message)
{
    /// <summary>The HTTP status to answer with.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>The <c>extensions.code</c> of the error.</summary>
    public string Code { get; } = code;
}

namespace Platform.GraphQL.Execution;

/// <summary>
/// An error a resolver raises on purpose: its message is written for the client and reaches the response
/// unchanged, with <see cref="Code"/> as <c>extensions.code</c>. Any other exception is masked.
/// </summary>
public class GraphQLException : Exception
{
    /// <summary>Creates an error with a client-safe message and a machine-readable code.</summary>
    public GraphQLException(string message, string code = ErrorCodes.BadRequest, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Code = code;
        Extensions = extensions;
    }

    /// <summary>Creates an error that keeps its cause for logs only.</summary>
    public GraphQLException(string message, string code, Exception innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The <c>extensions.code</c> of the resulting error.</summary>
    public string Code { get; }

    /// <summary>Further extension entries shown to the client (never put internal details here).</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }
}

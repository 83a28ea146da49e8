namespace Platform.GraphQL.Language;

/// <summary>Thrown when a source text is not a valid GraphQL document; <see cref="Error"/> is the client-facing error.</summary>
public sealed class GraphQLSyntaxException : Exception
{
    /// <summary>The error code placed in <c>extensions.code</c> for every syntax error.</summary>
    public const string Code = "GRAPHQL_PARSE_FAILED";

    /// <summary>Creates a syntax error; <paramref name="description"/> is prefixed with <c>Syntax Error: </c>.</summary>
    public GraphQLSyntaxException(string description, SourceLocation location)
        : base("Syntax Error: " + description)
    {
        Location = location;
        Error = new GraphQLError(Message, [location], code: Code);
    }

    /// <summary>Where the error was detected.</summary>
    public SourceLocation Location { get; }

    /// <summary>The error in response shape, with <c>extensions.code = GRAPHQL_PARSE_FAILED</c>.</summary>
    public GraphQLError Error { get; }
}

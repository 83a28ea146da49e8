namespace Platform.GraphQL.Execution;

/// <summary>
/// An exception a resolver (or loader) threw that is not a <see cref="GraphQLException"/>. The client sees only
/// <see cref="Message"/> and <see cref="Extensions"/>; the host logs <see cref="Exception"/> and may add entries
/// such as a correlation id.
/// </summary>
public sealed class UnexpectedError
{
    internal UnexpectedError(Exception exception, IReadOnlyList<object>? path, string? parentTypeName, string? fieldName)
    {
        Exception = exception;
        Path = path;
        ParentTypeName = parentTypeName;
        FieldName = fieldName;
    }

    /// <summary>The exception thrown; never shown to the client.</summary>
    public Exception Exception { get; }

    /// <summary>Response path of the failing field.</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>The object type of the failing field.</summary>
    public string? ParentTypeName { get; }

    /// <summary>The failing field's name.</summary>
    public string? FieldName { get; }

    /// <summary>The message the client sees.</summary>
    public string Message { get; set; } = "Unexpected error.";

    /// <summary>Extension entries the client sees; <c>code</c> is INTERNAL_SERVER_ERROR.</summary>
    public IDictionary<string, object?> Extensions { get; } = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };
}

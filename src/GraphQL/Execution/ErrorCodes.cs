namespace Platform.GraphQL.Execution;

/// <summary>The <c>extensions.code</c> values the engine produces.</summary>
public static class ErrorCodes
{
    /// <summary>The document is not syntactically valid.</summary>
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    /// <summary>The document breaks a validation rule of spec section 5.</summary>
    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>Variables or arguments could not be coerced, or the requested operation is missing.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>The operation name does not match an operation of the document.</summary>
    public const string OperationResolutionFailure = "OPERATION_RESOLUTION_FAILURE";

    /// <summary>A generic client error raised by a resolver.</summary>
    public const string BadRequest = "BAD_REQUEST";

    /// <summary>An unexpected exception, masked so no internal detail reaches the client.</summary>
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
}

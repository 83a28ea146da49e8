namespace Platform.GraphQL.Types;

/// <summary>
/// A value could not be coerced to or from a GraphQL type. The message is written for the client
/// (it names the type and the value) and never contains internal details.
/// </summary>
public sealed class ValueCoercionException : Exception
{
    /// <summary>Creates the exception with a client-safe message.</summary>
    public ValueCoercionException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a client-safe message and the underlying cause (kept for logs only).</summary>
    public ValueCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

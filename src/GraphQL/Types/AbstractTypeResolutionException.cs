namespace Platform.GraphQL.Types;

/// <summary>A runtime value of an interface or union could not be mapped to one of its object types.</summary>
public sealed class AbstractTypeResolutionException : Exception
{
    /// <summary>Creates the exception with a client-safe message.</summary>
    public AbstractTypeResolutionException(string message)
        : base(message)
    {
    }
}

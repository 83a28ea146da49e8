namespace Platform.GraphQL.Types;

/// <summary>The schema is invalid; <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class SchemaValidationException : Exception
{
    /// <summary>Creates the exception from the list of problems.</summary>
    public SchemaValidationException(IReadOnlyList<string> problems)
        : base(Compose(problems))
    {
        Problems = problems;
    }

    /// <summary>One message per problem, naming the offending type, field or directive.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Compose(IReadOnlyList<string> problems) =>
        $"The GraphQL schema is invalid ({problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}):"
        + string.Concat(problems.Select(p => Environment.NewLine + " - " + p));
}

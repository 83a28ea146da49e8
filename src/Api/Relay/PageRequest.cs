using Platform.GraphQL.Execution;

namespace Platform.Api.Relay;

/// <summary>The Relay pagination arguments of a connection field, checked: default 20, at most 100 per page.</summary>
public sealed record PageRequest(int Size, bool Backward, string? After, string? Before)
{
    /// <summary>Page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public const int DefaultSize = 20;

    /// <summary>The largest page a client may ask for.</summary>
    public const int MaxSize = 100;

    /// <summary>Error code of invalid pagination arguments.</summary>
    public const string InvalidPagination = "BAD_USER_INPUT";

    /// <summary>Reads <c>first/after/last/before</c> from the field's arguments.</summary>
    /// <exception cref="GraphQLException">BAD_USER_INPUT for negative, too large or conflicting arguments.</exception>
    public static PageRequest From(IResolveFieldContext context) => Of(
        context.GetArgument<int?>("first"),
        context.GetArgument<string?>("after"),
        context.GetArgument<int?>("last"),
        context.GetArgument<string?>("before"));

    /// <summary>Checks explicit arguments.</summary>
    public static PageRequest Of(int? first, string? after, int? last, string? before)
    {
        if (first is not null && last is not null)
        {
            throw new GraphQLException("Pass either first or last, not both.", InvalidPagination);
        }

        var size = first ?? last ?? DefaultSize;
        if (size is < 0 or > MaxSize)
        {
            throw new GraphQLException($"A page holds 0 to {MaxSize} items; {size} was requested.", InvalidPagination);
        }

        return new PageRequest(size, last is not null, after, before);
    }
}

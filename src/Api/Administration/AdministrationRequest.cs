using Platform.Api.Relay;
using Platform.GraphQL.Execution;

namespace Platform.Api.Administration;

/// <summary>Reads what administration resolvers need from a request: the forwarded token and input values.</summary>
internal static class AdministrationRequest
{
    /// <summary>
    /// The caller's bearer token, forwarded to the token service. Administration runs over HTTP; a WebSocket operation
    /// has no request header to forward.
    /// </summary>
    public static string Token(IResolveFieldContext context)
    {
        var http = context.RequestServices.GetRequiredService<IHttpContextAccessor>().HttpContext;
        var header = http?.Request.Headers.Authorization.ToString() ?? "";
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) && !http!.WebSockets.IsWebSocketRequest
            ? header["Bearer ".Length..].Trim()
            : throw new GraphQLException("Administration is available over HTTP with a bearer token only.", "BAD_REQUEST");
    }

    /// <summary>The <c>input</c> argument as a dictionary.</summary>
    public static IReadOnlyDictionary<string, object?> Input(IResolveFieldContext context) =>
        context.GetArgument<IReadOnlyDictionary<string, object?>>("input") ?? new Dictionary<string, object?>();

    /// <summary>A field of an input object, or the default when absent or null.</summary>
    public static T? Get<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is T typed ? typed : default;

    /// <summary>A global id field decoded for the expected type; INVALID_ID when malformed.</summary>
    public static Guid? Id(this IReadOnlyDictionary<string, object?> input, string name, string typeName) =>
        input.TryGetValue(name, out var value) && value is not null ? GlobalId.Parse(value.ToString(), typeName) : null;

    /// <summary>A list field of an input object.</summary>
    public static IReadOnlyList<T> List<T>(this IReadOnlyDictionary<string, object?> input, string name) =>
        input.TryGetValue(name, out var value) && value is IEnumerable<object?> items ? items.OfType<T>().ToList() : [];

    /// <summary>A payload: the changed object under <paramref name="name"/> and the errors list.</summary>
    public static object Payload(string name, object? value, AdministrationError? error, params (string Name, object? Value)[] extra)
    {
        var payload = new Dictionary<string, object?> { [name] = error is null ? value : null, ["errors"] = error is null ? Array.Empty<object>() : new object[] { error } };
        foreach (var (extraName, extraValue) in extra)
        {
            payload[extraName] = error is null ? extraValue : null;
        }

        return payload;
    }
}

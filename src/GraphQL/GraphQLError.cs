namespace Platform.GraphQL;

/// <summary>An error as the GraphQL response carries it (spec section 7.1.2): message, locations, path, extensions.</summary>
public sealed class GraphQLError
{
    /// <summary>Creates an error; <paramref name="code"/> goes into <c>extensions.code</c>.</summary>
    public GraphQLError(
        string message,
        IReadOnlyList<Language.SourceLocation>? locations = null,
        IReadOnlyList<object>? path = null,
        string? code = null,
        IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Locations = locations;
        Path = path;
        if (code is not null)
        {
            var merged = extensions is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(extensions);
            merged["code"] = code;
            Extensions = merged;
        }
        else
        {
            Extensions = extensions;
        }
    }

    /// <summary>Human-readable description, safe to show a client.</summary>
    public string Message { get; }

    /// <summary>Where in the document the error arose, or null when no location applies.</summary>
    public IReadOnlyList<Language.SourceLocation>? Locations { get; }

    /// <summary>Response path of the field that failed: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    /// <summary>Machine-readable details; <c>code</c> classifies the error.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The <c>extensions.code</c> value, when present.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;

    /// <summary>Returns a copy of this error placed at a response path.</summary>
    public GraphQLError WithPath(IReadOnlyList<object> path) => new(Message, Locations, path, null, Extensions);

    /// <inheritdoc />
    public override string ToString() => Message;
}

namespace Platform.GraphQL.Server;

/// <summary>What the server knows about one operation while it runs; hosts add tenant and client names for the log.</summary>
public sealed class OperationContext
{
    /// <summary>The transport: "http", "ws" or "sse".</summary>
    public required string Transport { get; init; }

    /// <summary>The client's name, as the host identifies it (logged).</summary>
    public string? Client { get; set; }

    /// <summary>The tenant the caller acts for, when the host knows it (logged).</summary>
    public string? Tenant { get; set; }

    /// <summary>The request's <c>extensions</c> entry (e.g. tracing flags from the client), or null; never logged.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; internal set; }

    /// <summary>State handed to resolvers as <c>IResolveFieldContext.Items</c>.</summary>
    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    // Set once OnOperation ran: only then does OnOperationCompleted follow, so that the two hooks always pair up.
    internal bool Started { get; set; }
}

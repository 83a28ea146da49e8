using Microsoft.AspNetCore.Http;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Server.Limits;
using Platform.GraphQL.Server.Persisted;
using Platform.GraphQL.Server.WebSockets;

namespace Platform.GraphQL.Server;

/// <summary>Settings of one GraphQL endpoint (HTTP, WebSocket, SSE and the IDE).</summary>
public sealed class GraphQLServerOptions
{
    /// <summary>Largest accepted request body in bytes; larger bodies get 413 (REQUEST_TOO_LARGE).</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Document limits checked after validation and before execution.</summary>
    public OperationLimits Limits { get; set; } = new();

    /// <summary>Wall-clock budget of one query or mutation; its token cancels the resolvers (and their database commands).</summary>
    public TimeSpan? ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Most queries and mutations over HTTP executing at once; null for no limit. Subscriptions (SSE, WebSocket) are
    /// long-lived and not counted.
    /// </summary>
    public int? MaxConcurrentRequests { get; set; }

    /// <summary>HTTP operations that may wait for a turn when <see cref="MaxConcurrentRequests"/> run; more get 503 (SERVER_BUSY).</summary>
    public int MaxQueuedRequests { get; set; } = 1000;

    /// <summary>Who may run <c>__schema</c> / <c>__type</c>.</summary>
    public IntrospectionPolicy Introspection { get; set; } = IntrospectionPolicy.Allowed;

    /// <summary>Persisted documents known by id; null disables ids.</summary>
    public PersistedDocumentStore? PersistedDocuments { get; set; }

    /// <summary>When true, free-text documents are refused (PERSISTED_DOCUMENT_REQUIRED): production mode.</summary>
    public bool PersistedDocumentsOnly { get; set; }

    /// <summary>Accept GET requests (queries only).</summary>
    public bool EnableGet { get; set; } = true;

    /// <summary>Serve the in-browser IDE for <c>GET</c> with <c>Accept: text/html</c>.</summary>
    public bool EnableIde { get; set; } = true;

    /// <summary>
    /// The npm project whose <c>node_modules</c> holds GraphiQL (src/GraphQL/Server/Ide/assets after <c>npm ci</c>).
    /// When set and installed, the IDE is GraphiQL with its files served by the endpoint; when null or not installed,
    /// the small built-in page is served instead, so a host without node still has an IDE.
    /// </summary>
    public string? IdeAssetsDirectory { get; set; }

    /// <summary>Serve subscriptions over Server-Sent Events.</summary>
    public bool EnableSse { get; set; } = true;

    /// <summary>WebSocket (graphql-transport-ws) settings.</summary>
    public GraphQLWebSocketOptions WebSockets { get; set; } = new();

    /// <summary>
    /// Called once per operation before execution, on any transport: lets the host fill <see cref="OperationContext.Items"/>
    /// (e.g. the tenant and client names that the operation log line carries).
    /// </summary>
    public Func<HttpContext, OperationContext, ValueTask>? OnOperation { get; set; }

    /// <summary>
    /// Called after an operation for which <see cref="OnOperation"/> ran was executed and before its result is written,
    /// on any transport (e.g. to commit the operation's unit of work); for subscriptions after each event's execution.
    /// An exception fails the operation like a server error (500 over HTTP, an <c>error</c> message over WebSocket/SSE).
    /// </summary>
    public Func<HttpContext, OperationContext, ExecutionResult, ValueTask>? OnOperationCompleted { get; set; }

    /// <summary>Run each subscription event in a fresh service scope (fresh DbContext per event).</summary>
    public bool ScopePerSubscriptionEvent { get; set; } = true;

    /// <summary>Passed to the engine: called with a loader's registry key and the request's services for each batch.</summary>
    public Action<object, IServiceProvider>? OnDataLoaderBatch { get; set; }
}

/// <summary>Whether introspection fields may be queried.</summary>
public enum IntrospectionPolicy
{
    /// <summary>Anyone may introspect.</summary>
    Allowed,

    /// <summary>Only callers whose <c>HttpContext.User</c> is authenticated.</summary>
    AuthenticatedOnly,

    /// <summary>Nobody.</summary>
    Disabled,
}

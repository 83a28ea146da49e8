using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Platform.GraphQL.Engine;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Server.Http;
using Platform.GraphQL.Server.Limits;

namespace Platform.GraphQL.Server;

/// <summary>
/// The transport-independent part of the server: resolves persisted documents, prepares, enforces limits and the
/// introspection policy, runs the operation under the timeout and writes the operation log line.
/// </summary>
public sealed class GraphQLServer
{
    private readonly ILogger _operationLog;
    private readonly ConditionalWeakTable<OperationDefinitionNode, AnalysisBox> _analyses = new();

    /// <summary>Creates the server for an engine.</summary>
    public GraphQLServer(GraphQLEngine engine, GraphQLServerOptions options, ILoggerFactory? loggers = null)
    {
        Engine = engine;
        Options = options;
        loggers ??= NullLoggerFactory.Instance;
        _operationLog = loggers.CreateLogger(OperationLog.Category);
        ErrorLog = loggers.CreateLogger("Platform.GraphQL.Server");
    }

    /// <summary>The engine run.</summary>
    public GraphQLEngine Engine { get; }

    /// <summary>The endpoint settings.</summary>
    public GraphQLServerOptions Options { get; }

    /// <summary>Where unexpected server failures are logged.</summary>
    public ILogger ErrorLog { get; }

    /// <summary>
    /// Builds engine options that mask unexpected resolver exceptions with a correlation id (logged with the exception)
    /// and apply the parser's token limit.
    /// </summary>
    public static GraphQLEngineOptions CreateEngineOptions(GraphQLServerOptions options, ILoggerFactory? loggers, IReadOnlyList<FieldMiddleware>? fieldMiddleware = null)
    {
        var log = (loggers ?? NullLoggerFactory.Instance).CreateLogger("Platform.GraphQL.Server");
        return new GraphQLEngineOptions
        {
            ParserOptions = new Language.ParserOptions { MaxTokens = options.Limits.MaxTokens },
            Execution = new ExecutionOptions
            {
                FieldMiddleware = fieldMiddleware ?? [],
                OnDataLoaderBatch = options.OnDataLoaderBatch,
                OnUnexpectedError = error =>
                {
                    var correlationId = NewCorrelationId();
                    error.Extensions["correlationId"] = correlationId;
                    log.LogError(error.Exception, "Resolver {ParentType}.{Field} failed; correlation id {CorrelationId}",
                        error.ParentTypeName, error.FieldName, correlationId);
                },
            },
        };
    }

    /// <summary>A fresh id that ties a client error to the server log.</summary>
    public static string NewCorrelationId() => Activity.Current?.TraceId.ToString() is { } trace && trace != default(ActivityTraceId).ToString()
        ? trace + "-" + Guid.NewGuid().ToString("N")[..8]
        : Guid.NewGuid().ToString("N");

    /// <summary>
    /// Runs one request. <paramref name="readOnly"/> (GET) refuses mutations and subscriptions;
    /// <paramref name="allowStream"/> lets subscriptions return a stream (WebSocket, SSE).
    /// </summary>
    public async Task<OperationOutcome> RunAsync(
        GraphQLRequest request, HttpContext http, OperationContext context, bool readOnly, bool allowStream, CancellationToken cancellation)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = await RunCoreAsync(request, http, context, readOnly, allowStream, cancellation).ConfigureAwait(false);
        if (outcome.Stream is null)
        {
            if (context.Started && outcome.Result is { } result && Options.OnOperationCompleted is { } completed)
            {
                await completed(http, context, result).ConfigureAwait(false);
            }

            OperationLog.Finished(_operationLog, context, outcome.Operation, Stopwatch.GetElapsedTime(started), outcome.Result?.Errors);
            return outcome;
        }

        return new OperationOutcome { Operation = outcome.Operation, Stream = LogWhenDone(outcome.Stream, http, context, outcome.Operation, started) };
    }

    private async Task<OperationOutcome> RunCoreAsync(
        GraphQLRequest request, HttpContext http, OperationContext context, bool readOnly, bool allowStream,
        CancellationToken cancellation)
    {
        if (ResolveDocument(request) is { } refusal)
        {
            return new OperationOutcome { Result = refusal };
        }

        var text = DocumentText(request)!;
        var prepared = Engine.Prepare(text);
        if (!prepared.IsValid)
        {
            return new OperationOutcome { Result = ExecutionResult.RequestError(prepared.Errors!) };
        }

        IReadOnlyDictionary<string, object?>? variables;
        try
        {
            // Before the limits: their cost analysis looks variables up by name, which a lone surrogate in a name breaks.
            variables = VariableValues.FromJson(request.Variables);
        }
        catch (GraphQLException bad)
        {
            return new OperationOutcome { Result = ExecutionResult.RequestError(new GraphQLError(bad.Message, code: bad.Code, extensions: bad.Extensions)) };
        }

        var operation = prepared.GetOperation(request.OperationName);
        if (operation is not null)
        {
            if (readOnly && operation.Operation != OperationType.Query)
            {
                return new OperationOutcome { Operation = operation, MethodNotAllowed = true };
            }

            if (CheckLimits(prepared.Document!, operation, request, http) is { } limitErrors)
            {
                return new OperationOutcome { Operation = operation, Result = ExecutionResult.RequestError(limitErrors, operation) };
            }
        }

        context.Extensions = ExtensionsOf(request);
        context.Started = true;
        if (Options.OnOperation is { } hook)
        {
            await hook(http, context).ConfigureAwait(false);
        }

        var streaming = allowStream && operation?.Operation == OperationType.Subscription;
        using var budget = !streaming && Options.ExecutionTimeout is not null ? CancellationTokenSource.CreateLinkedTokenSource(cancellation) : null;
        budget?.CancelAfter(Options.ExecutionTimeout!.Value);
        var engineRequest = new ExecutionRequest
        {
            Document = prepared.Document,
            OperationName = request.OperationName,
            Variables = variables,
            Extensions = context.Extensions,
            Services = http.RequestServices,
            Items = context.Items,
            CancellationToken = budget?.Token ?? cancellation,
        };

        if (streaming)
        {
            var scopes = Options.ScopePerSubscriptionEvent ? http.RequestServices?.GetService<IServiceScopeFactory>() : null;
            var subscription = await Engine.SubscribeAsync(engineRequest, scopes).ConfigureAwait(false);
            return subscription.Stream is { } stream
                ? new OperationOutcome { Operation = operation, Stream = stream }
                : new OperationOutcome { Operation = operation, Result = subscription.Single };
        }

        try
        {
            return new OperationOutcome { Operation = operation, Result = await Engine.ExecuteAsync(prepared, engineRequest).ConfigureAwait(false) };
        }
        catch (OperationCanceledException) when (budget is not null && !cancellation.IsCancellationRequested)
        {
            var error = new GraphQLError(
                $"The operation did not finish within {Options.ExecutionTimeout!.Value.TotalSeconds:0.###} s and was cancelled.", code: LimitCodes.Timeout);
            return new OperationOutcome { Operation = operation, Result = new ExecutionResult { HasData = true, Data = null, Errors = [error] } };
        }
    }

    private ExecutionResult? ResolveDocument(GraphQLRequest request)
    {
        if (request.DocumentId is { } id)
        {
            if (Options.PersistedDocuments is { } store && store.TryGet(id, out _))
            {
                return null;
            }

            if (request.Query is null || Options.PersistedDocumentsOnly)
            {
                return ExecutionResult.RequestError(new GraphQLError($"Persisted document \"{id}\" is not known.", code: LimitCodes.PersistedDocumentNotFound));
            }
        }

        return Options.PersistedDocumentsOnly && request.DocumentId is null
            ? ExecutionResult.RequestError(new GraphQLError("Only persisted documents are accepted: send a documentId instead of query text.", code: LimitCodes.PersistedDocumentRequired))
            : null;
    }

    private string? DocumentText(GraphQLRequest request) =>
        request.DocumentId is { } id && Options.PersistedDocuments is { } store && store.TryGet(id, out var text) ? text : request.Query;

    private List<GraphQLError>? CheckLimits(DocumentNode document, OperationDefinitionNode operation, GraphQLRequest request, HttpContext http)
    {
        var limits = Options.Limits;
        var introspectionAllowed = Options.Introspection switch
        {
            IntrospectionPolicy.Allowed => true,
            IntrospectionPolicy.AuthenticatedOnly => http.User?.Identity?.IsAuthenticated == true,
            _ => false,
        };
        if (introspectionAllowed && limits.MaxDepth is null && limits.MaxAliases is null && limits.MaxDirectivesPerLocation is null && limits.MaxCost is null)
        {
            return null;
        }

        var analysis = Analyze(document, operation, request.Variables, limits.DefaultListSize);
        List<GraphQLError>? errors = null;
        void Refuse(string message, string code, long limit, long actual) =>
            (errors ??= []).Add(new GraphQLError(message, code: code, extensions: new Dictionary<string, object?> { ["limit"] = limit, ["actual"] = actual }));

        if (analysis.UsesIntrospection && !introspectionAllowed)
        {
            (errors ??= []).Add(new GraphQLError(
                Options.Introspection == IntrospectionPolicy.Disabled ? "Introspection is disabled." : "Introspection requires an authenticated caller.",
                code: LimitCodes.IntrospectionDisabled));
        }

        if (analysis.Depth > limits.MaxDepth)
        {
            Refuse($"The operation is nested {analysis.Depth} levels deep; at most {limits.MaxDepth} are allowed.", LimitCodes.MaxDepth, limits.MaxDepth.Value, analysis.Depth);
        }

        if (analysis.Aliases > limits.MaxAliases)
        {
            Refuse($"The operation uses {analysis.Aliases} aliases; at most {limits.MaxAliases} are allowed.", LimitCodes.MaxAliases, limits.MaxAliases.Value, analysis.Aliases);
        }

        if (analysis.MostDirectives > limits.MaxDirectivesPerLocation)
        {
            Refuse($"A location carries {analysis.MostDirectives} directives; at most {limits.MaxDirectivesPerLocation} are allowed.",
                LimitCodes.MaxDirectives, limits.MaxDirectivesPerLocation.Value, analysis.MostDirectives);
        }

        if (analysis.Cost > limits.MaxCost)
        {
            Refuse($"The operation's estimated cost {analysis.Cost} is above the maximum of {limits.MaxCost}.", LimitCodes.MaxCost, limits.MaxCost.Value, analysis.Cost);
        }

        return errors;
    }

    // Without variables the measures depend on the document alone, which the engine's cache keeps alive: remember them.
    private OperationAnalysis Analyze(DocumentNode document, OperationDefinitionNode operation, System.Text.Json.JsonElement? variables, int defaultListSize)
    {
        if (operation.VariableDefinitions.Count > 0)
        {
            return OperationAnalyzer.Analyze(Engine.Schema, document, operation, variables, defaultListSize);
        }

        return _analyses.GetValue(operation, op => new AnalysisBox(OperationAnalyzer.Analyze(Engine.Schema, document, op, null, defaultListSize))).Value;
    }

    private static IReadOnlyDictionary<string, object?>? ExtensionsOf(GraphQLRequest request) =>
        request.Extensions is { } extensions ? VariableValues.FromJson(extensions) : null;

    private async IAsyncEnumerable<ExecutionResult> LogWhenDone(
        IAsyncEnumerable<ExecutionResult> stream, HttpContext http, OperationContext context, OperationDefinitionNode? operation, long started,
        [EnumeratorCancellation] CancellationToken cancellation = default)
    {
        List<GraphQLError>? errors = null;
        try
        {
            await foreach (var result in stream.WithCancellation(cancellation).ConfigureAwait(false))
            {
                if (result.Errors is { } eventErrors)
                {
                    (errors ??= []).AddRange(eventErrors);
                }

                if (Options.OnOperationCompleted is { } completed)
                {
                    await completed(http, context, result).ConfigureAwait(false);
                }

                yield return result;
            }
        }
        finally
        {
            OperationLog.Finished(_operationLog, context, operation, Stopwatch.GetElapsedTime(started), errors);
        }
    }

    private sealed record AnalysisBox(OperationAnalysis Value);
}

using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;
using Platform.GraphQL.Validation;

namespace Platform.GraphQL.Engine;

/// <summary>
/// The engine's front door: document cache → parse → validate → execute. One instance per schema, shared by all
/// requests (thread-safe). Transports call <see cref="ExecuteAsync(ExecutionRequest)"/> or
/// <see cref="SubscribeAsync"/>, or <see cref="Prepare"/> first when they must inspect the operation (e.g. to refuse
/// a mutation over GET).
/// </summary>
public sealed class GraphQLEngine
{
    private readonly GraphQLEngineOptions _options;
    private readonly IReadOnlyList<IValidationRule> _rules;

    /// <summary>Creates the engine for a built schema.</summary>
    public GraphQLEngine(Schema schema, GraphQLEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _options = options ?? new GraphQLEngineOptions();
        Schema = schema;
        Executor = new Executor(schema, _options.Execution);
        Cache = new DocumentCache(_options.DocumentCacheCapacity);
        _rules = _options.AdditionalValidationRules.Count == 0
            ? SpecifiedRules.All
            : [.. SpecifiedRules.All, .. _options.AdditionalValidationRules];
    }

    /// <summary>The schema served.</summary>
    public Schema Schema { get; }

    /// <summary>The executor (for hosts that parse and validate themselves).</summary>
    public Executor Executor { get; }

    /// <summary>The prepared-document cache.</summary>
    public DocumentCache Cache { get; }

    /// <summary>Parses and validates <paramref name="query"/>, or returns the cached outcome for the same text.</summary>
    public PreparedDocument Prepare(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (Cache.TryGet(query, out var cached))
        {
            return cached;
        }

        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(query, _options.ParserOptions);
            var errors = DocumentValidator.Validate(Schema, document, _rules, _options.MaxValidationErrors);
            prepared = new PreparedDocument(document, errors);
        }
        catch (GraphQLSyntaxException syntax)
        {
            // Syntax failures are not cached: hostile inputs would only flush useful entries.
            return new PreparedDocument(null, [syntax.Error]);
        }

        if (query.Length <= _options.MaxCachedDocumentLength)
        {
            Cache.Add(query, prepared);
        }

        return prepared;
    }

    /// <summary>Runs a query or mutation; request errors come back as a result without data.</summary>
    public Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = PrepareRequest(request, out var failure);
        return prepared is null ? Task.FromResult(failure!) : Executor.ExecuteAsync(ToArgs(prepared, request));
    }

    /// <summary>Runs a query or mutation from a document prepared earlier with <see cref="Prepare"/>.</summary>
    public Task<ExecutionResult> ExecuteAsync(PreparedDocument prepared, ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        ArgumentNullException.ThrowIfNull(request);
        return prepared.IsValid
            ? Executor.ExecuteAsync(ToArgs(prepared, request))
            : Task.FromResult(ExecutionResult.RequestError(prepared.Errors!));
    }

    /// <summary>Starts a subscription (or runs a query/mutation as a single result); see <see cref="Executor.SubscribeAsync"/>.</summary>
    public Task<SubscriptionResult> SubscribeAsync(ExecutionRequest request, IServiceScopeFactory? eventScopes = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var prepared = PrepareRequest(request, out var failure);
        return prepared is null
            ? Task.FromResult(Executor.Failed(failure!))
            : Executor.SubscribeAsync(ToArgs(prepared, request), eventScopes);
    }

    private PreparedDocument? PrepareRequest(ExecutionRequest request, out ExecutionResult? failure)
    {
        failure = null;
        PreparedDocument prepared;
        if (request.Document is { } document)
        {
            prepared = new PreparedDocument(document, null);
        }
        else if (string.IsNullOrWhiteSpace(request.Query))
        {
            failure = ExecutionResult.RequestError(new GraphQLError("Must provide query string.", code: ErrorCodes.BadRequest));
            return null;
        }
        else
        {
            prepared = Prepare(request.Query);
        }

        if (!prepared.IsValid)
        {
            failure = ExecutionResult.RequestError(prepared.Errors!);
            return null;
        }

        return prepared;
    }

    private static ExecutionArgs ToArgs(PreparedDocument prepared, ExecutionRequest request) => new()
    {
        Document = prepared.Document!,
        OperationName = request.OperationName,
        Variables = request.Variables,
        RootValue = request.RootValue,
        Services = request.Services,
        Items = request.Items,
        CancellationToken = request.CancellationToken,
    };
}

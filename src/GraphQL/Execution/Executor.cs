using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Language;
using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// Executes validated documents against one schema (spec section 6). Thread-safe and meant to live as long as the
/// schema; each call runs its resolvers one at a time on a single logical flow (see ExecutionScheduler).
/// </summary>
public sealed partial class Executor
{
    private readonly ExecutionOptions _options;
    private readonly ConcurrentDictionary<FieldDefinition, FieldResolver?> _resolvers = new(ReferenceEqualityComparer.Instance);
    private readonly ConditionalWeakTable<OperationDefinitionNode, Planning.SelectionPlan> _sharedPlans = [];

    /// <summary>Creates an executor for <paramref name="schema"/>.</summary>
    public Executor(Schema schema, ExecutionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? new ExecutionOptions();
    }

    /// <summary>The schema executed against.</summary>
    public Schema Schema { get; }

    internal ExecutionOptions Options => _options;

    /// <summary>
    /// Spec ExecuteRequest for queries and mutations. Request errors (unknown operation, bad variables) come back as a
    /// result without data. Throws <see cref="OperationCanceledException"/> when the token is cancelled.
    /// A subscription operation gives a request error: use <see cref="SubscribeAsync"/>.
    /// </summary>
    public async Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var prepared = Prepare(args, out var failure);
        if (prepared is null)
        {
            return failure!;
        }

        if (prepared.Operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.RequestError(
                new GraphQLError("Subscription operations must be executed through a subscription transport.", code: ErrorCodes.BadRequest),
                prepared.Operation);
        }

        var run = new ExecutionRun(prepared, prepared.Services);
        return await run.ExecuteRootAsync(serial: prepared.Operation.Operation == OperationType.Mutation).ConfigureAwait(false);
    }

    /// <summary>
    /// Spec Subscribe: creates the source stream (the root field's resolver returns an <see cref="IAsyncEnumerable{T}"/>)
    /// and maps every event through the selection set. Each event's value is the root field's value. When
    /// <paramref name="eventScopes"/> is given, each event runs in a fresh service scope (a fresh DbContext).
    /// Queries and mutations give a single result.
    /// </summary>
    public async Task<SubscriptionResult> SubscribeAsync(ExecutionArgs args, IServiceScopeFactory? eventScopes = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var prepared = Prepare(args, out var failure);
        if (prepared is null)
        {
            return new SubscriptionResult(failure!);
        }

        if (prepared.Operation.Operation != OperationType.Subscription)
        {
            return new SubscriptionResult(await ExecuteAsync(args).ConfigureAwait(false));
        }

        // Spec CreateSourceEventStream.
        var plan = prepared.RootPlan;
        if (plan.Fields.Length != 1)
        {
            return new SubscriptionResult(ExecutionResult.RequestError(
                new GraphQLError("A subscription must select exactly one top level field.", code: ErrorCodes.BadRequest), prepared.Operation));
        }

        var field = plan.Fields[0];
        var run = new ExecutionRun(prepared, prepared.Services);
        var arguments = field.GetArguments(prepared, out var argumentError);
        if (argumentError is not null)
        {
            return new SubscriptionResult(ExecutionResult.RequestError(
                new GraphQLError(argumentError.Message, argumentError.Locations, [field.ResponseKey], extensions: argumentError.Extensions),
                prepared.Operation));
        }

        if (field.Resolver is null)
        {
            return new SubscriptionResult(ExecutionResult.RequestError(
                new GraphQLError("A subscription must select a field with an event stream.", code: ErrorCodes.BadRequest), prepared.Operation));
        }

        var source = await run.ResolveSourceStreamAsync(field, arguments!).ConfigureAwait(false);
        if (run.Errors is { } errors)
        {
            return new SubscriptionResult(ExecutionResult.RequestError(errors, prepared.Operation));
        }

        if (source is not IAsyncEnumerable<object?> stream)
        {
            var problem = new InvalidOperationException(
                $"Subscription field \"{field.ParentType.Name}.{field.Definition.Name}\" must return an IAsyncEnumerable<object?>, not {source?.GetType().Name ?? "null"}.");
            var location = field.Nodes[0].Location;
            return new SubscriptionResult(ExecutionResult.RequestError(
                MaskUnexpected(problem, location is { } at ? [at] : null, [field.ResponseKey], field.ParentType.Name, field.Definition.Name),
                prepared.Operation));
        }

        return new SubscriptionResult(MapSourceToResponseEvents(stream, prepared, eventScopes, CancellationToken.None));
    }

    /// <summary>The root plan of a variable-free operation, shared while its document is alive (e.g. in the document cache).</summary>
    internal Planning.SelectionPlan SharedRootPlan(OperationContext operation)
    {
        if (_sharedPlans.TryGetValue(operation.Operation, out var plan))
        {
            return plan;
        }

        plan = Planning.SelectionPlan.Collect(operation, operation.RootType, operation.Operation.SelectionSet);
        return _sharedPlans.TryAdd(operation.Operation, plan) ? plan : _sharedPlans.TryGetValue(operation.Operation, out var raced) ? raced : plan;
    }

    /// <summary>Wraps a request error result as the outcome of a subscribe call.</summary>
    internal static SubscriptionResult Failed(ExecutionResult failure) => new(failure);

    /// <summary>The field's resolver with the middleware chain applied, composed once per field.</summary>
    internal FieldResolver? ResolverFor(ObjectType parentType, FieldDefinition field) =>
        _resolvers.GetOrAdd(field, static (f, state) => state.Executor.Compose(state.ParentType, f), (Executor: this, ParentType: parentType));

    /// <summary>Builds the client-safe error for an unexpected exception and hands the exception to the host.</summary>
    internal GraphQLError MaskUnexpected(Exception exception, IReadOnlyList<SourceLocation>? locations, IReadOnlyList<object>? path, string? parentType, string? fieldName)
    {
        var report = new UnexpectedError(exception, path, parentType, fieldName);
        try
        {
            _options.OnUnexpectedError?.Invoke(report);
            if (_options.Logger is { } logger)
            {
                LogResolverFailure(logger, exception, parentType, fieldName, path is null ? null : string.Join('.', path));
            }
        }
        catch (Exception hookFailure) when (hookFailure is not OutOfMemoryException)
        {
            // A failing log hook must not turn one field error into a failed request.
        }

        return new GraphQLError(report.Message, locations, path, extensions: new Dictionary<string, object?>(report.Extensions));
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error, Message = "Resolver {ParentType}.{FieldName} failed at {Path}")]
    private static partial void LogResolverFailure(ILogger logger, Exception exception, string? parentType, string? fieldName, string? path);

    private static async IAsyncEnumerable<ExecutionResult> MapSourceToResponseEvents(
        IAsyncEnumerable<object?> source,
        OperationContext operation,
        IServiceScopeFactory? eventScopes,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(operation.CancellationToken, cancellationToken);
        await foreach (var sourceEvent in source.WithCancellation(linked.Token).ConfigureAwait(false))
        {
            if (eventScopes is null)
            {
                yield return await new ExecutionRun(operation, operation.Services).ExecuteEventAsync(sourceEvent).ConfigureAwait(false);
                continue;
            }

            var scope = eventScopes.CreateAsyncScope();
            ExecutionResult result;
            try
            {
                result = await new ExecutionRun(operation, scope.ServiceProvider).ExecuteEventAsync(sourceEvent).ConfigureAwait(false);
            }
            finally
            {
                await scope.DisposeAsync().ConfigureAwait(false);
            }

            yield return result;
        }
    }

    private FieldResolver? Compose(ObjectType parentType, FieldDefinition field)
    {
        var resolver = field.Resolver;
        if (resolver is null)
        {
            return MissingResolver(parentType, field);
        }

        for (var i = _options.FieldMiddleware.Count - 1; i >= 0; i--)
        {
            resolver = _options.FieldMiddleware[i](parentType, field, resolver);
        }

        return resolver;
    }

    private static FieldResolver MissingResolver(ObjectType parentType, FieldDefinition field) =>
        _ => throw new InvalidOperationException($"Field {parentType.Name}.{field.Name} has no resolver.");

    /// <summary>Spec GetOperation and CoerceVariableValues; null with a request error result on failure.</summary>
    private OperationContext? Prepare(ExecutionArgs args, out ExecutionResult? failure)
    {
        failure = null;
        var operation = OperationSelection.Select(args.Document, args.OperationName, out var selectionError);
        if (operation is null)
        {
            failure = ExecutionResult.RequestError(selectionError!);
            return null;
        }

        var rootType = Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            failure = ExecutionResult.RequestError(
                new GraphQLError($"Schema is not configured to execute {operation.Operation.ToString().ToLowerInvariant()} operation.", code: ErrorCodes.BadRequest),
                operation);
            return null;
        }

        var errors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operation, args.Variables, errors);
        if (errors.Count > 0)
        {
            failure = ExecutionResult.RequestError(errors, operation);
            return null;
        }

        return new OperationContext(this, args.Document, operation, rootType, variables, args);
    }
}

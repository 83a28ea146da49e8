using System.Collections;
using System.Runtime.ExceptionServices;
using Platform.GraphQL.Execution.Planning;
using Platform.GraphQL.Execution.Results;
using Platform.GraphQL.Execution.Scheduling;
using Platform.GraphQL.Language;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution;

/// <summary>
/// One execution of a selection set (a query, a mutation, or one subscription event): spec 6.3–6.4 field execution,
/// value completion and error handling. Every method here runs on the request's <see cref="ExecutionScheduler"/>.
/// Each method has a synchronous fast path; it only allocates an async state machine when a resolver is pending.
/// <para>
/// Completion returns either a value or <see cref="Invalid"/>: "this position raised an execution error (already
/// recorded) and is null". The enclosing object or list turns it into null when the position is nullable, or becomes
/// <see cref="Invalid"/> itself when it is Non-Null, which is how nulls propagate to the nearest nullable parent.
/// </para>
/// </summary>
internal sealed class ExecutionRun
{
    /// <summary>Marks a position nulled by an execution error.</summary>
    internal static readonly object Invalid = new();

    private readonly OperationContext _operation;
    private readonly List<GraphQLError> _errors = [];
    private ResolveFieldContext? _spareContext;

    public ExecutionRun(OperationContext operation, IServiceProvider services)
    {
        _operation = operation;
        Services = services;
        var onBatch = operation.Executor.Options.OnDataLoaderBatch;
        Scheduler = new ExecutionScheduler(operation.CancellationToken, onBatch is null ? null : key => onBatch(key, services));
    }

    public ExecutionScheduler Scheduler { get; }

    public IServiceProvider Services { get; }

    public IReadOnlyList<GraphQLError>? Errors => _errors.Count == 0 ? null : _errors;

    /// <summary>Spec ExecuteRootSelectionSet: normal (query, subscription event) or serial (mutation).</summary>
    public async Task<ExecutionResult> ExecuteRootAsync(bool serial)
    {
        var plan = _operation.RootPlan;
        var data = await Scheduler.RunAsync(() => serial ? ExecuteSeriallyAsync(plan, _operation.RootValue) : ExecuteSelectionSet(plan, _operation.RootValue, Position.Of(null)))
            .ConfigureAwait(false);
        return Result(data);
    }

    /// <summary>Spec ExecuteSubscriptionEvent: the event is the value of the single root field.</summary>
    public async Task<ExecutionResult> ExecuteEventAsync(object? sourceEvent)
    {
        var plan = _operation.RootPlan;
        var data = await Scheduler.RunAsync(() => ExecuteEventRoot(plan, sourceEvent)).ConfigureAwait(false);
        return Result(data);
    }

    /// <summary>Spec ResolveFieldEventStream: calls the subscription field's resolver; null with errors recorded on failure.</summary>
    public Task<object?> ResolveSourceStreamAsync(FieldPlan field, IReadOnlyDictionary<string, object?> arguments) =>
        Scheduler.RunAsync(async () =>
        {
            if (!Scheduler.TryEnterCall())
            {
                await Scheduler.EnterCallAsync();
            }

            var context = RentContext(field, _operation.RootValue, Position.Of(null), arguments);
            var position = new Position(null, field.ResponseKey, -1);
            ValueTask<object?> pending;
            try
            {
                pending = field.Resolver!(context);
            }
            catch (Exception ex)
            {
                Scheduler.ExitCall(true);
                RecordFieldError(ex, field, position);
                return null;
            }

            var turn = Scheduler.ExitCall(pending.IsCompleted);
            try
            {
                return await pending;
            }
            catch (Exception ex)
            {
                RecordFieldError(ex, field, position);
                return null;
            }
            finally
            {
                if (turn is not null)
                {
                    Scheduler.Finish(turn);
                }
            }
        });

    /// <summary>Records a request-level error found while preparing a subscription.</summary>
    public void AddError(GraphQLError error) => _errors.Add(error);

    private ExecutionResult Result(object? data) => new()
    {
        Data = data as ResultMap,
        HasData = true,
        Errors = Errors,
        Operation = _operation.Operation,
    };

    private async ValueTask<object?> ExecuteSeriallyAsync(SelectionPlan plan, object? source)
    {
        // Spec 6.3.3 serial execution: each root field, sub-selections included, completes before the next starts.
        var map = new ResultMap(plan.Keys);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var field = plan.Fields[i];
            var value = await ExecuteField(field, source, Position.Of(null));
            if (value == Invalid)
            {
                if (field.IsNonNull)
                {
                    return Invalid;
                }

                value = null;
            }

            map.Set(i, value);
        }

        return map;
    }

    private async ValueTask<object?> ExecuteEventRoot(SelectionPlan plan, object? sourceEvent)
    {
        var map = new ResultMap(plan.Keys);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var field = plan.Fields[i];
            var value = field.Resolver is null
                ? field.ParentType.Name
                : await CompleteValue(field.Definition.Type, field, sourceEvent, new Position(null, field.ResponseKey, -1));
            if (value == Invalid)
            {
                if (field.IsNonNull)
                {
                    return Invalid;
                }

                value = null;
            }

            map.Set(i, value);
        }

        return map;
    }

    /// <summary>Spec ExecuteCollectedFields, normal mode: siblings start one by one; pending ones are awaited afterwards.</summary>
    /// <param name="plan">The collected fields.</param>
    /// <param name="source">The object value.</param>
    /// <param name="self">The object's position; materialised here only when a composite field needs it as its parent.</param>
    private ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, object? source, Position self)
    {
        if (plan.HasCompositeField)
        {
            self = self.Materialise();
        }

        var map = new ResultMap(plan.Keys);
        var fields = plan.Fields;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var pending = ExecuteField(field, source, self);
            if (!pending.IsCompleted)
            {
                return ContinueSelectionSetAsync(plan, source, self, map, i, pending);
            }

            var value = pending.Result;
            if (value == Invalid)
            {
                if (field.IsNonNull)
                {
                    // Nothing else of this object has started, so nothing needs awaiting (spec allows skipping siblings).
                    return new ValueTask<object?>(Invalid);
                }

                value = null;
            }

            map.Set(i, value);
        }

        return new ValueTask<object?>(map);
    }

    private async ValueTask<object?> ContinueSelectionSetAsync(
        SelectionPlan plan, object? source, Position self, ResultMap map, int firstPendingIndex, ValueTask<object?> firstPending)
    {
        var fields = plan.Fields;
        var pending = new List<(int Index, ValueTask<object?> Task)> { (firstPendingIndex, firstPending) };
        var failed = false;
        for (var i = firstPendingIndex + 1; i < fields.Length && !failed; i++)
        {
            var next = ExecuteField(fields[i], source, self);
            if (next.IsCompleted)
            {
                failed = !Store(map, fields[i], i, next.Result);
            }
            else
            {
                pending.Add((i, next));
            }
        }

        // Every started field is awaited, even after a failure, so no resolver outlives the request.
        foreach (var (index, task) in pending)
        {
            var value = await task;
            failed |= !Store(map, fields[index], index, value);
        }

        return failed ? Invalid : map;
    }

    private static bool Store(ResultMap map, FieldPlan field, int index, object? value)
    {
        if (value == Invalid)
        {
            if (field.IsNonNull)
            {
                return false;
            }

            value = null;
        }

        map.Set(index, value);
        return true;
    }

    /// <summary>Spec ExecuteField: coerce arguments, resolve, complete.</summary>
    private ValueTask<object?> ExecuteField(FieldPlan field, object? source, Position parent)
    {
        if (field.Resolver is null)
        {
            // __typename: the runtime object type is known here, so no resolver is needed.
            return new ValueTask<object?>(field.ParentType.Name);
        }

        _operation.CancellationToken.ThrowIfCancellationRequested();
        var arguments = field.GetArguments(_operation, out var argumentError);
        if (argumentError is not null)
        {
            _errors.Add(new GraphQLError(
                argumentError.Message,
                argumentError.Locations,
                parent.Field(field.ResponseKey).ToPath().ToArray(),
                extensions: argumentError.Extensions));
            return new ValueTask<object?>(Invalid);
        }

        if (!Scheduler.TryEnterCall())
        {
            return ExecuteFieldAfterGateAsync(field, source, parent, arguments!);
        }

        return InvokeResolver(field, source, parent, arguments!);
    }

    private async ValueTask<object?> ExecuteFieldAfterGateAsync(
        FieldPlan field, object? source, Position parent, IReadOnlyDictionary<string, object?> arguments)
    {
        await Scheduler.EnterCallAsync();
        return await InvokeResolver(field, source, parent, arguments);
    }

    /// <summary>Spec ResolveFieldValue, called holding the scheduler's gate.</summary>
    private ValueTask<object?> InvokeResolver(FieldPlan field, object? source, Position parent, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = RentContext(field, source, parent, arguments);
        ValueTask<object?> resolved;
        try
        {
            resolved = field.Resolver!(context);
        }
        catch (Exception ex)
        {
            Scheduler.ExitCall(true);
            ReturnContext(context);
            return new ValueTask<object?>(RecordFieldError(ex, field, parent.Field(field.ResponseKey)));
        }

        if (resolved.IsCompleted)
        {
            Scheduler.ExitCall(true);
            ReturnContext(context);
            object? value;
            try
            {
                value = resolved.Result;
            }
            catch (Exception ex)
            {
                return new ValueTask<object?>(RecordFieldError(ex, field, parent.Field(field.ResponseKey)));
            }

            return field.IsLeaf
                ? new ValueTask<object?>(CompleteLeaf(field, value, parent))
                : CompleteValue(field.Definition.Type, field, value, parent.Field(field.ResponseKey));
        }

        // The context now belongs to the pending call; the next field gets a fresh one.
        var turn = Scheduler.ExitCall(false)!;
        return AwaitResolverAsync(field, parent.Field(field.ResponseKey), resolved, turn);
    }

    private async ValueTask<object?> AwaitResolverAsync(FieldPlan field, Position position, ValueTask<object?> resolved, ResolverTurn turn)
    {
        object? value;
        try
        {
            value = await resolved;
        }
        catch (Exception ex)
        {
            Scheduler.Finish(turn);
            return RecordFieldError(ex, field, position);
        }

        Scheduler.Finish(turn);
        return await CompleteValue(field.Definition.Type, field, value, position);
    }

    /// <summary>Spec CompleteValue.</summary>
    private ValueTask<object?> CompleteValue(GraphType type, FieldPlan field, object? result, Position position)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue(nonNull.OfType, field, result, position);
            return inner.IsCompleted
                ? new ValueTask<object?>(EnsureNonNull(inner.Result, field, position))
                : EnsureNonNullAsync(inner, field, position);
        }

        if (result is null || result is DBNull)
        {
            return new ValueTask<object?>((object?)null);
        }

        switch (type)
        {
            case ScalarType scalar:
                return new ValueTask<object?>(SerializeLeaf(scalar, null, result, field, position));
            case EnumType enumType:
                return new ValueTask<object?>(SerializeLeaf(null, enumType, result, field, position));
            case ListType list:
                return CompleteList(list, field, result, position);
            case ObjectType objectType:
                return ExecuteSelectionSet(field.GetSubPlan(_operation, objectType), result, position);
            default:
                ObjectType runtimeType;
                try
                {
                    var context = RentContext(field, null, Position.Of(position.Parent), EmptyVariables.Instance);
                    runtimeType = _operation.Schema.ResolveAbstractType((NamedType)type, result, context);
                    ReturnContext(context);
                }
                catch (AbstractTypeResolutionException ex)
                {
                    return new ValueTask<object?>(AddError(ex.Message, ErrorCodes.InternalServerError, field, position));
                }
                catch (Exception ex)
                {
                    return new ValueTask<object?>(RecordFieldError(ex, field, position));
                }

                return ExecuteSelectionSet(field.GetSubPlan(_operation, runtimeType), result, position);
        }
    }

    private async ValueTask<object?> EnsureNonNullAsync(ValueTask<object?> inner, FieldPlan field, Position position) =>
        EnsureNonNull(await inner, field, position);

    private object? EnsureNonNull(object? value, FieldPlan field, Position position) =>
        value is null
            ? AddError($"Cannot return null for non-nullable field {field.ParentType.Name}.{field.Definition.Name}.", ErrorCodes.InternalServerError, field, position)
            : value;

    /// <summary>
    /// Spec CompleteValue for a field of (non-null) scalar or enum type, as <see cref="CompleteValue"/> does it but
    /// without its type dispatch, and with the field's position built only when an error must carry it.
    /// </summary>
    private object? CompleteLeaf(FieldPlan field, object? result, Position parent)
    {
        object? value = null;
        if (result is not null && result is not DBNull)
        {
            try
            {
                value = field.LeafScalar is { } scalar ? scalar.Serialize(result) : field.LeafEnum!.Serialize(result);
            }
            catch (ValueCoercionException ex)
            {
                return AddError(ex.Message, ErrorCodes.InternalServerError, field, parent.Field(field.ResponseKey));
            }
            catch (Exception ex)
            {
                return RecordFieldError(ex, field, parent.Field(field.ResponseKey));
            }
        }

        return value is null && field.IsNonNull ? EnsureNonNull(null, field, parent.Field(field.ResponseKey)) : value;
    }

    private object? SerializeLeaf(ScalarType? scalar, EnumType? enumType, object result, FieldPlan field, Position position)
    {
        try
        {
            return scalar is not null ? scalar.Serialize(result) : enumType!.Serialize(result);
        }
        catch (ValueCoercionException ex)
        {
            return AddError(ex.Message, ErrorCodes.InternalServerError, field, position);
        }
        catch (Exception ex)
        {
            return RecordFieldError(ex, field, position);
        }
    }

    private ValueTask<object?> CompleteList(ListType listType, FieldPlan field, object result, Position position)
    {
        if (result is string || result is not IEnumerable sequence)
        {
            return new ValueTask<object?>(AddError(
                $"Expected Iterable, but did not find one for field \"{field.ParentType.Name}.{field.Definition.Name}\".",
                ErrorCodes.InternalServerError,
                field,
                position));
        }

        IList source;
        if (sequence is IList list)
        {
            source = list;
        }
        else
        {
            var copy = new List<object?>();
            foreach (var item in sequence)
            {
                copy.Add(item);
            }

            source = copy;
        }

        var itemType = listType.OfType;
        var itemsNonNull = itemType is NonNullType;
        var listPath = position.ToPath();
        var items = new object?[source.Count];
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var failed = false;
        for (var i = 0; i < items.Length; i++)
        {
            var completed = CompleteValue(itemType, field, source[i], new Position(listPath, null, i));
            if (!completed.IsCompleted)
            {
                (pending ??= []).Add((i, completed));
                continue;
            }

            var value = completed.Result;
            if (value == Invalid)
            {
                failed |= itemsNonNull;
                value = null;
                if (failed && pending is null)
                {
                    return new ValueTask<object?>(Invalid);
                }
            }

            items[i] = value;
        }

        if (pending is not null)
        {
            return CompleteListAsync(items, pending, failed, itemsNonNull);
        }

        return new ValueTask<object?>(failed ? Invalid : items);
    }

    private static async ValueTask<object?> CompleteListAsync(
        object?[] items, List<(int Index, ValueTask<object?> Task)> pending, bool failed, bool itemsNonNull)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task;
            if (value == Invalid)
            {
                failed |= itemsNonNull;
                value = null;
            }

            items[index] = value;
        }

        return failed ? Invalid : items;
    }

    private object AddError(string message, string code, FieldPlan field, Position position)
    {
        _errors.Add(new GraphQLError(message, Locations(field), position.ToPath().ToArray(), code));
        return Invalid;
    }

    /// <summary>Turns a resolver's exception into a field error; anything not meant for clients is masked.</summary>
    private object RecordFieldError(Exception exception, FieldPlan field, Position position)
    {
        if (exception is OperationCanceledException && _operation.CancellationToken.IsCancellationRequested)
        {
            ExceptionDispatchInfo.Throw(exception);
        }

        var path = position.ToPath().ToArray();
        switch (exception)
        {
            case GraphQLException expected:
                _errors.Add(new GraphQLError(expected.Message, Locations(field), path, expected.Code, expected.Extensions));
                break;
            case ValueCoercionException coercion:
                _errors.Add(new GraphQLError(coercion.Message, Locations(field), path, ErrorCodes.BadUserInput));
                break;
            default:
                _errors.Add(_operation.Executor.MaskUnexpected(exception, Locations(field), path, field.ParentType.Name, field.Definition.Name));
                break;
        }

        return Invalid;
    }

    private static IReadOnlyList<SourceLocation>? Locations(FieldPlan field)
    {
        if (field.Nodes.Length == 1)
        {
            return field.Nodes[0].Location is { } only ? [only] : null;
        }

        var locations = new List<SourceLocation>(field.Nodes.Length);
        foreach (var node in field.Nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location);
            }
        }

        return locations.Count == 0 ? null : locations;
    }

    private ResolveFieldContext RentContext(FieldPlan field, object? source, Position parent, IReadOnlyDictionary<string, object?> arguments)
    {
        var context = _spareContext ?? new ResolveFieldContext(_operation, this);
        _spareContext = null;
        context.Init(field, source, parent, arguments);
        return context;
    }

    private void ReturnContext(ResolveFieldContext context) => _spareContext = context;
}

using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution.Planning;

/// <summary>
/// One entry of a collected fields map (spec "field set") bound to its definition on a concrete object type,
/// with everything that depends only on the operation and its variables computed once per operation:
/// the composed resolver, the coerced arguments and the sub-selections per runtime type.
/// </summary>
internal sealed class FieldPlan
{
    private IReadOnlyDictionary<string, object?>? _arguments;
    private GraphQLError? _argumentError;
    private ObjectType? _lastSubType;
    private SelectionPlan? _lastSubPlan;
    private Dictionary<ObjectType, SelectionPlan>? _subPlans;

    public FieldPlan(string responseKey, FieldNode[] nodes, ObjectType parentType, FieldDefinition definition, FieldResolver? resolver)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        ParentType = parentType;
        Definition = definition;
        Resolver = resolver;
        IsNonNull = definition.Type is NonNullType;
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Definition { get; }

    /// <summary>The resolver with middleware applied; null for <c>__typename</c>, which the executor answers.</summary>
    public FieldResolver? Resolver { get; }

    public bool IsNonNull { get; }

    /// <summary>Spec CoerceArgumentValues, once per operation; returns null and the error when coercion fails.</summary>
    public IReadOnlyDictionary<string, object?>? GetArguments(OperationContext operation, out GraphQLError? error)
    {
        if (_arguments is null && _argumentError is null)
        {
            _arguments = ArgumentCoercion.Coerce(Definition, Nodes[0], operation.Variables, out _argumentError);
        }

        error = _argumentError;
        return _arguments;
    }

    /// <summary>Spec CollectSubfields for a runtime object type, memoised per type.</summary>
    public SelectionPlan GetSubPlan(OperationContext operation, ObjectType objectType)
    {
        if (ReferenceEquals(_lastSubType, objectType))
        {
            return _lastSubPlan!;
        }

        SelectionPlan? plan = null;
        if (_subPlans?.TryGetValue(objectType, out plan) != true)
        {
            plan = SelectionPlan.CollectSubfields(operation, objectType, Nodes);
            if (_lastSubType is not null)
            {
                _subPlans ??= new Dictionary<ObjectType, SelectionPlan>(ReferenceEqualityComparer.Instance);
                _subPlans[_lastSubType] = _lastSubPlan!;
                _subPlans[objectType] = plan;
            }
        }

        _lastSubType = objectType;
        _lastSubPlan = plan;
        return plan!;
    }
}

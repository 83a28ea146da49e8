using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Execution.Planning;

/// <summary>
/// One entry of a collected fields map (spec "field set") bound to its definition on a concrete object type,
/// with everything that depends only on the operation and its variables computed once per operation:
/// the composed resolver, the coerced arguments and the sub-selections per runtime type.
/// Plans of operations without variables are shared by concurrent requests, so the memoised state is published
/// atomically (a racing request at worst computes an equal value twice).
/// </summary>
internal sealed class FieldPlan
{
    private ArgumentOutcome? _arguments;
    private SubPlan? _firstSubPlan;
    private System.Collections.Concurrent.ConcurrentDictionary<ObjectType, SelectionPlan>? _moreSubPlans;

    public FieldPlan(string responseKey, FieldNode[] nodes, ObjectType parentType, FieldDefinition definition, FieldResolver? resolver)
    {
        ResponseKey = responseKey;
        Nodes = nodes;
        ParentType = parentType;
        Definition = definition;
        Resolver = resolver;
        IsNonNull = definition.Type is NonNullType;
        var nullable = definition.Type is NonNullType nonNull ? nonNull.OfType : definition.Type;
        LeafScalar = nullable as ScalarType;
        LeafEnum = nullable as EnumType;
    }

    public string ResponseKey { get; }

    public FieldNode[] Nodes { get; }

    public ObjectType ParentType { get; }

    public FieldDefinition Definition { get; }

    /// <summary>The resolver with middleware applied; null for <c>__typename</c>, which the executor answers.</summary>
    public FieldResolver? Resolver { get; }

    public bool IsNonNull { get; }

    /// <summary>The scalar when the field's type is a (non-null) scalar: completion then needs no type dispatch.</summary>
    public ScalarType? LeafScalar { get; }

    /// <summary>The enum when the field's type is a (non-null) enum.</summary>
    public EnumType? LeafEnum { get; }

    /// <summary>
    /// A field completed without sub-selections (a scalar, an enum or <c>__typename</c>): it never needs its own
    /// response path unless it fails, so its parent object's path can stay unmaterialised.
    /// </summary>
    public bool IsLeaf => LeafScalar is not null || LeafEnum is not null || Resolver is null;

    /// <summary>Spec CoerceArgumentValues, once per operation; returns null and the error when coercion fails.</summary>
    public IReadOnlyDictionary<string, object?>? GetArguments(OperationContext operation, out GraphQLError? error)
    {
        var outcome = _arguments;
        if (outcome is null)
        {
            var arguments = ArgumentCoercion.Coerce(Definition, Nodes[0], operation.Variables, out var coercionError);
            _arguments = outcome = new ArgumentOutcome(coercionError is null ? arguments : null, coercionError);
        }

        error = outcome.Error;
        return outcome.Arguments;
    }

    /// <summary>Spec CollectSubfields for a runtime object type, memoised per type.</summary>
    public SelectionPlan GetSubPlan(OperationContext operation, ObjectType objectType)
    {
        var first = _firstSubPlan;
        if (first is not null && ReferenceEquals(first.Type, objectType))
        {
            return first.Plan;
        }

        if (_moreSubPlans is { } more && more.TryGetValue(objectType, out var known))
        {
            return known;
        }

        var plan = SelectionPlan.CollectSubfields(operation, objectType, Nodes);
        if (first is null)
        {
            Interlocked.CompareExchange(ref _firstSubPlan, new SubPlan(objectType, plan), null);
        }
        else
        {
            if (_moreSubPlans is null)
            {
                Interlocked.CompareExchange(ref _moreSubPlans, new(ReferenceEqualityComparer.Instance), null);
            }

            _moreSubPlans.TryAdd(objectType, plan);
        }

        return plan;
    }

    private sealed record ArgumentOutcome(IReadOnlyDictionary<string, object?>? Arguments, GraphQLError? Error);

    private sealed record SubPlan(ObjectType Type, SelectionPlan Plan);
}

using System.Collections;
using Platform.GraphQL.Execution;
using Platform.GraphQL.Introspection;
using Platform.GraphQL.Language.Ast;

namespace Platform.GraphQL.Types;

/// <summary>
/// A complete, validated GraphQL schema (spec 3.3): root operation types, every named type reachable from them or
/// given explicitly (plus built-in scalars used and the introspection types) and directive definitions.
/// Immutable once constructed; safe to share across requests and threads.
/// </summary>
public sealed class Schema : IHasDirectives
{
    private readonly Dictionary<string, NamedType> _types = new(StringComparer.Ordinal);
    private readonly List<NamedType> _typeList = [];
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly Dictionary<NamedType, ObjectType[]> _possibleTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<NamedType, HashSet<NamedType>> _subTypes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<InterfaceType, ComplexType[]> _implementations = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _collectionProblems = [];

    /// <summary>
    /// Creates and validates a schema. <paramref name="types"/> fixes the order of types (others reachable from the roots
    /// follow); <paramref name="directives"/> are custom directive definitions (the specified ones are always present, and
    /// one with a specified name replaces it). Throws <see cref="SchemaValidationException"/> listing every problem
    /// unless <paramref name="validate"/> is false (used by builders that report problems themselves).
    /// </summary>
    public Schema(
        ObjectType queryType,
        ObjectType? mutationType = null,
        ObjectType? subscriptionType = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null,
        string? description = null,
        IReadOnlyList<AppliedDirective>? appliedDirectives = null,
        bool validate = true)
    {
        ArgumentNullException.ThrowIfNull(queryType);
        QueryType = queryType;
        MutationType = mutationType;
        SubscriptionType = subscriptionType;
        Description = description;
        Directives = appliedDirectives ?? [];

        // The specified directives are always present; a given definition of the same name replaces one.
        var directiveList = new List<DirectiveDefinition>(SpecifiedDirectives.All);
        foreach (var directive in directives ?? [])
        {
            var specifiedIndex = directiveList.FindIndex(d => d.IsSpecified && d.Name == directive.Name);
            if (specifiedIndex >= 0)
            {
                directiveList[specifiedIndex] = directive;
            }
            else
            {
                directiveList.Add(directive);
            }
        }

        DirectiveDefinitions = directiveList;
        foreach (var directive in DirectiveDefinitions)
        {
            if (!_directives.TryAdd(directive.Name, directive))
            {
                _collectionProblems.Add($"Directive \"@{directive.Name}\" is defined more than once.");
            }
        }

        // Types given explicitly keep their order (SDL order) so printing and introspection are stable.
        if (types is not null)
        {
            var given = types.ToList();
            foreach (var type in given)
            {
                Register(type);
            }

            foreach (var type in given)
            {
                CollectReferences(type);
            }
        }

        Collect(queryType);
        if (mutationType is not null)
        {
            Collect(mutationType);
        }

        if (subscriptionType is not null)
        {
            Collect(subscriptionType);
        }

        foreach (var directive in DirectiveDefinitions)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type.GetNamedType());
            }
        }

        Introspection = new IntrospectionTypes(this);
        foreach (var type in Introspection.All)
        {
            Collect(type);
        }

        // __typename is String!, so String is always part of the schema (introspection also needs Boolean).
        Collect(BuiltInScalars.String);
        Collect(BuiltInScalars.Boolean);

        IndexPossibleTypes();

        if (validate)
        {
            var problems = Validate();
            if (problems.Count > 0)
            {
                throw new SchemaValidationException(problems);
            }
        }
    }

    /// <summary>The schema description, or null.</summary>
    public string? Description { get; }

    /// <summary>The root type for queries.</summary>
    public ObjectType QueryType { get; }

    /// <summary>The root type for mutations, or null when the schema has none.</summary>
    public ObjectType? MutationType { get; }

    /// <summary>The root type for subscriptions, or null when the schema has none.</summary>
    public ObjectType? SubscriptionType { get; }

    /// <summary>All named types: explicitly given ones in order, then others reachable, built-ins and introspection.</summary>
    public IReadOnlyList<NamedType> Types => _typeList;

    /// <summary>Directive definitions: the specified ones (skip, include, deprecated, specifiedBy, oneOf) then custom ones.</summary>
    public IReadOnlyList<DirectiveDefinition> DirectiveDefinitions { get; }

    /// <summary>Directives applied to the schema definition.</summary>
    public IReadOnlyList<AppliedDirective> Directives { get; internal set; }

    /// <summary>The introspection types and meta fields of this schema.</summary>
    public IntrospectionTypes Introspection { get; }

    /// <summary>The meta field <c>__schema: __Schema!</c>, valid on the query root only.</summary>
    public FieldDefinition SchemaMetaField => Introspection.SchemaField;

    /// <summary>The meta field <c>__type(name: String!): __Type</c>, valid on the query root only.</summary>
    public FieldDefinition TypeMetaField => Introspection.TypeField;

    /// <summary>The meta field <c>__typename: String!</c>, valid on every object, interface and union.</summary>
    public FieldDefinition TypeNameMetaField => Introspection.TypeNameField;

    /// <summary>The named type with this name, or null.</summary>
    public NamedType? GetType(string name) => _types.GetValueOrDefault(name);

    /// <summary>The directive definition with this name (without <c>@</c>), or null.</summary>
    public DirectiveDefinition? GetDirective(string name) => _directives.GetValueOrDefault(name);

    /// <summary>The root type of an operation type, or null when the schema does not support it.</summary>
    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    /// <summary>
    /// The definition of <paramref name="fieldName"/> on <paramref name="parentType"/>, including the meta fields
    /// (<c>__typename</c> everywhere composite, <c>__schema</c>/<c>__type</c> on the query root); null when unknown.
    /// </summary>
    public FieldDefinition? GetFieldDefinition(NamedType parentType, string fieldName)
    {
        if (fieldName.Length > 1 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == "__typename" && parentType.IsComposite)
            {
                return TypeNameMetaField;
            }

            if (ReferenceEquals(parentType, QueryType))
            {
                if (fieldName == "__schema")
                {
                    return SchemaMetaField;
                }

                if (fieldName == "__type")
                {
                    return TypeMetaField;
                }
            }
        }

        return parentType is ComplexType complex ? complex.GetField(fieldName) : null;
    }

    /// <summary>
    /// Object types a value of <paramref name="abstractType"/> may have at runtime: union members, or the object types
    /// implementing an interface (directly or through other interfaces). Empty for other types.
    /// </summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) =>
        _possibleTypes.TryGetValue(abstractType, out var types) ? types : [];

    /// <summary>Object and interface types that declare they implement <paramref name="type"/>.</summary>
    public IReadOnlyList<ComplexType> GetImplementations(InterfaceType type) =>
        _implementations.TryGetValue(type, out var types) ? types : [];

    /// <summary>True when <paramref name="objectType"/> is a possible runtime type of <paramref name="abstractType"/>.</summary>
    public bool IsPossibleType(NamedType abstractType, ObjectType objectType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(objectType);

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or implements the interface
    /// (an object or an interface type).
    /// </summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);

    /// <summary>
    /// Spec ResolveAbstractType: finds the object type of <paramref name="value"/>, a runtime value of an interface or union.
    /// Tries, in order: the type's <see cref="IAbstractType.ResolveType"/> hook; a <c>__typename</c> entry when the
    /// value is a dictionary; the possible types' <see cref="ObjectType.IsTypeOf"/>; a possible type named like the
    /// value's CLR class. Throws <see cref="AbstractTypeResolutionException"/> when none applies or the result is not a
    /// possible type.
    /// </summary>
    public ObjectType ResolveAbstractType(NamedType abstractType, object value, IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(value);
        ObjectType? resolved = null;
        if (abstractType is IAbstractType { ResolveType: { } hook })
        {
            resolved = hook(value, context)
                ?? throw new AbstractTypeResolutionException(
                    $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.FieldName}\"; its type resolver returned none.");
        }
        else if (TypeNameEntry(value) is { } typeName)
        {
            resolved = GetType(typeName) as ObjectType
                ?? throw new AbstractTypeResolutionException(
                    $"Abstract type \"{abstractType.Name}\" was resolved to \"{typeName}\", which is not an Object type in the schema.");
        }
        else
        {
            var possible = GetPossibleTypes(abstractType);
            foreach (var candidate in possible)
            {
                if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value))
                {
                    resolved = candidate;
                    break;
                }
            }

            if (resolved is null)
            {
                var clrName = value.GetType().Name;
                foreach (var candidate in possible)
                {
                    if (candidate.IsTypeOf is null && string.Equals(candidate.Name, clrName, StringComparison.Ordinal))
                    {
                        resolved = candidate;
                        break;
                    }
                }
            }

            if (resolved is null)
            {
                throw new AbstractTypeResolutionException(
                    $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{context.FieldName}\". Either the \"{abstractType.Name}\" type should provide a type resolver or each possible type should provide an IsTypeOf check.");
            }
        }

        if (!IsPossibleType(abstractType, resolved))
        {
            throw new AbstractTypeResolutionException(
                $"Runtime Object type \"{resolved.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return resolved;
    }

    /// <summary>Runs the type system validation of spec section 3 and returns every problem (empty when valid).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>(_collectionProblems);
        problems.AddRange(SchemaValidator.Validate(this));
        return problems;
    }

    private static string? TypeNameEntry(object value) => value switch
    {
        IReadOnlyDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
        IDictionary<string, object?> map when map.TryGetValue("__typename", out var name) => name as string,
        IDictionary map when map.Contains("__typename") => map["__typename"] as string,
        _ => null,
    };

    private void Collect(NamedType type)
    {
        if (Register(type))
        {
            CollectReferences(type);
        }
    }

    // True when the type is new to the schema.
    private bool Register(NamedType type)
    {
        if (_types.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type))
            {
                _collectionProblems.Add($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }

            return false;
        }

        _types.Add(type.Name, type);
        _typeList.Add(type);
        return true;
    }

    private void CollectReferences(NamedType type)
    {
        switch (type)
        {
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    Collect(iface);
                }

                foreach (var field in complex.Fields)
                {
                    Collect(field.Type.GetNamedType());
                    foreach (var argument in field.Arguments)
                    {
                        Collect(argument.Type.GetNamedType());
                    }
                }

                break;
            case UnionType union:
                foreach (var member in union.Members)
                {
                    Collect(member);
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    Collect(field.Type.GetNamedType());
                }

                break;
        }
    }

    private void IndexPossibleTypes()
    {
        var implementations = new Dictionary<InterfaceType, List<ComplexType>>(ReferenceEqualityComparer.Instance);
        foreach (var type in _typeList)
        {
            if (type is ComplexType complex)
            {
                foreach (var iface in complex.Interfaces)
                {
                    if (!implementations.TryGetValue(iface, out var list))
                    {
                        implementations[iface] = list = [];
                    }

                    list.Add(complex);
                }
            }
        }

        foreach (var (iface, list) in implementations)
        {
            _implementations[iface] = list.ToArray();
        }

        foreach (var type in _typeList)
        {
            switch (type)
            {
                case UnionType union:
                    _possibleTypes[union] = union.Members.Distinct().ToArray();
                    _subTypes[union] = new HashSet<NamedType>(union.Members, ReferenceEqualityComparer.Instance);
                    break;
                case InterfaceType iface:
                    // Spec 3.7: an object implementing a child interface must also declare the parent, so the direct
                    // implementers are the possible types; the set still follows chains in case validation failed.
                    var sub = new HashSet<NamedType>(ReferenceEqualityComparer.Instance);
                    var pending = new Stack<InterfaceType>();
                    pending.Push(iface);
                    while (pending.Count > 0)
                    {
                        var current = pending.Pop();
                        if (!implementations.TryGetValue(current, out var implementers))
                        {
                            continue;
                        }

                        foreach (var implementer in implementers)
                        {
                            if (sub.Add(implementer) && implementer is InterfaceType child)
                            {
                                pending.Push(child);
                            }
                        }
                    }

                    _subTypes[iface] = sub;
                    _possibleTypes[iface] = _typeList.OfType<ObjectType>().Where(sub.Contains).ToArray();
                    break;
            }
        }
    }
}

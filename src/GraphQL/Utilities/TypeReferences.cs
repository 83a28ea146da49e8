using Platform.GraphQL.Language.Ast;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Utilities;

/// <summary>Relations between type references used by validation and execution (spec 3.7 covariance, 5.5.2.3 overlap).</summary>
public static class TypeReferences
{
    /// <summary>Resolves a type reference of a document against the schema; null when a name is unknown.</summary>
    public static GraphType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name),
        ListTypeNode list => TypeFromAst(schema, list.Type) is { } item ? new ListType(item) : null,
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type) is { } inner and not NonNullType ? new NonNullType(inner) : null,
        _ => null,
    };

    /// <summary>True when both references denote the same type (same wrappers around the same named type).</summary>
    public static bool IsEqualType(GraphType a, GraphType b) => ReferenceEquals(a, b) || a.Equals(b);

    /// <summary>
    /// True when a value of <paramref name="maybeSubType"/> is always valid where <paramref name="superType"/> is expected
    /// (spec IsValidImplementationFieldType / IsTypeSubTypeOf).
    /// </summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphType maybeSubType, GraphType superType)
    {
        if (IsEqualType(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is NamedType { IsAbstract: true } abstractType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType(abstractType, (NamedType)maybeSubType);
    }

    /// <summary>True when two composite types may share a runtime object type (spec DoTypesOverlap for fragments).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstract)
        {
            if (b.IsAbstract)
            {
                var possibleA = schema.GetPossibleTypes(a);
                foreach (var type in schema.GetPossibleTypes(b))
                {
                    if (possibleA.Contains(type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return b is ObjectType objectB && schema.IsPossibleType(a, objectB);
        }

        return b.IsAbstract && a is ObjectType objectA && schema.IsPossibleType(b, objectA);
    }
}

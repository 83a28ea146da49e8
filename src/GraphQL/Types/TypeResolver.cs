using Platform.GraphQL.Execution;

namespace Platform.GraphQL.Types;

/// <summary>Picks the object type of a runtime value of an interface or union (spec ResolveAbstractType).</summary>
public delegate ObjectType? TypeResolver(object value, IResolveFieldContext context);

/// <summary>An interface or union: a type whose runtime values belong to one of several object types.</summary>
public interface IAbstractType
{
    /// <summary>The type's name.</summary>
    string Name { get; }

    /// <summary>Host hook that names the concrete type; when null the schema's default strategy applies.</summary>
    TypeResolver? ResolveType { get; set; }
}

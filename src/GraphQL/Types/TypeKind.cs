namespace Platform.GraphQL.Types;

/// <summary>The eight kinds of GraphQL types (spec 4.2 <c>__TypeKind</c>).</summary>
public enum TypeKind
{
    /// <summary>A leaf value type.</summary>
    Scalar,

    /// <summary>An object type with fields.</summary>
    Object,

    /// <summary>An abstract type with fields that object types implement.</summary>
    Interface,

    /// <summary>An abstract type listing object member types.</summary>
    Union,

    /// <summary>A leaf type with a closed set of values.</summary>
    Enum,

    /// <summary>A structured input type.</summary>
    InputObject,

    /// <summary>A list wrapper.</summary>
    List,

    /// <summary>A non-null wrapper.</summary>
    NonNull,
}

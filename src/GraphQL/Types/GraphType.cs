namespace Platform.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a List / Non-Null wrapper around one.</summary>
public abstract class GraphType
{
    private protected GraphType()
    {
    }

    /// <summary>Which of the eight type kinds this is.</summary>
    public abstract TypeKind Kind { get; }

    /// <summary>The named type at the bottom of any wrappers.</summary>
    public abstract NamedType GetNamedType();

    /// <summary>This type without an outer Non-Null wrapper.</summary>
    public GraphType Nullable => this is NonNullType nonNull ? nonNull.OfType : this;

    /// <summary>True for Scalar, Enum, Input Object and wrappers of them (spec IsInputType).</summary>
    public bool IsInputType => GetNamedType().Kind is TypeKind.Scalar or TypeKind.Enum or TypeKind.InputObject;

    /// <summary>True for Scalar, Object, Interface, Union, Enum and wrappers of them (spec IsOutputType).</summary>
    public bool IsOutputType => GetNamedType().Kind is not TypeKind.InputObject;

    /// <summary>Prints the type reference as in SDL, e.g. <c>[String!]!</c>.</summary>
    public abstract override string ToString();
}

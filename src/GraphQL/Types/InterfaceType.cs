namespace Platform.GraphQL.Types;

/// <summary>An interface type (spec 3.7): fields that implementing object and interface types must provide.</summary>
public sealed class InterfaceType : ComplexType, IAbstractType
{
    /// <summary>Creates an empty interface type.</summary>
    public InterfaceType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Interface;

    /// <inheritdoc />
    public TypeResolver? ResolveType { get; set; }
}

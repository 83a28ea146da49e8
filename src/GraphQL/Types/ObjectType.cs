namespace Platform.GraphQL.Types;

/// <summary>An object type (spec 3.6): a set of named fields, each yielding a value of a given type.</summary>
public sealed class ObjectType : ComplexType
{
    /// <summary>Creates an empty object type; add fields with <see cref="ComplexType.AddField"/>.</summary>
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Optional check that a runtime value belongs to this type; used to resolve interfaces and unions
    /// when the abstract type has no <see cref="TypeResolver"/>.
    /// </summary>
    public Func<object, bool>? IsTypeOf { get; set; }
}

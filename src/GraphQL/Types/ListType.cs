namespace Platform.GraphQL.Types;

/// <summary>A list of values of <see cref="OfType"/>.</summary>
public sealed class ListType : GraphType
{
    /// <summary>Wraps <paramref name="ofType"/> in a list.</summary>
    public ListType(GraphType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    /// <summary>The item type.</summary>
    public GraphType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.List;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <summary>Wrappers compare structurally; named types by identity.</summary>
    public override bool Equals(object? obj) => obj is ListType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(17, OfType);

    /// <inheritdoc />
    public override string ToString() => "[" + OfType + "]";
}

namespace Platform.GraphQL.Types;

/// <summary>A value of <see cref="OfType"/> that is never null.</summary>
public sealed class NonNullType : GraphType
{
    /// <summary>Wraps a nullable type; Non-Null of Non-Null is not a type.</summary>
    public NonNullType(GraphType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType)
        {
            throw new ArgumentException("A Non-Null type cannot wrap another Non-Null type.", nameof(ofType));
        }

        OfType = ofType;
    }

    /// <summary>The nullable type it wraps.</summary>
    public GraphType OfType { get; }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.NonNull;

    /// <inheritdoc />
    public override NamedType GetNamedType() => OfType.GetNamedType();

    /// <summary>Wrappers compare structurally; named types by identity.</summary>
    public override bool Equals(object? obj) => obj is NonNullType other && OfType.Equals(other.OfType);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(31, OfType);

    /// <inheritdoc />
    public override string ToString() => OfType + "!";
}

namespace Platform.GraphQL.Types;

/// <summary>A union type (spec 3.8): one of a list of object types.</summary>
public sealed class UnionType : NamedType, IAbstractType
{
    private readonly List<ObjectType> _members = [];

    /// <summary>Creates an empty union; add members with <see cref="AddMember"/>.</summary>
    public UnionType(string name, string? description = null)
        : base(name, description)
    {
    }

    /// <inheritdoc />
    public override TypeKind Kind => TypeKind.Union;

    /// <summary>Member types in declaration order.</summary>
    public IReadOnlyList<ObjectType> Members => _members;

    /// <inheritdoc />
    public TypeResolver? ResolveType { get; set; }

    /// <summary>Adds a member type.</summary>
    public void AddMember(ObjectType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _members.Add(type);
    }
}

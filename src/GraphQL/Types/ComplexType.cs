namespace Platform.GraphQL.Types;

/// <summary>An object or interface type: a type with fields that may implement interfaces.</summary>
public abstract class ComplexType : NamedType
{
    private readonly List<FieldDefinition> _fields = [];
    private readonly Dictionary<string, FieldDefinition> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<InterfaceType> _interfaces = [];

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order (extensions appended).</summary>
    public IReadOnlyList<FieldDefinition> Fields => _fields;

    /// <summary>Interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    /// <summary>The field with this name, or null. Does not know the meta fields (<c>__typename</c> etc.).</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    /// <summary>Finds a field by name.</summary>
    public bool TryGetField(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FieldDefinition? field) =>
        _fieldsByName.TryGetValue(name, out field);

    /// <summary>Adds a field; a duplicate name is kept for schema validation to report but is not indexed twice.</summary>
    public void AddField(FieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.DeclaringType = this;
        _fields.Add(field);
        _fieldsByName.TryAdd(field.Name, field);
    }

    /// <summary>Declares an implemented interface.</summary>
    public void AddInterface(InterfaceType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        _interfaces.Add(type);
    }

    /// <summary>True when this type declares that it implements <paramref name="type"/>.</summary>
    public bool Implements(InterfaceType type)
    {
        foreach (var candidate in _interfaces)
        {
            if (ReferenceEquals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }
}
